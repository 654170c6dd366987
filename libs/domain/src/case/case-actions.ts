import type { CaseOutcome } from './case-stage';
import type {
  DeliveredLine,
  Escort,
  ItinerarySegment,
  PlanComponent,
  ProtectionService,
  SustainabilitySnapshot,
} from './case-state';
import type { Role } from './roles';
import type { HouseholdAmendment } from './household-amendment';
import type { GivenSheet } from './pre-departure-information';

export const COUNSELLING_OPTIONS = ['legal_stay', 'onward_migration', 'return'] as const;

/** Reintegration milestones the partner records after arrival. */
export const MILESTONE_KINDS = [
  'plan_agreed',
  'assistance_delivered',
  'training_completed',
  'job_placement',
  'business_started',
  'follow_up_visit',
] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

/** Every human action on a case. Each is one Temporal update and one HTTP endpoint. */
export type CaseAction =
  | {
      type: 'record_counselling';
      heldOn: string;
      language: string;
      interpreter: string | null;
      optionsDiscussed: string[];
      countryInformationProvided: boolean;
      informedChoiceConfirmed: boolean;
    }
  | {
      type: 'record_screening';
      eligible: boolean;
      ineligibilityReason: string | null;
      asylumClaimPending: boolean;
      fearOfReturn: boolean;
      protectionConcern: string | null;
    }
  | { type: 'place_protection_hold'; reason: string }
  | { type: 'lift_protection_hold'; reason: string }
  | {
      type: 'sign_consent';
      personId: string;
      formVersion: string;
      language: string;
      interpreter: string | null;
      signedOn: string;
      witness: string;
      signedBy: 'self' | 'guardian' | 'child';
      guardianName: string | null;
      shareDataWithPartner: boolean;
    }
  | { type: 'withdraw_consent'; reason: string }
  | { type: 'request_travel_document'; personId: string; consulate: string }
  | {
      type: 'issue_travel_document';
      personId: string;
      documentType: 'passport' | 'emergency_travel_document' | 'laissez_passer';
      number: string;
      expiresOn: string;
    }
  | { type: 'refuse_travel_document'; personId: string; reason: string }
  | { type: 'decide_stranded'; decision: 'retry' | 'another_route' | 'close'; note: string }
  | {
      type: 'record_medical_clearance';
      personId: string;
      fitToTravel: boolean;
      certificateValidUntil: string;
      escortRequired: boolean;
    }
  | { type: 'record_best_interests'; personId: string; decision: 'approved' | 'rejected'; decidedOn: string }
  | {
      type: 'record_family_assessment';
      personId: string;
      outcome: 'positive' | 'negative';
      receivingGuardian: string | null;
      assessedOn: string;
    }
  | {
      type: 'record_trafficking_risk';
      personId: string;
      country: 'host' | 'return';
      outcome: 'acceptable' | 'unacceptable';
    }
  | { type: 'record_protection_referral'; personId: string; service: string; referredOn: string }
  | {
      type: 'book_travel' | 'rebook_travel';
      reference: string;
      segments: ItinerarySegment[];
      passengerIds: string[];
      excluded: Array<{ personId: string; reason: string }>;
      escorts: Escort[];
      transitAssistance: boolean;
    }
  | { type: 'cancel_booking'; reason: string }
  | { type: 'confirm_departure'; departedAt: string }
  | { type: 'record_no_show'; reason: string }
  | {
      type: 'confirm_arrival';
      arrivedAt: string;
      metAtAirport: boolean;
      onwardTransport: boolean;
      immediateNeeds: string | null;
      receivingGuardian: string | null;
    }
  | { type: 'submit_plan'; components: PlanComponent[] }
  | { type: 'approve_plan'; note: string | null }
  | { type: 'reject_plan'; reason: string }
  | { type: 'record_follow_up'; visitedOn: string; notes: string }
  | { type: 'record_milestone'; kind: MilestoneKind; personId: string | null; achievedOn: string; note: string | null }
  | HouseholdAmendment
  | {
      type: 'review_protection_hold';
      note: string;
      nextReviewOn: string;
      /**
       * When `nextReviewOn` begins in the reviewer's time zone, set by the API. Absent from reviews recorded before
       * it: their day begins at midnight UTC.
       */
      nextReviewAt?: string;
    }
  | {
      type: 'refer_to_protection_service';
      personId: string;
      service: ProtectionService;
      provider: string;
      consentGivenOn: string;
    }
  | {
      type: 'record_referral_response';
      referralId: string;
      response: 'accepted' | 'declined';
      respondedOn: string;
      note: string | null;
    }
  | { type: 'record_referral_follow_up'; referralId: string; heldOn: string; note: string }
  | {
      type: 'submit_final_report';
      lines: DeliveredLine[];
      narrative: string;
      /** Set by the API from the case's surveys, never by the caller. */
      sustainability: SustainabilitySnapshot | null;
    }
  | { type: 'validate_final_report'; note: string | null }
  | { type: 'return_final_report'; reason: string }
  | {
      type: 'record_pre_departure_information';
      personId: string;
      language: string;
      sheets: GivenSheet[];
      acknowledgedOn: string;
    }
  | { type: 'close_case'; outcome: CaseOutcome; reason: string }
  | { type: 'reopen_case'; reason: string };

export type CaseActionType = CaseAction['type'];

/** Function-level rule: which roles may take each action. */
export const ACTION_ROLES: Record<CaseActionType, readonly Role[]> = {
  record_counselling: ['counsellor'],
  record_screening: ['counsellor'],
  place_protection_hold: ['counsellor', 'supervisor', 'logistics_officer', 'partner_focal_point'],
  lift_protection_hold: ['supervisor'],
  sign_consent: ['counsellor'],
  withdraw_consent: ['counsellor', 'supervisor'],
  request_travel_document: ['logistics_officer'],
  issue_travel_document: ['logistics_officer'],
  refuse_travel_document: ['logistics_officer'],
  decide_stranded: ['supervisor'],
  record_medical_clearance: ['logistics_officer'],
  record_best_interests: ['supervisor'],
  record_family_assessment: ['partner_focal_point'],
  record_trafficking_risk: ['counsellor', 'partner_focal_point'],
  record_protection_referral: ['partner_focal_point'],
  book_travel: ['logistics_officer'],
  rebook_travel: ['logistics_officer'],
  cancel_booking: ['logistics_officer'],
  confirm_departure: ['logistics_officer'],
  record_no_show: ['logistics_officer'],
  confirm_arrival: ['partner_focal_point'],
  submit_plan: ['partner_focal_point'],
  approve_plan: ['supervisor'],
  reject_plan: ['supervisor'],
  record_follow_up: ['partner_focal_point'],
  record_milestone: ['partner_focal_point'],
  amend_household: ['counsellor'],
  review_protection_hold: ['supervisor'],
  refer_to_protection_service: ['supervisor'],
  record_referral_response: ['counsellor', 'supervisor'],
  record_referral_follow_up: ['counsellor', 'supervisor'],
  submit_final_report: ['partner_focal_point'],
  validate_final_report: ['supervisor'],
  return_final_report: ['supervisor'],
  record_pre_departure_information: ['counsellor'],
  close_case: ['supervisor'],
  reopen_case: ['supervisor'],
};
