import type { Vulnerability } from '../household/household';
import type { Role } from '../case/roles';

/** Kinds of information only those who need them may see (DOMAIN.md, "Sensitive data"). */
export const SENSITIVE_CATEGORIES = ['trafficking', 'medical', 'asylum', 'protection'] as const;
export type SensitiveCategory = (typeof SENSITIVE_CATEGORIES)[number];

/**
 * Who needs which. Logistics officers need health details to arrange escorts and fitness to travel; partners need
 * trafficking and health details to receive and refer the returnee; asylum and protection details stay in the host
 * office, with the counsellor and the supervisor.
 */
export const SENSITIVE_CATEGORY_ROLES: Readonly<Record<SensitiveCategory, readonly Role[]>> = {
  trafficking: ['counsellor', 'supervisor', 'partner_focal_point'],
  medical: ['counsellor', 'supervisor', 'logistics_officer', 'partner_focal_point'],
  asylum: ['counsellor', 'supervisor'],
  protection: ['counsellor', 'supervisor'],
};

export const VULNERABILITY_CATEGORY: Partial<Record<Vulnerability, SensitiveCategory>> = {
  victim_of_trafficking: 'trafficking',
  medical_needs: 'medical',
  asylum_claim_pending: 'asylum',
  fear_of_return: 'protection',
};

/** Timeline events whose details belong to a category. */
export const EVENT_CATEGORY: Readonly<Record<string, SensitiveCategory>> = {
  record_screening: 'asylum',
  place_protection_hold: 'protection',
  lift_protection_hold: 'protection',
  record_medical_clearance: 'medical',
  record_trafficking_risk: 'trafficking',
  record_protection_referral: 'trafficking',
  travel_document_requests_withdrawn: 'protection',
  review_protection_hold: 'protection',
  refer_to_protection_service: 'protection',
  record_referral_response: 'protection',
  record_referral_follow_up: 'protection',
  hold_review_reminder_sent: 'protection',
  hold_review_escalation_sent: 'protection',
  // Its flags may be of any category: shown only to those who may see them all.
  vulnerabilities_amended: 'protection',
};

/**
 * Events every case has, whose type alone tells nothing: a hidden one keeps its type. Any other event of a hidden
 * category (a trafficking risk assessment, a hold) would tell by its type alone, so it is shown as a restricted event.
 */
export const EVENTS_EVERY_CASE_HAS: ReadonlySet<string> = new Set(['record_screening']);
export const RESTRICTED_EVENT_TYPE = 'restricted_event';

export function visibleCategories(role: Role): Set<SensitiveCategory> {
  return new Set(SENSITIVE_CATEGORIES.filter((c) => SENSITIVE_CATEGORY_ROLES[c].includes(role)));
}

export const MASK = '***';

/**
 * Keys whose values name a person or tell their story, and secrets. The audit trail masks them wherever they appear, so it can
 * outlive a case's anonymisation without holding anyone's identity.
 */
const PERSONAL_KEYS = new Set([
  'givenNames',
  'familyName',
  'name',
  'principalName',
  'dateOfBirth',
  'contact',
  'phone',
  'email',
  'number',
  'witness',
  'guardianName',
  'receivingGuardian',
  'interpreter',
  'note',
  'notes',
  'reason',
  'reasons',
  'refusalReason',
  'ineligibilityReason',
  'protectionConcern',
  'immediateNeeds',
  'destination',
  'employer',
  'description',
  // The final report's account of a returnee's reintegration, in the partner's words.
  'narrative',
  'evidence',
  'evidenceDocuments',
  'skills',
  // Secrets, which no log or trail may hold.
  'password',
  'currentPassword',
  'newPassword',
  'passwordHash',
  'refreshToken',
  'accessToken',
]);

/** A copy of `value` with every personal key's value replaced by MASK, at any depth. */
export function maskPersonalData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskPersonalData);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [
      k,
      PERSONAL_KEYS.has(k) && v !== null && v !== undefined ? MASK : maskPersonalData(v),
    ]),
  );
}

/** True for a path (dot-separated) whose last personal key makes its value personal. */
export function isPersonalPath(path: string): boolean {
  return path.split('.').some((part) => PERSONAL_KEYS.has(part));
}
