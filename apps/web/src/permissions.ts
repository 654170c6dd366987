// The permission matrix, bundled from libs/domain: the same table the API's guard applies.
import type { CaseActionType } from '@avrr/domain/case/case-actions';
import type { CaseStage } from '@avrr/domain/case/case-stage';
import { PERMISSION_ROLES, type Permission } from '@avrr/domain/access/permissions';

export type { CaseActionType };

export function may(role: string | undefined, permission: Permission): boolean {
  return !!role && (PERMISSION_ROLES[permission] as readonly string[] | undefined)?.includes(role) === true;
}

export function rolesFor(permission: Permission): readonly string[] {
  return PERMISSION_ROLES[permission] ?? [];
}

const BEFORE_DEPARTURE: CaseStage[] = [
  'intake',
  'counselling',
  'screening',
  'consent',
  'travel_documents',
  'pre_departure',
  'booking',
  'departure',
];
const AFTER_ARRIVAL: CaseStage[] = ['reintegration', 'monitoring'];

/**
 * The stages at which each action can make sense. The workflow has the last word (a 409 with its reason); this only
 * keeps the page from offering what can never work now. Booking is offered from the travel documents stage on, so
 * the API's refusal says what is still missing.
 */
export const ACTION_STAGES: Record<CaseActionType, CaseStage[]> = {
  record_counselling: ['intake', 'counselling'],
  record_screening: ['intake', 'counselling', 'screening'],
  place_protection_hold: BEFORE_DEPARTURE,
  lift_protection_hold: BEFORE_DEPARTURE,
  sign_consent: ['intake', 'counselling', 'screening', 'consent', 'travel_documents', 'pre_departure', 'booking'],
  withdraw_consent: BEFORE_DEPARTURE,
  request_travel_document: ['consent', 'travel_documents', 'pre_departure', 'booking'],
  issue_travel_document: ['consent', 'travel_documents', 'pre_departure', 'booking'],
  refuse_travel_document: ['travel_documents'],
  decide_stranded: ['travel_documents'],
  record_medical_clearance: ['consent', 'travel_documents', 'pre_departure', 'booking'],
  record_best_interests: ['consent', 'travel_documents', 'pre_departure'],
  record_family_assessment: ['travel_documents', 'pre_departure'],
  record_trafficking_risk: ['consent', 'travel_documents', 'pre_departure'],
  record_protection_referral: ['travel_documents', 'pre_departure'],
  book_travel: ['travel_documents', 'pre_departure', 'booking'],
  rebook_travel: ['departure'],
  cancel_booking: ['departure'],
  confirm_departure: ['departure'],
  record_no_show: ['departure'],
  confirm_arrival: ['arrival'],
  submit_plan: ['reintegration'],
  approve_plan: ['reintegration'],
  reject_plan: ['reintegration'],
  record_follow_up: AFTER_ARRIVAL,
  record_milestone: AFTER_ARRIVAL,
  amend_household: BEFORE_DEPARTURE,
  review_protection_hold: BEFORE_DEPARTURE,
  refer_to_protection_service: BEFORE_DEPARTURE,
  record_referral_response: BEFORE_DEPARTURE,
  record_referral_follow_up: BEFORE_DEPARTURE,
  submit_final_report: ['monitoring'],
  validate_final_report: ['monitoring'],
  return_final_report: ['monitoring'],
  record_pre_departure_information: BEFORE_DEPARTURE,
  close_case: [
    'intake',
    'counselling',
    'screening',
    'consent',
    'travel_documents',
    'pre_departure',
    'booking',
    'arrival',
    'reintegration',
    'monitoring',
  ],
  reopen_case: ['closed'],
};
