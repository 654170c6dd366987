import { DomainError } from '../errors/domain-error';
import { DEFAULT_PROGRAMME_TIMINGS, pendingAlerts, waitingFor } from './case-deadlines';
import { decide } from './case-decider';
import { closeAsWithdrawn } from './case-evolve';
import { addDays, dayOf, latestDayAnywhere } from './dates';
import { CASE_OUTCOMES } from './case-stage';
import {
  aCase,
  AWA_ID,
  COUNSELLOR,
  ECONOMIC_COMPONENT,
  LOGISTICS,
  PARTNER,
  SUPERVISOR,
  validBooking,
} from './testing/case-builder';
import { SYSTEM_ACTOR } from './roles';

describe('consent withdrawal', () => {
  it('consent can be withdrawn before departure, even with travel booked', () => {
    const c = aCase().withFamily().readyToBook().booked().later(5);
    expect(c.attempt({ type: 'withdraw_consent', reason: 'wants to regularise her stay' })).toBeNull();
    c.consentWithdrawn('wants to regularise her stay');
    expect(c.state.withdrawal).toEqual({
      reason: 'wants to regularise her stay',
      requestedAt: '2026-03-07T09:00:00.000Z',
      by: COUNSELLOR,
      completedSteps: [],
    });
  });

  it('consent can be withdrawn during counselling, before anything was signed', () => {
    expect(aCase().counselled().attempt({ type: 'withdraw_consent', reason: 'changed her mind' })).toBeNull();
  });

  it('a supervisor may also record the withdrawal; a logistics officer may not', () => {
    const c = aCase().withFamily().readyToBook();
    expect(c.attempt({ type: 'withdraw_consent', reason: 'r' }, SUPERVISOR)).toBeNull();
    expect(c.attempt({ type: 'withdraw_consent', reason: 'r' }, LOGISTICS)?.code).toBe('role_not_allowed');
  });

  it('consent can no longer be withdrawn after departure (already_departed)', () => {
    const c = aCase().withFamily().readyToBook().booked().departed();
    const refusal = c.attempt({ type: 'withdraw_consent', reason: 'regrets leaving' });
    expect(refusal?.code).toBe('already_departed');
    expect(refusal?.message).toBe('Consent can no longer be withdrawn: the returnee departed on 2026-04-15.');
  });

  it.each(['', '  '])('a withdrawal records its reason (%p is refused with reason_required)', (reason) => {
    expect(aCase().counselled().attempt({ type: 'withdraw_consent', reason })?.code).toBe('reason_required');
  });

  it('once withdrawn, every further action is refused while the case is being closed (withdrawal_in_progress)', () => {
    const c = aCase().withFamily().readyToBook().booked().consentWithdrawn();
    expect(c.attempt({ type: 'confirm_departure', departedAt: '2026-04-15T07:00:00.000Z' })?.code).toBe(
      'withdrawal_in_progress',
    );
    expect(c.attempt({ type: 'withdraw_consent', reason: 'again' })?.code).toBe('withdrawal_in_progress');
    expect(c.attempt({ type: 'close_case', outcome: 'lost_contact', reason: 'r' })?.code).toBe(
      'withdrawal_in_progress',
    );
    expect(c.attempt({ type: 'cancel_booking', reason: 'r' }, SYSTEM_ACTOR)?.code).toBe('withdrawal_in_progress');
  });

  it('a withdrawal stops every timer and the case waits for the undoing to finish', () => {
    const c = aCase().withFamily().readyToBook().booked().consentWithdrawn();
    expect(pendingAlerts(c.state, DEFAULT_PROGRAMME_TIMINGS)).toEqual([]);
    expect(waitingFor(c.state, DEFAULT_PROGRAMME_TIMINGS, c.now)).toEqual({
      what: 'the withdrawal to finish undoing what was under way',
      dueAt: null,
    });
  });

  it('closeAsWithdrawn closes the case as withdrawn, with the reason and the person who withdrew', () => {
    const c = aCase().withFamily().readyToBook().consentWithdrawn('wants to stay', SUPERVISOR).later(1);
    const before = c.state;
    const closed = closeAsWithdrawn(before, c.now);
    expect(closed.closed).toEqual({
      outcome: 'withdrawn',
      reason: 'wants to stay',
      at: '2026-03-03T09:00:00.000Z',
      by: SUPERVISOR,
    });
    expect(closed.version).toBe(before.version + 1);
    expect(before.closed).toBeNull(); // pure
    c.withdrawalCompleted();
    expect(c.stage()).toBe('closed');
    expect(
      c.attempt({
        type: 'record_counselling',
        heldOn: c.today,
        language: 'fr',
        interpreter: null,
        optionsDiscussed: [],
        countryInformationProvided: false,
        informedChoiceConfirmed: false,
      })?.code,
    ).toBe('case_closed');
  });

  it('close_case with outcome withdrawn is refused (use_withdraw_consent)', () => {
    const c = aCase().withFamily().readyToBook();
    const refusal = c.attempt({ type: 'close_case', outcome: 'withdrawn', reason: 'person withdrew consent by phone' });
    expect(refusal?.code).toBe('use_withdraw_consent');
  });

  it('a case reopened after a withdrawal needs a fresh consent before it can move on', () => {
    const c = aCase()
      .withFamily()
      .readyToBook()
      .consentWithdrawn()
      .withdrawalCompleted()
      .later(20)
      .reopened('wants to return after all');
    expect(c.stage()).toBe('consent');
  });
});

