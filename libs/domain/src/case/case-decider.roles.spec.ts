// Function-level rule: which roles may take each action (ACTION_ROLES), checked before anything else.
import { ACTION_ROLES, CaseAction, CaseActionType } from './case-actions';
import { decide } from './case-decider';
import { ROLES, Role, SYSTEM_ACTOR } from './roles';
import { aCase, ACTORS, AWA_ID, ECONOMIC_COMPONENT, validBooking } from './testing/case-builder';

const state = aCase().withFamily().build();
const now = '2026-03-02T09:00:00.000Z';

/** One well-formed example of every action. */
const SAMPLE: { [K in CaseActionType]: Extract<CaseAction, { type: K }> } = {
  record_counselling: {
    type: 'record_counselling',
    heldOn: '2026-03-02',
    language: 'fr',
    interpreter: null,
    optionsDiscussed: ['return'],
    countryInformationProvided: true,
    informedChoiceConfirmed: true,
  },
  record_screening: {
    type: 'record_screening',
    eligible: true,
    ineligibilityReason: null,
    asylumClaimPending: false,
    fearOfReturn: false,
    protectionConcern: null,
  },
  place_protection_hold: { type: 'place_protection_hold', reason: 'fear of return' },
  lift_protection_hold: { type: 'lift_protection_hold', reason: 'reviewed' },
  sign_consent: {
    type: 'sign_consent',
    personId: AWA_ID,
    formVersion: 'v1',
    language: 'fr',
    interpreter: null,
    signedOn: '2026-03-02',
    witness: 'W',
    signedBy: 'self',
    guardianName: null,
    shareDataWithPartner: true,
  },
  withdraw_consent: { type: 'withdraw_consent', reason: 'changed her mind' },
  record_pre_departure_information: {
    type: 'record_pre_departure_information',
    personId: AWA_ID,
    language: 'fr',
    sheets: [{ sheetId: '00000000-0000-4000-8000-000000000001', topic: 'reception', version: 1 }],
    acknowledgedOn: '2026-03-02',
  },
  amend_household: {
    type: 'amend_household',
    change: { kind: 'set_contact', personId: AWA_ID, contact: { phone: '+33 6 00 00 00 00' } },
  },
  review_protection_hold: { type: 'review_protection_hold', note: 'n', nextReviewOn: '2030-01-01' },
  refer_to_protection_service: {
    type: 'refer_to_protection_service',
    personId: AWA_ID,
    service: 'legal_aid',
    provider: 'P',
    consentGivenOn: '2026-01-01',
  },
  record_referral_response: {
    type: 'record_referral_response',
    referralId: 'referral-1',
    response: 'accepted',
    respondedOn: '2026-01-01',
    note: null,
  },
  record_referral_follow_up: {
    type: 'record_referral_follow_up',
    referralId: 'referral-1',
    heldOn: '2026-01-01',
    note: 'n',
  },
  request_travel_document: { type: 'request_travel_document', personId: AWA_ID, consulate: 'C' },
  issue_travel_document: {
    type: 'issue_travel_document',
    personId: AWA_ID,
    documentType: 'passport',
    number: 'P',
    expiresOn: '2030-01-01',
  },
  refuse_travel_document: { type: 'refuse_travel_document', personId: AWA_ID, reason: 'r' },
  decide_stranded: { type: 'decide_stranded', decision: 'retry', note: 'n' },
  record_medical_clearance: {
    type: 'record_medical_clearance',
    personId: AWA_ID,
    fitToTravel: true,
    certificateValidUntil: '2026-05-01',
    escortRequired: false,
  },
  record_best_interests: {
    type: 'record_best_interests',
    personId: AWA_ID,
    decision: 'approved',
    decidedOn: '2026-03-02',
  },
  record_family_assessment: {
    type: 'record_family_assessment',
    personId: AWA_ID,
    outcome: 'positive',
    receivingGuardian: null,
    assessedOn: '2026-03-02',
  },
  record_trafficking_risk: {
    type: 'record_trafficking_risk',
    personId: AWA_ID,
    country: 'host',
    outcome: 'acceptable',
  },
  record_protection_referral: {
    type: 'record_protection_referral',
    personId: AWA_ID,
    service: 'S',
    referredOn: '2026-03-02',
  },
  book_travel: validBooking(state, { type: 'book_travel' }) as Extract<CaseAction, { type: 'book_travel' }>,
  rebook_travel: validBooking(state, { type: 'rebook_travel' }) as Extract<CaseAction, { type: 'rebook_travel' }>,
  cancel_booking: { type: 'cancel_booking', reason: 'r' },
  confirm_departure: { type: 'confirm_departure', departedAt: '2026-04-15T07:00:00.000Z' },
  record_no_show: { type: 'record_no_show', reason: 'r' },
  confirm_arrival: {
    type: 'confirm_arrival',
    arrivedAt: '2026-04-15T16:00:00.000Z',
    metAtAirport: true,
    onwardTransport: true,
    immediateNeeds: null,
    receivingGuardian: null,
  },
  submit_plan: { type: 'submit_plan', components: [ECONOMIC_COMPONENT] },
  approve_plan: { type: 'approve_plan', note: null },
  reject_plan: { type: 'reject_plan', reason: 'r' },
  record_follow_up: { type: 'record_follow_up', visitedOn: '2026-03-02', notes: 'n' },
  record_milestone: {
    type: 'record_milestone',
    kind: 'job_placement',
    personId: null,
    achievedOn: '2026-03-02',
    note: null,
  },
  submit_final_report: { type: 'submit_final_report', lines: [], narrative: 'n', sustainability: null },
  validate_final_report: { type: 'validate_final_report', note: null },
  return_final_report: { type: 'return_final_report', reason: 'r' },
  close_case: { type: 'close_case', outcome: 'lost_contact', reason: 'r' },
  reopen_case: { type: 'reopen_case', reason: 'r' },
};

