import type { Role } from './roles';
import type { CasePerson, CaseState } from './case-state';
import { type SensitiveCategory, visibleCategories } from '../access/sensitive-data';

/**
 * What a case waits for, or why an action is refused, as a code with parameters, so that each reader gets a rendering
 * fit for their role (and the web app can translate it). A reason of a sensitive category is shown in full only to
 * the roles that may see that category; the others learn that a protection requirement is not met, and whom to ask.
 */
export const CASE_REASON_CODES = [
  'withdrawal_in_progress',
  'protection_hold_review',
  'protection_hold_lift',
  'stranded_decision',
  'counselling',
  'screening',
  'screening_outcome',
  'consent_declaration',
  'guardian_consent',
  'child_consent',
  'travel_document',
  'best_interests',
  'family_assessment',
  'trafficking_risk',
  'protection_referral',
  'fit_to_travel',
  'travel_booking',
  'closure',
  'final_report',
  'final_report_validation',
  'travel_document_due',
  'departure_confirmation',
  'arrival_confirmation',
  'reintegration_plan_due',
  'follow_up_visit',
  'deadline',
  'protection_requirement',
  'declaration_on_file',
  'medical_certificate_on_file',
  'proof_of_payment_on_file',
] as const;
export type CaseReasonCode = (typeof CASE_REASON_CODES)[number];

export interface CaseReason {
  code: CaseReasonCode;
  /** Plain strings: the person's id and name, or the words of a deadline. */
  params: Record<string, string>;
  /** Set when the reason itself tells a sensitive fact about someone. */
  category?: SensitiveCategory;
}

const FIXED: Partial<Record<CaseReasonCode, string>> = {
  withdrawal_in_progress: 'the withdrawal to finish undoing what was under way',
  protection_hold_review: 'a supervisor to review the protection hold',
  protection_hold_lift: 'the protection hold to be lifted by a supervisor',
  stranded_decision: "a supervisor's decision on the refused travel document",
  counselling: 'counselling that covers every option and an informed choice',
  screening: 'screening',
  screening_outcome: 'a supervisor to close the case as ineligible, or a new screening',
  travel_booking: 'a travel booking',
  closure: 'closure by a supervisor',
  final_report: 'the final report',
  final_report_validation: 'a supervisor to validate the final report',
  reintegration_plan_due: 'the reintegration plan',
  protection_requirement: 'a protection requirement to be met (ask the counsellor)',
  proof_of_payment_on_file: 'a proof of payment in the case file, named by the payment',
};

const PERSONAL: Partial<Record<CaseReasonCode, string>> = {
  consent_declaration: 'a signed return declaration',
  guardian_consent: "the guardian's consent",
  child_consent: "the child's own consent",
  travel_document: 'a valid travel document',
  best_interests: 'an approved best-interests determination',
  family_assessment: 'a positive family assessment by the partner',
  trafficking_risk: 'an acceptable trafficking risk assessment in both countries',
  protection_referral: 'a referral to a protection service in the country of return',
  fit_to_travel: 'a valid fit-to-travel certificate',
  declaration_on_file: 'the signed declaration in the case file',
  medical_certificate_on_file: 'the medical certificate in the case file',
};

const CATEGORY_OF: Partial<Record<CaseReasonCode, SensitiveCategory>> = {
  protection_hold_review: 'protection',
  protection_hold_lift: 'protection',
  trafficking_risk: 'trafficking',
  protection_referral: 'trafficking',
  fit_to_travel: 'medical',
  medical_certificate_on_file: 'medical',
};

export function caseReason(code: CaseReasonCode, params: Record<string, string> = {}): CaseReason {
  const category = CATEGORY_OF[code];
  return { code, params, ...(category ? { category } : {}) };
}

export function personReason(code: CaseReasonCode, p: Pick<CasePerson, 'id' | 'name'>): CaseReason {
  return caseReason(code, { personId: p.id, person: p.name });
}