describe('closing', () => {
  it.each(['', '   '])('closing records a reason (%p is refused with reason_required)', (reason) => {
    expect(aCase().attempt({ type: 'close_case', outcome: 'lost_contact', reason })?.code).toBe('reason_required');
  });

  it('only a supervisor closes a case', () => {
    const c = aCase();
    expect(c.attempt({ type: 'close_case', outcome: 'lost_contact', reason: 'r' }, COUNSELLOR)?.code).toBe(
      'role_not_allowed',
    );
    expect(c.attempt({ type: 'close_case', outcome: 'lost_contact', reason: 'r' }, SUPERVISOR)).toBeNull();
  });

  describe("'completed' needs monitoring and all follow-ups", () => {
    const monitored = () => aCase().returned().planSubmitted().planApproved();

    it('a case in reintegration (plan not approved yet) cannot complete (not_monitoring)', () => {
      const c = aCase().returned().planSubmitted();
      expect(c.attempt({ type: 'close_case', outcome: 'completed', reason: 'r' })?.code).toBe('not_monitoring');
    });

    it('a case before departure cannot complete (not_monitoring)', () => {
      expect(
        aCase().withFamily().readyToBook().attempt({ type: 'close_case', outcome: 'completed', reason: 'r' })?.code,
      ).toBe('not_monitoring');
    });

    it('with 2 of the 3 required follow-ups it is refused (follow_ups_missing)', () => {
      const c = monitored().followedUp(2);
      const refusal = c.attempt({ type: 'close_case', outcome: 'completed', reason: 'final report' });
      expect(refusal?.code).toBe('follow_ups_missing');
      expect(refusal?.message).toBe('A completed case has its 3 follow-up visits; 2 recorded.');
    });

    it('with all 3 follow-ups it closes as completed', () => {
      const c = monitored().followedUp(3).closedAs('completed', 'final report');
      expect(c.state.closed).toMatchObject({ outcome: 'completed', reason: 'final report', by: SUPERVISOR });
    });

    it('the number of follow-ups comes from the programme (followUpsRequired in the context)', () => {
      const c = monitored().followedUp(2);
      c.followUpsRequired = 2;
      expect(c.attempt({ type: 'close_case', outcome: 'completed', reason: 'r' })).toBeNull();
      c.followUpsRequired = 4;
      expect(c.attempt({ type: 'close_case', outcome: 'completed', reason: 'r' })?.message).toBe(
        'A completed case has its 4 follow-up visits; 2 recorded.',
      );
    });
  });

  it.each(['ineligible', 'not_departed'] as const)('%s is an outcome for a case that never departed', (outcome) => {
    expect(aCase().withFamily().readyToBook().attempt({ type: 'close_case', outcome, reason: 'r' })).toBeNull();
    const departed = aCase().withFamily().readyToBook().booked().departed();
    expect(departed.attempt({ type: 'close_case', outcome, reason: 'r' })?.code).toBe('already_departed');
  });

  it('lost_contact is possible before and after departure', () => {
    expect(aCase().counselled().attempt({ type: 'close_case', outcome: 'lost_contact', reason: 'r' })).toBeNull();
    expect(aCase().returned().attempt({ type: 'close_case', outcome: 'lost_contact', reason: 'r' })).toBeNull();
  });

  it('every outcome has a rule (none falls through to undefined)', () => {
    const c = aCase();
    for (const outcome of CASE_OUTCOMES) {
      const answer = decide(c.state, { type: 'close_case', outcome, reason: 'r' }, c.ctx(SUPERVISOR));
      expect(answer === null || answer instanceof DomainError).toBe(true);
    }
  });

  it('a closed case refuses everything but reopening (case_closed)', () => {
    const c = aCase().withFamily().readyToBook().closedAs('ineligible', 'destination suspended');
    const refusal = c.attempt(validBooking(c.state));
    expect(refusal?.code).toBe('case_closed');
    expect(refusal?.message).toBe('The case is closed (ineligible); reopen it first.');
    expect(c.attempt({ type: 'close_case', outcome: 'lost_contact', reason: 'r' })?.code).toBe('case_closed');
  });

  it('reopening needs a closed case (case_not_closed), a reason (reason_required) and a supervisor', () => {
    expect(aCase().attempt({ type: 'reopen_case', reason: 'r' })?.code).toBe('case_not_closed');
    const closed = aCase().closedAs('lost_contact');
    expect(closed.attempt({ type: 'reopen_case', reason: ' ' })?.code).toBe('reason_required');
    expect(closed.attempt({ type: 'reopen_case', reason: 'r' }, COUNSELLOR)?.code).toBe('role_not_allowed');
    expect(closed.attempt({ type: 'reopen_case', reason: 'r' })).toBeNull();
  });
});

