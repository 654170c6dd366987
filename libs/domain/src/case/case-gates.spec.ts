// The stage follows from the facts; no action sets it directly.
import { CASE_STAGES, CaseStage } from './case-stage';
import { deriveStage, missingConsents } from './case-gates';
import {
  aCase,
  awa,
  AWA_ID,
  CaseBuilder,
  COUNSELLOR,
  moussa,
  MOUSSA_ID,
  ousmane,
  OUSMANE_ID,
  SUPERVISOR,
} from './testing/case-builder';

/** Awa, her son Moussa (birth certificate only) and her father Ousmane (medical needs). */
const threeGenerations = () =>
  aCase().withPerson(
    awa(),
    moussa({ documents: [{ type: 'birth_certificate', number: 'BC-77', expiresOn: null }] }),
    ousmane({ isPrincipal: false, relationship: 'parent' }),
  );

describe('deriveStage', () => {
  it('walks counselling -> screening -> consent -> travel_documents -> pre_departure -> booking -> departure -> arrival -> reintegration -> monitoring -> closed along a happy path', () => {
    const c = threeGenerations();
    const seen: CaseStage[] = [];
    const step = (fn: (b: CaseBuilder) => unknown) => {
      fn(c);
      seen.push(c.stage());
    };
    seen.push(c.stage());
    step((b) => b.counselled());
    step((b) => b.screened());
    step((b) => b.signed(AWA_ID, 'self'));
    step((b) => b.signed(OUSMANE_ID, 'self'));
    step((b) => b.documentRequested(MOUSSA_ID));
    step((b) => b.later(10).documentIssued(MOUSSA_ID, '2027-01-31'));
    step((b) => b.medicallyCleared(OUSMANE_ID, { certificateValidUntil: '2026-04-30', escortRequired: true }));
    step((b) => b.booked());
    step((b) => b.departed());
    step((b) => b.arrived());
    step((b) => b.later(20).planSubmitted());
    step((b) => b.planRejected());
    step((b) => b.planSubmitted());
    step((b) => b.planApproved('good plan'));
    step((b) => b.later(90).followedUp());
    step((b) => b.later(90).followedUp());
    step((b) => b.later(180).followedUp());
    step((b) => b.closedAs('completed', 'sustainable reintegration, final report filed'));

    expect(seen).toEqual([
      'counselling',
      'screening',
      'consent',
      'consent', // Ousmane has not signed yet
      'travel_documents',
      'travel_documents', // waiting for the consulate
      'pre_departure', // Ousmane's fit-to-travel certificate
      'booking',
      'departure',
      'arrival',
      'reintegration',
      'reintegration', // plan submitted
      'reintegration', // plan rejected
      'reintegration', // plan resubmitted
      'monitoring',
      'monitoring',
      'monitoring',
      'monitoring',
      'closed',
    ]);
    // every stage but intake (which precedes the first derivation) was visited, in CASE_STAGES order
    expect([...new Set(seen)]).toEqual(CASE_STAGES.filter((s) => s !== 'intake'));
  });

  it('a household that already holds everything goes straight from consent to booking', () => {
    const c = aCase().withFamily().counselled().screened();
    expect(c.stage()).toBe('consent');
    c.consented();
    expect(c.stage()).toBe('booking');
  });

  it('incomplete counselling keeps the case in counselling', () => {
    expect(aCase().counselled({ informedChoiceConfirmed: false }).stage()).toBe('counselling');
  });

  it('an active booking means departure even if a document has expired since', () => {
    const c = aCase().withFamily().readyToBook().booked();
    expect(deriveStage(c.state, '2031-01-01')).toBe('departure');
  });

  it('an arrival with a rejected plan is still reintegration', () => {
    const c = aCase().returned().planSubmitted().planRejected();
    expect(c.stage()).toBe('reintegration');
  });

  describe('reopening returns a closed case to the stage its facts give', () => {
    it('a case closed for lost contact during monitoring reopens in monitoring', () => {
      const c = aCase().returned().planSubmitted().planApproved().closedAs('lost_contact', 'phone off for 3 months');
      expect(c.stage()).toBe('closed');
      c.later(30).reopened('returnee called the partner office');
      expect(c.stage()).toBe('monitoring');
      expect(c.state.closed).toBeNull();
      expect(c.state.reopenings).toEqual([
        { reason: 'returnee called the partner office', at: '2026-05-15T18:00:00.000Z', by: SUPERVISOR },
      ]);
    });

    it('a case closed as not departed before booking reopens where it stopped', () => {
      const c = aCase().withFamily().readyToBook().closedAs('not_departed', 'left the address');
      c.reopened('found again');
      expect(c.stage()).toBe('booking');
    });

    it('a stranded case closed by the supervisor reopens in travel_documents', () => {
      const c = aCase()
        .withPerson(awa({ documents: [] }))
        .readyForDocuments()
        .documentRequested(AWA_ID)
        .documentRefused(AWA_ID)
        .strandedDecided('close', 'no consulate will issue');
      expect(c.stage()).toBe('closed');
      c.reopened('the consulate changed its position');
      expect(c.stage()).toBe('travel_documents');
      expect(c.attempt({ type: 'request_travel_document', personId: AWA_ID, consulate: 'C' })).toBeNull();
    });

    it('a completed case reopens in monitoring with its follow-ups', () => {
      const c = aCase()
        .returned()
        .planSubmitted()
        .planApproved()
        .followedUp(3)
        .closedAs('completed')
        .reopened('new hardship reported');
      expect(c.stage()).toBe('monitoring');
      expect(c.state.followUps).toHaveLength(3);
    });
  });
});

describe('missingConsents', () => {
  it('lists every adult who has not signed, in household order', () => {
    const c = aCase().withFamily().counselled().screened();
    expect(missingConsents(c.state, c.today)).toEqual([
      'Awa Ndiaye: a signed return declaration',
      'Ibrahima Ndiaye: a signed return declaration',
    ]);
  });

  it('counts a consent only when the adult signed it themselves', () => {
    const c = aCase().withFamily().counselled().screened().signed(AWA_ID, 'self', null);
    expect(missingConsents(c.state, c.today)).toEqual(['Ibrahima Ndiaye: a signed return declaration']);
    expect(c.state.consents[MOUSSA_ID]).toBeUndefined();
  });

  it('is about people: the actor who records the consent is the counsellor', () => {
    const c = aCase().counselled().screened();
    const action = {
      type: 'sign_consent' as const,
      personId: AWA_ID,
      formVersion: 'v1',
      language: 'fr',
      interpreter: null,
      signedOn: c.today,
      witness: 'W',
      signedBy: 'self' as const,
      guardianName: null,
      shareDataWithPartner: false,
    };
    expect(c.attempt(action, SUPERVISOR)?.code).toBe('role_not_allowed');
    expect(c.attempt(action, COUNSELLOR)).toBeNull();
  });
});
