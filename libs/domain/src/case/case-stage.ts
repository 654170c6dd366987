/** The stages of a return case, in the order a case normally moves through them. */
export const CASE_STAGES = [
  'intake',
  'counselling',
  'screening',
  'consent',
  'travel_documents',
  'pre_departure',
  'booking',
  'departure',
  'arrival',
  'reintegration',
  'monitoring',
  'closed',
] as const;
export type CaseStage = (typeof CASE_STAGES)[number];

export const CASE_OUTCOMES = [
  'completed',
  'withdrawn',
  'ineligible',
  'referred_to_protection',
  'not_departed',
  'lost_contact',
] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];