describe('counselling, screening and consent order', () => {
  it('a counselling session cannot be dated in the future (date_in_future)', () => {
    const c = aCase();
    const refusal = c.attempt({
      type: 'record_counselling',
      heldOn: '2026-03-03',
      language: 'fr',
      interpreter: null,
      optionsDiscussed: [],
      countryInformationProvided: true,
      informedChoiceConfirmed: true,
    });
    expect(refusal?.code).toBe('date_in_future');
    expect(refusal?.message).toBe('The session date (2026-03-03) cannot be in the future.');
  });

  it("a day is the counsellor's own: at 23:30 UTC the next day has begun east of UTC and may be entered, not the one after", () => {
    const session = (heldOn: string) => ({
      type: 'record_counselling' as const,
      heldOn,
      language: 'fr',
      interpreter: null,
      optionsDiscussed: [],
      countryInformationProvided: true,
      informedChoiceConfirmed: true,
    });
    const late = aCase().at('2026-03-02T23:30:00.000Z');
    expect(late.attempt(session('2026-03-03'))).toBeNull();
    expect(late.attempt(session('2026-03-04'))?.code).toBe('date_in_future');
  });

  it("an instant (a departure) keeps UTC's day: at 23:30 UTC, one on the next UTC day is in the future", () => {
    const booked = aCase().withFamily().readyToBook().booked();
    const day = dayOf(booked.now);
    booked.at(`${day}T23:30:00.000Z`);
    const nextDay = dayOf(addDays(`${day}T00:00:00.000Z`, 1));
    expect(booked.attempt({ type: 'confirm_departure', departedAt: `${day}T23:00:00.000Z` })).toBeNull();
    expect(booked.attempt({ type: 'confirm_departure', departedAt: `${nextDay}T01:00:00.000Z` })?.code).toBe(
      'date_in_future',
    );
  });

  it('an instant written with an offset is read on its UTC day, not on the first ten characters of its text', () => {
    const booked = aCase().withFamily().readyToBook().booked();
    const day = dayOf(booked.now);
    booked.at(`${day}T20:00:00.000Z`);
    const nextDay = dayOf(addDays(`${day}T00:00:00.000Z`, 1));
    // 01:00 the next day at UTC+05:00 is 20:00 UTC today: it has happened.
    expect(booked.attempt({ type: 'confirm_departure', departedAt: `${nextDay}T01:00:00+05:00` })).toBeNull();
    // 23:00 today at UTC−05:00 is 04:00 UTC tomorrow: it has not.
    expect(booked.attempt({ type: 'confirm_departure', departedAt: `${day}T23:00:00-05:00` })?.code).toBe(
      'date_in_future',
    );
  });

  it('screening comes after complete counselling (counselling_incomplete)', () => {
    const c = aCase().counselled({ optionsDiscussed: ['return'] });
    expect(
      c.attempt({
        type: 'record_screening',
        eligible: true,
        ineligibilityReason: null,
        asylumClaimPending: false,
        fearOfReturn: false,
        protectionConcern: null,
      })?.code,
    ).toBe('counselling_incomplete');
  });

  const signAwa = (signedOn: string) => ({
    type: 'sign_consent' as const,
    personId: AWA_ID,
    formVersion: 'v1',
    language: 'fr',
    interpreter: null,
    signedOn,
    witness: 'W',
    signedBy: 'self' as const,
    guardianName: null,
    shareDataWithPartner: true,
  });

  it('consent is taken after screening (screening_required)', () => {
    expect(aCase().counselled().attempt(signAwa('2026-03-02'))?.code).toBe('screening_required');
  });

  it('no consent is taken for a case screened as not eligible (ineligible)', () => {
    const c = aCase()
      .counselled()
      .screened({ eligible: false, ineligibilityReason: 'return to the region is suspended' });
    expect(c.attempt(signAwa('2026-03-02'))?.code).toBe('ineligible');
  });

  it('a signature cannot be dated in the future (date_in_future)', () => {
    expect(aCase().counselled().screened().attempt(signAwa('2026-03-05'))?.code).toBe('date_in_future');
  });

  it('consent for someone outside the household is refused (unknown_person)', () => {
    expect(
      aCase()
        .counselled()
        .screened()
        .attempt({ ...signAwa('2026-03-02'), personId: 'p-nobody' })?.code,
    ).toBe('unknown_person');
  });
});