const ACTION_TYPES = Object.keys(ACTION_ROLES) as CaseActionType[];
const decideAs = (type: CaseActionType, role: Role | 'system') =>
  decide(state, SAMPLE[type], { actor: role === 'system' ? SYSTEM_ACTOR : ACTORS[role], now, followUpsRequired: 3 });

const forbidden: Array<[CaseActionType, Role]> = ACTION_TYPES.flatMap((type) =>
  ROLES.filter((role) => !ACTION_ROLES[type].includes(role)).map((role): [CaseActionType, Role] => [type, role]),
);
const allowed: Array<[CaseActionType, Role]> = ACTION_TYPES.flatMap((type) =>
  ACTION_ROLES[type].map((role): [CaseActionType, Role] => [type, role]),
);

describe('role matrix (ACTION_ROLES)', () => {
  it('the sample table covers every action type', () => {
    expect(Object.keys(SAMPLE).sort()).toEqual([...ACTION_TYPES].sort());
    for (const type of ACTION_TYPES) expect(SAMPLE[type].type).toBe(type);
  });

  it('every action has at least one role and only known roles', () => {
    for (const type of ACTION_TYPES) {
      expect(ACTION_ROLES[type].length).toBeGreaterThan(0);
      for (const role of ACTION_ROLES[type]) expect(ROLES).toContain(role);
    }
  });

  it.each(forbidden)('%s by a %s is refused with role_not_allowed', (type, role) => {
    const refusal = decideAs(type, role);
    expect(refusal?.code).toBe('role_not_allowed');
    expect(refusal?.message).toMatch(new RegExp(`^A ${role.replace(/_/g, ' ')} cannot .+\\.$`));
  });

  it.each(allowed)('%s by a %s passes the role check', (type, role) => {
    expect(decideAs(type, role)?.code).not.toBe('role_not_allowed');
  });

  it.each(ACTION_TYPES)('%s by the system (timers, compensation) passes the role check', (type) => {
    expect(decideAs(type, 'system')?.code).not.toBe('role_not_allowed');
  });

  it('the role check comes before every other rule, even on a closed case', () => {
    const closed = aCase().closedAs('lost_contact').build();
    expect(decide(closed, SAMPLE.reopen_case, { actor: ACTORS.counsellor, now, followUpsRequired: 3 })?.code).toBe(
      'role_not_allowed',
    );
    expect(decide(closed, SAMPLE.book_travel, { actor: ACTORS.counsellor, now, followUpsRequired: 3 })?.code).toBe(
      'role_not_allowed',
    );
  });

  it.each<[CaseActionType, Role[]]>([
    ['lift_protection_hold', ['supervisor']],
    ['decide_stranded', ['supervisor']],
    ['record_best_interests', ['supervisor']],
    ['approve_plan', ['supervisor']],
    ['reject_plan', ['supervisor']],
    ['close_case', ['supervisor']],
    ['reopen_case', ['supervisor']],
    ['sign_consent', ['counsellor']],
    ['book_travel', ['logistics_officer']],
    ['confirm_departure', ['logistics_officer']],
    ['confirm_arrival', ['partner_focal_point']],
    ['submit_plan', ['partner_focal_point']],
    ['record_follow_up', ['partner_focal_point']],
    ['record_milestone', ['partner_focal_point']],
    ['submit_final_report', ['partner_focal_point']],
    ['validate_final_report', ['supervisor']],
    ['return_final_report', ['supervisor']],
  ])('%s belongs to %j, as the field describes', (type, roles) => {
    expect([...ACTION_ROLES[type]].sort()).toEqual([...roles].sort());
  });
});