/** The deadlines' sentences, with their parameters (a day is YYYY-MM-DD). */
const DEADLINES: Partial<Record<CaseReasonCode, (p: Record<string, string>) => string>> = {
  travel_document_due: (p) => `the travel document for ${p.person} from ${p.consulate}`,
  departure_confirmation: (p) => `confirmation of the departure planned on ${p.day} (${p.reference})`,
  arrival_confirmation: (p) => `confirmation of the arrival planned on ${p.day}`,
  follow_up_visit: (p) => `follow-up visit ${p.number} (${p.months} months after arrival)`,
};

/** The deadlines' sentences read back into their codes; the travel document's is found by the case's people. */
const DEADLINE_PATTERNS: Array<[CaseReasonCode, RegExp, string[]]> = [
  [
    'departure_confirmation',
    /^confirmation of the departure planned on (\d{4}-\d{2}-\d{2}) \((.+)\)$/,
    ['day', 'reference'],
  ],
  ['arrival_confirmation', /^confirmation of the arrival planned on (\d{4}-\d{2}-\d{2})$/, ['day']],
  ['follow_up_visit', /^follow-up visit (\d+) \((\d+) months after arrival\)$/, ['number', 'months']],
];

/** The full English sentence, as the workflow has always written it. */
export function reasonText(reason: CaseReason): string {
  if (reason.code === 'deadline') return reason.params.what ?? '';
  const deadline = DEADLINES[reason.code];
  if (deadline) return deadline(reason.params);
  const personal = PERSONAL[reason.code];
  if (personal) return `${reason.params.person}: ${personal}`;
  return FIXED[reason.code] ?? reason.code;
}

/** The reason as `role` may read it: a hidden category becomes a protection requirement, naming no one. */
export function reasonFor(reason: CaseReason, role: Role): CaseReason {
  if (!reason.category || visibleCategories(role).has(reason.category)) return reason;
  return caseReason('protection_requirement');
}

/** Several reasons as `role` may read them, without repeating the same hidden requirement. */
export function reasonsFor(reasons: CaseReason[], role: Role): CaseReason[] {
  const seen = new Set<string>();
  return reasons
    .map((r) => reasonFor(r, role))
    .filter((r) => {
      const key = reasonText(r);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/**
 * The sentences of the reasons that name no one, to their codes (the first code of a sentence wins, as a search in
 * FIXED's order would): every case page reads its "waits for" back, so they are worded once, not on every read.
 */
const FIXED_CODE_OF_TEXT = new Map<string, CaseReasonCode>();
for (const code of Object.keys(FIXED) as CaseReasonCode[]) {
  const text = reasonText(caseReason(code));
  if (!FIXED_CODE_OF_TEXT.has(text)) FIXED_CODE_OF_TEXT.set(text, code);
}

/**
 * The reason behind a "waits for" sentence the workflow projected, found among every reason the case's people and
 * state could give; a sentence that names none of them is a deadline (consulate, departure, arrival, plan, visits).
 * Independent of the clock, so a sentence written yesterday is still recognised today.
 */
export function reasonOfWaitingFor(state: CaseState | null, text: string): CaseReason {
  const fixed = FIXED_CODE_OF_TEXT.get(text);
  if (fixed) return caseReason(fixed);
  for (const p of state?.people ?? [])
    for (const code of Object.keys(PERSONAL) as CaseReasonCode[]) {
      const reason = personReason(code, p);
      if (reasonText(reason) === text) return reason;
    }
  if (typeof text !== 'string') return caseReason('deadline', { what: text });
  for (const p of state?.people ?? []) {
    const prefix = `the travel document for ${p.name} from `;
    if (text.startsWith(prefix))
      return caseReason('travel_document_due', {
        personId: p.id,
        person: p.name,
        consulate: text.slice(prefix.length),
      });
  }
  for (const [code, pattern, names] of DEADLINE_PATTERNS) {
    const m = pattern.exec(text);
    if (m) return caseReason(code, Object.fromEntries(names.map((name, i) => [name, m[i + 1]])));
  }
  return caseReason('deadline', { what: text });
}
