// Non-refoulement comes first: a person with a pending asylum claim or a fear of return must not be moved towards return.
import { pendingAlerts, DEFAULT_PROGRAMME_TIMINGS, waitingFor } from './case-deadlines';
import { deriveStage } from './case-gates';
import { addDays } from './dates';
import {
  aCase,
  ADMIN,
  AWA_ID,
  COUNSELLOR,
  FINANCE,
  IBRAHIMA_ID,
  LOGISTICS,
  MOUSSA_ID,
  OPENED_AT,
  PARTNER,
  SUPERVISOR,
  validBooking,
} from './testing/case-builder';

describe('non-refoulement: protection hold', () => {
  describe('placing the hold', () => {
    it('an asylum claim pending at intake puts the case on hold before anyone acts', () => {
      const c = aCase().withFamily().flagAtIntake(IBRAHIMA_ID, 'asylum_claim_pending');
      expect(c.state.protectionHold).toMatchObject({
        active: true,
        since: OPENED_AT,
        reasons: ['Ibrahima Ndiaye: asylum claim pending at intake'],
      });
    });

    it('a fear of return stated at intake puts the case on hold', () => {
      const c = aCase().withFamily().flagAtIntake(AWA_ID, 'fear_of_return');
      expect(c.state.protectionHold.active).toBe(true);
      expect(c.state.protectionHold.reasons).toEqual(['Awa Ndiaye: fear of return at intake']);
    });

    it.each([
      ['fearOfReturn', { fearOfReturn: true }, 'fear of persecution or serious harm on return'],
      ['asylumClaimPending', { asylumClaimPending: true }, 'asylum claim pending'],
      [
        'protectionConcern',
        { protectionConcern: 'forced marriage arranged by the family' },
        'protection concern: forced marriage arranged by the family',
      ],
    ])('screening with %s places the hold', (_flag, screening, reason) => {
      const c = aCase().withFamily().counselled().later(2).screened(screening);
      expect(c.state.protectionHold).toEqual({
        active: true,
        reasons: [reason],
        since: '2026-03-04T09:00:00.000Z',
        history: [{ action: 'placed', reason, at: '2026-03-04T09:00:00.000Z', by: COUNSELLOR }],
      });
    });

    it('screening that raises several concerns records each of them', () => {
      const c = aCase()
        .counselled()
        .screened({ fearOfReturn: true, asylumClaimPending: true, protectionConcern: 'threats from a militia' });
      expect(c.state.protectionHold.reasons).toEqual([
        'asylum claim pending',
        'fear of persecution or serious harm on return',
        'protection concern: threats from a militia',
      ]);
    });

    it('a screening with no concern places no hold', () => {
      const c = aCase().counselled().screened();
      expect(c.state.protectionHold.active).toBe(false);
      expect(c.state.protectionHold.history).toEqual([]);
    });

    it('a further hold keeps the original start date and adds its reason once', () => {
      const c = aCase()
        .flagAtIntake(AWA_ID, 'fear_of_return')
        .later(5)
        .holdPlaced('threats received by phone')
        .holdPlaced('threats received by phone');
      expect(c.state.protectionHold.since).toBe(OPENED_AT);
      expect(c.state.protectionHold.reasons).toEqual([
        'Awa Ndiaye: fear of return at intake',
        'threats received by phone',
      ]);
    });

    it.each([
      ['counsellor', COUNSELLOR],
      ['supervisor', SUPERVISOR],
      ['logistics officer', LOGISTICS],
      ['partner focal point', PARTNER],
    ])('anyone who hears a protection concern may place a hold: %s', (_name, actor) => {
      const c = aCase();
      expect(c.attempt({ type: 'place_protection_hold', reason: 'fear of return' }, actor)).toBeNull();
    });

    it('a hold cannot be placed after departure (already_departed)', () => {
      const c = aCase().returned();
      expect(c.attempt({ type: 'place_protection_hold', reason: 'late concern' })?.code).toBe('already_departed');
    });
  });

  describe('while the case is on hold, nothing moves it towards return', () => {
    const onHoldAfterScreening = () => aCase().withFamily().counselled().screened({ fearOfReturn: true });

    it('sign_consent is refused with protection_hold', () => {
      const c = onHoldAfterScreening();
      const refusal = c.attempt({
        type: 'sign_consent',
        personId: AWA_ID,
        formVersion: 'AVRR-DECL-2025-1',
        language: 'fr',
        interpreter: null,
        signedOn: c.today,
        witness: 'Claire Counsellor',
        signedBy: 'self',
        guardianName: null,
        shareDataWithPartner: true,
      });
      expect(refusal?.code).toBe('protection_hold');
      expect(refusal?.message).toContain('fear of persecution or serious harm on return');
    });

    it('request_travel_document is refused with protection_hold (even before consent)', () => {
      const c = onHoldAfterScreening();
      expect(
        c.attempt({ type: 'request_travel_document', personId: MOUSSA_ID, consulate: 'Consulate of Senegal' })?.code,
      ).toBe('protection_hold');
    });

    it('request_travel_document is refused with protection_hold when the hold comes after consent', () => {
      const c = aCase().withFamily().readyForDocuments().holdPlaced();
      expect(
        c.attempt({ type: 'request_travel_document', personId: MOUSSA_ID, consulate: 'Consulate of Senegal' })?.code,
      ).toBe('protection_hold');
    });

    it('book_travel is refused with protection_hold', () => {
      const c = aCase().withFamily().readyToBook().holdPlaced();
      expect(c.attempt(validBooking(c.state))?.code).toBe('protection_hold');
    });

    it('rebook_travel is refused with protection_hold', () => {
      const c = aCase().withFamily().readyToBook().booked().holdPlaced();
      expect(c.attempt(validBooking(c.state, { type: 'rebook_travel' }))?.code).toBe('protection_hold');
    });

    it('confirm_departure is refused with protection_hold when a hold is placed after booking', () => {
      const c = aCase().withFamily().readyToBook().booked().holdPlaced('told the airport police she fears her family');
      const refusal = c.attempt({ type: 'confirm_departure', departedAt: '2026-04-15T07:00:00.000Z' });
      expect(refusal?.code).toBe('protection_hold');
      expect(refusal?.message).toContain('told the airport police she fears her family');
    });

    it('counselling may continue while on hold (information on legal stay is exactly what is needed)', () => {
      const c = aCase().flagAtIntake(AWA_ID, 'asylum_claim_pending');
      expect(() => c.counselled().screened()).not.toThrow();
    });

    it('the case waits for a supervisor to review the hold, by its review date', () => {
      const c = onHoldAfterScreening();
      expect(waitingFor(c.state, DEFAULT_PROGRAMME_TIMINGS, c.now)).toEqual({
        what: 'a supervisor to review the protection hold',
        dueAt: addDays(c.state.protectionHold.since!, 30),
      });
    });

    it('a hold blocks booking even when every other gate is met; only its review has alerts', () => {
      const c = aCase().withFamily().readyToBook().holdPlaced();
      expect(deriveStage(c.state, c.today)).toBe('pre_departure');
      expect(pendingAlerts(c.state, DEFAULT_PROGRAMME_TIMINGS).map((a) => a.event)).toEqual([
        'hold_review_reminder_sent',
        'hold_review_escalation_sent',
      ]);
    });
  });

  describe('lifting the hold', () => {
    const onHold = () => aCase().withFamily().flagAtIntake(AWA_ID, 'fear_of_return').counselled().screened();

    it('only a supervisor may lift it: a counsellor gets role_not_allowed', () => {
      const c = onHold();
      const refusal = c.attempt({ type: 'lift_protection_hold', reason: 'she no longer fears return' }, COUNSELLOR);
      expect(refusal?.code).toBe('role_not_allowed');
      expect(refusal?.message).toBe('A counsellor cannot lift a protection hold.');
    });

    it.each([
      ['logistics officer', LOGISTICS],
      ['partner focal point', PARTNER],
      ['finance officer', FINANCE],
      ['administrator', ADMIN],
    ])('a %s cannot lift it either', (_name, actor) => {
      expect(onHold().attempt({ type: 'lift_protection_hold', reason: 'ok' }, actor)?.code).toBe('role_not_allowed');
    });

    it.each(['', '   '])('lifting needs a reason (%p is refused with reason_required)', (reason) => {
      expect(onHold().attempt({ type: 'lift_protection_hold', reason }, SUPERVISOR)?.code).toBe('reason_required');
    });

    it('a supervisor with a reason lifts it, and the lifting is recorded', () => {
      const c = onHold().later(10).holdLifted('protection officer found no risk after interview');
      expect(c.state.protectionHold.active).toBe(false);
      expect(c.state.protectionHold.reasons).toEqual([]);
      expect(c.state.protectionHold.since).toBeNull();
      expect(c.state.protectionHold.history.at(-1)).toEqual({
        action: 'lifted',
        reason: 'protection officer found no risk after interview',
        at: '2026-03-12T09:00:00.000Z',
        by: SUPERVISOR,
      });
    });

    it('a hold that is not active cannot be lifted (no_protection_hold)', () => {
      expect(aCase().attempt({ type: 'lift_protection_hold', reason: 'just in case' }, SUPERVISOR)?.code).toBe(
        'no_protection_hold',
      );
    });

    it('once lifted, consent can be taken and the case moves on to booking', () => {
      const c = onHold().holdLifted().consented();
      expect(c.stage()).toBe('booking');
      expect(c.attempt(validBooking(c.state))).toBeNull();
    });
  });
});
