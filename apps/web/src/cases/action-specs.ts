// One form per case action: its endpoint, its fields and how the body is built. The API validates; the form shows
// its messages beside the fields (violation paths in `api`) and its refusals (409) above the button.
import { type CaseActionType, MILESTONE_KINDS } from '@avrr/domain/case/case-actions';
import { PROTECTION_SERVICES } from '@avrr/domain/case/case-state';
import { deviceTimeZone, localDateTime, localDay, toInstant } from '../format';

export type Value = string | boolean | string[];
export type Values = Record<string, Value>;

export interface FieldSpec {
  name: string;
  kind: 'text' | 'textarea' | 'date' | 'datetime' | 'number' | 'checkbox' | 'select' | 'person' | 'people' | 'referral';
  /** Translation key under fields.*; defaults to the name. */
  label?: string;
  options?: readonly string[];
  optional?: boolean;
  initial?: () => Value;
  /** Translation prefix of a select's options (codes.milestones…); defaults to fields. */
  optionsFrom?: string;
  /** The violation path the API uses for this field; defaults to the name. */
  api?: string;
}

export interface ActionSpec {
  /** Under the case; a function when a field names what the action is on (a referral). */
  path: string | ((v: Values) => string);
  fields: FieldSpec[];
  body?: (v: Values) => unknown;
}

const today = () => localDay();
const reason: FieldSpec[] = [{ name: 'reason', kind: 'textarea' }];
const person: FieldSpec = { name: 'personId', kind: 'person' };

/** Drops empty optional text, turns datetime-local values into instants. */
export function defaultBody(fields: FieldSpec[], v: Values): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const f of fields) {
    const value = v[f.name];
    if (f.optional && (value === '' || value === undefined)) continue;
    if (f.kind === 'datetime') body[f.name] = toInstant(String(value ?? ''));
    else if (f.kind === 'number') body[f.name] = value === '' ? value : Number(value);
    else body[f.name] = value;
  }
  return body;
}

