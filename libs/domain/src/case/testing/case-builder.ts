// Over 400 lines: the test builder's stage steps in order; formatting lengthened it, and its next cut is one file per stage.
// Test support only: builds return cases the way they happen, one accepted action at a time.
// Every step goes through `decide` (and fails loudly if refused) and then `evolve`, so a state built here
// is a state the real rules can reach. No jest globals, so it compiles anywhere.
// The story's pieces live beside it (actors, calendar, people, itineraries) and are re-exported here, so a spec
// imports everything from this one file.
import type { DomainError } from '../../errors/domain-error';
import type { Vulnerability } from '../../household/household';
import { type CaseAction, COUNSELLING_OPTIONS } from '../case-actions';
import { decide, type DecisionContext } from '../case-decider';
import { closeAsWithdrawn, evolve } from '../case-evolve';
import { deriveStage, hasMedicalNeeds, isAdult, isUnaccompaniedChild } from '../case-gates';
import type { CaseStage, CaseOutcome } from '../case-stage';
import { type CaseOpening, type CaseState, initialCaseState, type PlanComponent } from '../case-state';
import { addDays, addMs, dayOf } from '../dates';
import type { Actor } from '../roles';
import { COUNSELLOR, SUPERVISOR, usualActor } from './actors';
import { OPENED_AT, COUNTRY_OF_RETURN } from './calendar';
import { type OpeningPerson, awa, ibrahima, moussa, fatou, aminata, ousmane } from './people';
import { type BookingAction, validBooking, ECONOMIC_COMPONENT } from './itineraries';

export * from './actors';
export * from './calendar';
export * from './people';
export * from './itineraries';

/** Thrown when a story step is refused: the test's setup, not the rule under test, is wrong. */
export class StepRefused extends Error {
  constructor(
    readonly action: CaseAction,
    readonly refusal: DomainError,
  ) {
    super(`${action.type} was refused: [${refusal.code}] ${refusal.message}`);
    this.name = 'StepRefused';
  }
}

export class CaseBuilder {
  private readonly opening: CaseOpening;
  private current: CaseState | null = null;
  /** The workflow clock every step runs at. */
  now: string;
  /** Passed to `decide` in the context. */
  followUpsRequired = 3;
  /** Passed to `decide` in the context: whether completion needs a validated final report. */
  finalReportRequired = false;

  constructor(openedAt = OPENED_AT) {
    this.now = openedAt;
    this.opening = {
      caseId: 'case-0001',
      reference: 'RC-2026-000001',
      hostOffice: 'BE-BRU',
      countryOfReturn: COUNTRY_OF_RETURN,
      regionOfReturn: 'Thiès',
      openedAt,
      people: [],
    };
  }

  // ---- intake (only before the first action)

  private get opened(): boolean {
    return this.current !== null;
  }

  private addPeople(...people: OpeningPerson[]): this {
    if (this.opened) throw new Error('People are added at intake, before the first action.');
    this.opening.people.push(...people);
    return this;
  }

  withPerson(...people: OpeningPerson[]): this {
    return this.addPeople(...people);
  }

  /** Awa (principal), her husband Ibrahima and their son Moussa, all with passports. */
  withFamily(): this {
    return this.addPeople(awa(), ibrahima(), moussa());
  }

  withUnaccompaniedChild(overrides: Partial<OpeningPerson> = {}): this {
    return this.addPeople(fatou(overrides));
  }

  withTraffickingVictim(overrides: Partial<OpeningPerson> = {}): this {
    return this.addPeople(aminata(overrides));
  }

  withMedicalNeeds(overrides: Partial<OpeningPerson> = {}): this {
    return this.addPeople(ousmane(overrides));
  }

  /** Adds a vulnerability to someone already listed, e.g. a fear of return stated at intake. */
  flagAtIntake(personId: string, vulnerability: Vulnerability): this {
    if (this.opened) throw new Error('Intake flags are set before the first action.');
    if (this.opening.people.length === 0) this.opening.people.push(awa());
    const p = this.opening.people.find((x) => x.id === personId);
    if (!p) throw new Error(`No person ${personId} at intake.`);
    p.vulnerabilities = [...p.vulnerabilities, vulnerability];
    return this;
  }

  withCountryOfReturn(country: string): this {
    if (this.opened) throw new Error('The country of return is set at intake.');
    this.opening.countryOfReturn = country;
    return this;
  }

  // ---- state and clock

  get state(): CaseState {
    if (!this.current) {
      if (this.opening.people.length === 0) this.opening.people.push(awa());
      this.current = initialCaseState(this.opening);
    }
    return this.current;
  }

  build(): CaseState {
    return this.state;
  }

  get today(): string {
    return dayOf(this.now);
  }

  stage(): CaseStage {
    return deriveStage(this.state, this.today);
  }

  at(now: string): this {
    this.now = now;
    return this;
  }