describe('arrival, plan and follow-up', () => {
  it('arrival is confirmed after departure (not_departed), and once (already_arrived)', () => {
    const booked = aCase().withFamily().readyToBook().booked();
    const arrival = {
      type: 'confirm_arrival' as const,
      arrivedAt: '2026-04-15T16:00:00.000Z',
      metAtAirport: true,
      onwardTransport: true,
      immediateNeeds: null,
      receivingGuardian: null,
    };
    expect(booked.attempt(arrival)?.code).toBe('not_departed');
    const arrived = booked.departed().arrived();
    expect(arrived.attempt(arrival)?.code).toBe('already_arrived');
    expect(arrived.state.arrival).toEqual({
      arrivedAt: '2026-04-15T16:00:00.000Z',
      metAtAirport: true,
      onwardTransport: true,
      immediateNeeds: null,
      receivingGuardian: null,
    });
  });

  it('the plan is written after arrival (not_arrived) and has at least one component (plan_empty)', () => {
    const departed = aCase().withFamily().readyToBook().booked().departed();
    expect(departed.attempt({ type: 'submit_plan', components: [ECONOMIC_COMPONENT] })?.code).toBe('not_arrived');
    const arrived = departed.arrived();
    expect(arrived.attempt({ type: 'submit_plan', components: [] })?.code).toBe('plan_empty');
  });

  it('one plan waits for a decision at a time (plan_pending); an approved plan is final (plan_approved)', () => {
    const c = aCase().returned().planSubmitted();
    expect(c.attempt({ type: 'submit_plan', components: [ECONOMIC_COMPONENT] })?.code).toBe('plan_pending');
    c.planApproved();
    expect(c.attempt({ type: 'submit_plan', components: [ECONOMIC_COMPONENT] })?.code).toBe('plan_approved');
  });

  it('a rejected plan goes back with a reason and can be resubmitted', () => {
    const c = aCase().returned().planSubmitted();
    expect(c.attempt({ type: 'reject_plan', reason: '' })?.code).toBe('reason_required');
    c.planRejected('no psychosocial component');
    expect(c.state.plan).toMatchObject({ status: 'rejected', decisionReason: 'no psychosocial component' });
    expect(c.attempt({ type: 'submit_plan', components: [ECONOMIC_COMPONENT] })).toBeNull();
  });

  it('only a submitted plan can be decided (no_plan_submitted); the coordinator decides, not the partner', () => {
    const c = aCase().returned();
    expect(c.attempt({ type: 'approve_plan', note: null })?.code).toBe('no_plan_submitted');
    c.planSubmitted();
    expect(c.attempt({ type: 'approve_plan', note: null }, PARTNER)?.code).toBe('role_not_allowed');
  });

  it('follow-up visits start after arrival (not_arrived), are numbered, and are not dated in the future', () => {
    expect(
      aCase().withFamily().readyToBook().attempt({ type: 'record_follow_up', visitedOn: '2026-03-02', notes: 'n' })
        ?.code,
    ).toBe('not_arrived');
    const c = aCase().returned().followedUp(2);
    expect(c.state.followUps.map((f) => f.visitNumber)).toEqual([1, 2]);
    const afterLatestDay = dayOf(addDays(`${latestDayAnywhere(c.now)}T00:00:00.000Z`, 1));
    expect(c.attempt({ type: 'record_follow_up', visitedOn: afterLatestDay, notes: 'n' })?.code).toBe('date_in_future');
  });
});