export const ACTION_SPECS: Partial<Record<CaseActionType, ActionSpec>> = {
  record_counselling: {
    path: 'counselling-sessions',
    fields: [
      { name: 'heldOn', kind: 'date', initial: today },
      { name: 'language', kind: 'text', initial: () => 'fr' },
      { name: 'interpreter', kind: 'text', optional: true },
      { name: 'legal_stay', kind: 'checkbox', initial: () => true, api: 'optionsDiscussed' },
      { name: 'onward_migration', kind: 'checkbox', initial: () => true, api: 'optionsDiscussed' },
      { name: 'return', kind: 'checkbox', initial: () => true, api: 'optionsDiscussed' },
      { name: 'countryInformationProvided', kind: 'checkbox', initial: () => true },
      { name: 'informedChoiceConfirmed', kind: 'checkbox', initial: () => true },
    ],
    body: (v) => ({
      heldOn: v.heldOn,
      language: v.language,
      ...(v.interpreter ? { interpreter: v.interpreter } : {}),
      optionsDiscussed: ['legal_stay', 'onward_migration', 'return'].filter((o) => v[o] === true),
      countryInformationProvided: v.countryInformationProvided,
      informedChoiceConfirmed: v.informedChoiceConfirmed,
    }),
  },
  record_screening: {
    path: 'screening',
    fields: [
      { name: 'eligible', kind: 'checkbox', initial: () => true },
      { name: 'ineligibilityReason', kind: 'textarea', optional: true },
      { name: 'asylumClaimPending', kind: 'checkbox', initial: () => false },
      { name: 'fearOfReturn', kind: 'checkbox', initial: () => false },
      { name: 'protectionConcern', kind: 'textarea', optional: true },
    ],
  },
  place_protection_hold: { path: 'protection-hold', fields: reason },
  lift_protection_hold: { path: 'protection-hold/lift', fields: reason },
  sign_consent: {
    path: 'consents',
    fields: [
      person,
      { name: 'signedBy', kind: 'select', options: ['self', 'guardian', 'child'], initial: () => 'self' },
      { name: 'guardianName', kind: 'text', optional: true },
      { name: 'formVersion', kind: 'text', initial: () => 'AVRR-DECL-2026-01' },
      { name: 'language', kind: 'text', initial: () => 'fr' },
      { name: 'interpreter', kind: 'text', optional: true },
      { name: 'signedOn', kind: 'date', initial: today },
      { name: 'witness', kind: 'text' },
      { name: 'shareDataWithPartner', kind: 'checkbox', initial: () => true },
    ],
  },
  withdraw_consent: { path: 'consent-withdrawal', fields: reason },
  request_travel_document: { path: 'travel-documents/requests', fields: [person, { name: 'consulate', kind: 'text' }] },
  issue_travel_document: {
    path: 'travel-documents/issued',
    fields: [
      person,
      {
        name: 'documentType',
        kind: 'select',
        options: ['passport', 'emergency_travel_document', 'laissez_passer'],
        optionsFrom: 'codes.documentTypes',
        initial: () => 'emergency_travel_document',
      },
      { name: 'number', kind: 'text' },
      { name: 'expiresOn', kind: 'date' },
    ],
  },
  refuse_travel_document: { path: 'travel-documents/refusals', fields: [person, ...reason] },
  decide_stranded: {
    path: 'stranded-decision',
    fields: [
      { name: 'decision', kind: 'select', options: ['retry', 'another_route', 'close'], initial: () => 'retry' },
      { name: 'note', kind: 'textarea' },
    ],
  },
  record_medical_clearance: {
    path: 'medical-clearances',
    fields: [
      person,
      { name: 'fitToTravel', kind: 'checkbox', initial: () => true },
      { name: 'certificateValidUntil', kind: 'date' },
      { name: 'escortRequired', kind: 'checkbox', initial: () => false },
    ],
  },
  record_best_interests: {
    path: 'best-interests-determinations',
    fields: [
      person,
      { name: 'decision', kind: 'select', options: ['approved', 'rejected'], initial: () => 'approved' },
      { name: 'decidedOn', kind: 'date', initial: today },
    ],
  },
  record_family_assessment: {
    path: 'family-assessments',
    fields: [
      person,
      { name: 'outcome', kind: 'select', options: ['positive', 'negative'], initial: () => 'positive' },
      { name: 'receivingGuardian', kind: 'text', optional: true },
      { name: 'assessedOn', kind: 'date', initial: today },
    ],
  },
  record_trafficking_risk: {
    path: 'trafficking-risk-assessments',
    fields: [
      person,
      { name: 'country', kind: 'select', options: ['host', 'return'], initial: () => 'host' },
      { name: 'outcome', kind: 'select', options: ['acceptable', 'unacceptable'], initial: () => 'acceptable' },
    ],
  },
  record_protection_referral: {
    path: 'protection-referrals',
    fields: [person, { name: 'service', kind: 'text' }, { name: 'referredOn', kind: 'date', initial: today }],
  },
  review_protection_hold: {
    path: 'protection-hold/reviews',
    fields: [
      { name: 'note', kind: 'textarea' },
      { name: 'nextReviewOn', kind: 'date', initial: () => localDay(30) },
    ],
    // The day is one of the device's time zone: the review falls due when it begins there.
    body: (v) => ({ note: v.note, nextReviewOn: v.nextReviewOn, timeZone: deviceTimeZone() }),
  },
  refer_to_protection_service: {
    path: 'protection-service-referrals',
    fields: [
      person,
      {
        name: 'service',
        label: 'protectionService',
        kind: 'select',
        options: PROTECTION_SERVICES,
        initial: () => 'asylum_procedure',
        optionsFrom: 'codes.protectionServices',
      },
      { name: 'provider', kind: 'text' },
      { name: 'consentGivenOn', kind: 'date', initial: today },
    ],
  },
  record_referral_response: {
    path: (v) => `protection-service-referrals/${String(v.referralId)}/response`,
    fields: [
      { name: 'referralId', kind: 'referral' },
      { name: 'response', kind: 'select', options: ['accepted', 'declined'], initial: () => 'accepted' },
      { name: 'respondedOn', kind: 'date', initial: today },
      { name: 'note', kind: 'textarea', optional: true },
    ],
    body: (v) => ({ response: v.response, respondedOn: v.respondedOn, ...(v.note ? { note: v.note } : {}) }),
  },
  record_referral_follow_up: {
    path: (v) => `protection-service-referrals/${String(v.referralId)}/follow-ups`,
    fields: [
      { name: 'referralId', kind: 'referral' },
      { name: 'heldOn', kind: 'date', initial: today },
      { name: 'note', kind: 'textarea' },
    ],
    body: (v) => ({ heldOn: v.heldOn, note: v.note }),
  },
  book_travel: {
    path: 'booking',
    fields: [
      { name: 'reference', kind: 'text' },
      { name: 'from', kind: 'text', api: 'segments.0.from' },
      { name: 'to', kind: 'text', api: 'segments.0.to' },
      { name: 'carrier', kind: 'text', api: 'segments.0.carrier' },
      { name: 'flightNumber', kind: 'text', api: 'segments.0.flightNumber' },
      { name: 'departsAt', kind: 'datetime', api: 'segments.0.departsAt' },
      { name: 'arrivesAt', kind: 'datetime', api: 'segments.0.arrivesAt' },
      { name: 'passengerIds', kind: 'people' },
      {
        name: 'escortKind',
        kind: 'select',
        options: ['', 'medical', 'child', 'security', 'general'],
        initial: () => '',
        api: 'escorts.0.kind',
      },
      { name: 'escortName', kind: 'text', optional: true, api: 'escorts.0.name' },
      { name: 'transitAssistance', kind: 'checkbox', initial: () => false },
    ],
    body: (v) => {
      const passengers = v.passengerIds as string[];
      return {
        reference: v.reference,
        segments: [
          {
            from: v.from,
            to: v.to,
            carrier: v.carrier,
            flightNumber: v.flightNumber,
            departsAt: toInstant(String(v.departsAt)),
            arrivesAt: toInstant(String(v.arrivesAt)),
          },
        ],
        passengerIds: passengers,
        escorts: v.escortKind ? [{ kind: v.escortKind, name: v.escortName, forPersonIds: passengers }] : [],
        transitAssistance: v.transitAssistance,
      };
    },
  },
  cancel_booking: { path: 'booking/cancel', fields: reason },
  confirm_departure: {
    path: 'departure',
    fields: [{ name: 'departedAt', kind: 'datetime', initial: () => localDateTime() }],
  },
  record_no_show: { path: 'no-show', fields: reason },
  confirm_arrival: {
    path: 'arrival',
    fields: [
      { name: 'arrivedAt', kind: 'datetime', initial: () => localDateTime() },
      { name: 'metAtAirport', kind: 'checkbox', initial: () => true },
      { name: 'onwardTransport', kind: 'checkbox', initial: () => true },
      { name: 'immediateNeeds', kind: 'textarea', optional: true },
      { name: 'receivingGuardian', kind: 'text', optional: true },
    ],
  },
  // The plan editor (pages/plan.tsx) builds this body: components with budget lines in exact minor units.
  submit_plan: { path: 'reintegration-plan', fields: [] },
  approve_plan: { path: 'reintegration-plan/approve', fields: [{ name: 'note', kind: 'textarea', optional: true }] },
  reject_plan: { path: 'reintegration-plan/reject', fields: reason },
  record_follow_up: {
    path: 'follow-ups',
    fields: [
      { name: 'visitedOn', kind: 'date', initial: today },
      { name: 'notes', kind: 'textarea' },
    ],
  },
  record_milestone: {
    path: 'milestones',
    fields: [
      {
        name: 'kind',
        kind: 'select',
        options: MILESTONE_KINDS,
        optionsFrom: 'codes.milestones',
        initial: () => 'assistance_delivered',
      },
      { name: 'personId', kind: 'person', optional: true },
      { name: 'achievedOn', kind: 'date', initial: today },
      { name: 'note', kind: 'textarea', optional: true },
    ],
  },
  // Filed from the reintegration page's own editor (its lines follow the plan), decided here or there.
  validate_final_report: {
    path: 'final-report/validation',
    fields: [{ name: 'note', kind: 'textarea', optional: true }],
  },
  return_final_report: { path: 'final-report/return', fields: reason },
  close_case: {
    path: 'closure',
    fields: [
      {
        name: 'outcome',
        kind: 'select',
        options: ['completed', 'withdrawn', 'ineligible', 'referred_to_protection', 'not_departed', 'lost_contact'],
        initial: () => 'completed',
      },
      ...reason,
    ],
  },
  reopen_case: { path: 'reopening', fields: reason },
};