  later(days: number): this {
    this.now = addDays(this.now, days);
    return this;
  }

  ctx(actor: Actor): DecisionContext {
    return {
      actor,
      now: this.now,
      followUpsRequired: this.followUpsRequired,
      finalReportRequired: this.finalReportRequired,
    };
  }

  /** What `decide` says about an action now, without applying it. */
  attempt(action: CaseAction, actor: Actor = usualActor(action.type)): DomainError | null {
    return decide(this.state, action, this.ctx(actor));
  }

  /** Applies an action that the rules must accept. */
  apply(action: CaseAction, actor: Actor = usualActor(action.type)): this {
    const refusal = decide(this.state, action, this.ctx(actor));
    if (refusal) throw new StepRefused(action, refusal);
    this.current = evolve(this.state, action, actor, this.now);
    return this;
  }

  /** Direct state surgery for facts no action produces (e.g. alerts the workflow already sent). */
  patch(mutate: (s: CaseState) => void): this {
    const copy: CaseState = JSON.parse(JSON.stringify(this.state));
    mutate(copy);
    this.current = copy;
    return this;
  }

  // ---- counselling and screening

  counselled(overrides: Partial<Extract<CaseAction, { type: 'record_counselling' }>> = {}): this {
    return this.apply({
      type: 'record_counselling',
      heldOn: this.today,
      language: 'fr',
      interpreter: null,
      optionsDiscussed: [...COUNSELLING_OPTIONS],
      countryInformationProvided: true,
      informedChoiceConfirmed: true,
      ...overrides,
    });
  }

  screened(overrides: Partial<Extract<CaseAction, { type: 'record_screening' }>> = {}): this {
    return this.apply({
      type: 'record_screening',
      eligible: true,
      ineligibilityReason: null,
      asylumClaimPending: false,
      fearOfReturn: false,
      protectionConcern: null,
      ...overrides,
    });
  }

  holdPlaced(reason = 'states fear of return to the home region', actor: Actor = COUNSELLOR): this {
    return this.apply({ type: 'place_protection_hold', reason }, actor);
  }

  holdLifted(reason = 'asylum claim withdrawn; protection officer reviewed the case'): this {
    return this.apply({ type: 'lift_protection_hold', reason }, SUPERVISOR);
  }

  // ---- consent

  signed(personId: string, signedBy: 'self' | 'guardian' | 'child', guardianName: string | null = null): this {
    return this.apply({
      type: 'sign_consent',
      personId,
      formVersion: 'AVRR-DECL-2025-1',
      language: 'fr',
      interpreter: null,
      signedOn: this.today,
      witness: 'Claire Counsellor',
      signedBy,
      guardianName,
      shareDataWithPartner: true,
    });
  }

  /** Every consent the household needs: adults sign for themselves, an unaccompanied child and their guardian both sign. */
  consented(): this {
    for (const p of this.state.people) {
      if (isUnaccompaniedChild(p)) {
        this.signed(p.id, 'guardian', 'Mariama Diallo');
        this.signed(p.id, 'child');
      } else if (isAdult(p, this.today)) {
        this.signed(p.id, 'self');
      }
    }
    return this;
  }

  consentWithdrawn(reason = 'wants to stay with relatives after all', actor: Actor = COUNSELLOR): this {
    return this.apply({ type: 'withdraw_consent', reason }, actor);
  }

  /** The workflow's compensation has finished: close as withdrawn. */
  withdrawalCompleted(): this {
    this.current = closeAsWithdrawn(this.state, this.now);
    return this;
  }

  // ---- travel documents

  documentRequested(personId: string, consulate = 'Consulate General of Senegal, Brussels'): this {
    return this.apply({ type: 'request_travel_document', personId, consulate });
  }

  documentIssued(personId: string, expiresOn = '2027-03-31', number = 'ETD-0042'): this {
    return this.apply({
      type: 'issue_travel_document',
      personId,
      documentType: 'emergency_travel_document',
      number,
      expiresOn,
    });
  }

  documentRefused(personId: string, reason = 'nationality not established'): this {
    return this.apply({ type: 'refuse_travel_document', personId, reason });
  }

  strandedDecided(decision: 'retry' | 'another_route' | 'close', note = 'second interview at the consulate'): this {
    return this.apply({ type: 'decide_stranded', decision, note });
  }

  // ---- pre-departure gates

  medicallyCleared(
    personId: string,
    { fitToTravel = true, certificateValidUntil = '2026-05-31', escortRequired = false } = {},
  ): this {
    return this.apply({
      type: 'record_medical_clearance',
      personId,
      fitToTravel,
      certificateValidUntil,
      escortRequired,
    });
  }

  bestInterests(personId: string, decision: 'approved' | 'rejected' = 'approved'): this {
    return this.apply({ type: 'record_best_interests', personId, decision, decidedOn: this.today });
  }

  familyAssessed(
    personId: string,
    outcome: 'positive' | 'negative' = 'positive',
    receivingGuardian: string | null = 'Aissatou Diallo (aunt)',
  ): this {
    return this.apply({
      type: 'record_family_assessment',
      personId,
      outcome,
      receivingGuardian,
      assessedOn: this.today,
    });
  }

  traffickingRisk(
    personId: string,
    country: 'host' | 'return',
    outcome: 'acceptable' | 'unacceptable' = 'acceptable',
  ): this {
    return this.apply({ type: 'record_trafficking_risk', personId, country, outcome });
  }

  referredToProtection(personId: string, service = 'Centre Ginddi, Dakar'): this {
    return this.apply({ type: 'record_protection_referral', personId, service, referredOn: this.today });
  }

  /** Every gate for children, trafficking victims and medical needs, satisfied in the simplest way. */
  gatesCleared(): this {
    for (const p of this.state.people) {
      if (isUnaccompaniedChild(p)) this.bestInterests(p.id).familyAssessed(p.id);
      if (p.vulnerabilities.includes('victim_of_trafficking')) {
        this.traffickingRisk(p.id, 'host').traffickingRisk(p.id, 'return').referredToProtection(p.id);
      }
      if (hasMedicalNeeds(p) && !this.state.medical[p.id]) this.medicallyCleared(p.id);
    }
    return this;
  }

  // ---- travel

  booked(overrides: Partial<BookingAction> = {}): this {
    return this.apply(validBooking(this.state, { type: 'book_travel', ...overrides }));
  }

  rebooked(overrides: Partial<BookingAction> = {}): this {
    return this.apply(validBooking(this.state, { type: 'rebook_travel', ...overrides }));
  }

  bookingCancelled(reason = 'flight cancelled by the carrier'): this {
    return this.apply({ type: 'cancel_booking', reason });
  }

  noShow(reason = 'did not come to the airport'): this {
    return this.apply({ type: 'record_no_show', reason });
  }

  /** Departure at the first segment's time; the clock moves to an hour after it. */
  departed(departedAt = this.state.booking?.segments[0].departsAt ?? this.now): this {
    if (this.now < departedAt) this.now = addMs(departedAt, 3_600_000);
    return this.apply({ type: 'confirm_departure', departedAt });
  }

  /**
   * Arrival at the last segment's time; the clock moves to two hours after it. An unaccompanied child on board is
   * received by the guardian named in the family assessment unless `receivingGuardian` says otherwise.
   */
  arrived(overrides: Partial<Extract<CaseAction, { type: 'confirm_arrival' }>> = {}): this {
    const segments = this.state.booking?.segments ?? [];
    const arrivedAt = overrides.arrivedAt ?? segments[segments.length - 1]?.arrivesAt ?? this.now;
    if (this.now < arrivedAt) this.now = addMs(arrivedAt, 2 * 3_600_000);
    const child = this.state.people.find(
      (p) => isUnaccompaniedChild(p) && this.state.booking?.passengerIds.includes(p.id),
    );
    return this.apply({
      type: 'confirm_arrival',
      arrivedAt,
      metAtAirport: true,
      onwardTransport: true,
      immediateNeeds: null,
      receivingGuardian: child ? (this.state.familyAssessment[child.id]?.receivingGuardian ?? null) : null,
      ...overrides,
    });
  }

  // ---- reintegration and closure

  planSubmitted(components: PlanComponent[] = [ECONOMIC_COMPONENT]): this {
    return this.apply({ type: 'submit_plan', components });
  }

  planApproved(note: string | null = null): this {
    return this.apply({ type: 'approve_plan', note });
  }

  planRejected(reason = 'budget lines exceed the programme ceiling'): this {
    return this.apply({ type: 'reject_plan', reason });
  }

  followedUp(visits = 1): this {
    for (let i = 0; i < visits; i++) {
      this.apply({
        type: 'record_follow_up',
        visitedOn: this.today,
        notes: `visit ${this.state.followUps.length + 1}`,
      });
    }
    return this;
  }

  closedAs(outcome: CaseOutcome, reason = 'final report filed'): this {
    return this.apply({ type: 'close_case', outcome, reason });
  }

  reopened(reason = 'returnee asked for help again'): this {
    return this.apply({ type: 'reopen_case', reason });
  }

  // ---- whole chapters of the story

  /** Counselled, screened eligible and consented: ready for travel documents. */
  readyForDocuments(): this {
    return this.counselled().screened().consented();
  }

  /** Everything before booking, for a household that holds valid passports. */
  readyToBook(): this {
    return this.readyForDocuments().gatesCleared();
  }

  /** Booked, departed and arrived on the default itinerary. */
  returned(): this {
    return this.readyToBook().booked().departed().arrived();
  }
}

/** A new case; add people with `with…` (a lone adult, Awa, if none are added). */
export function aCase(openedAt = OPENED_AT): CaseBuilder {
  return new CaseBuilder(openedAt);
}
