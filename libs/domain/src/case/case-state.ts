import type { DocumentType, Vulnerability } from '../household/household';
import type { CaseOutcome } from './case-stage';
import { type Actor, SYSTEM_ACTOR } from './roles';
import type { NotTravelling } from './household-amendment';
import type { PreDepartureInformationRecord } from './pre-departure-information';

export const PROTECTION_SERVICES = ['asylum_procedure', 'legal_aid', 'shelter'] as const;
export type ProtectionService = (typeof PROTECTION_SERVICES)[number];

export interface ProtectionServiceReferral {
  /** `referral-1`, `referral-2`… in the order they were made. */
  id: string;
  personId: string;
  service: ProtectionService;
  /** The named service the person is referred to ("Cimade, Lyon"). */
  provider: string;
  /** The day the person consented to the referral (and to their data going to the provider). */
  consentGivenOn: string;
  sentAt: string;
  sentBy: Actor;
  status: 'sent' | 'accepted' | 'declined';
  response: { respondedOn: string; note: string | null; recordedAt: string; by: Actor } | null;
  followUps: Array<{ heldOn: string; note: string; recordedAt: string; by: Actor }>;
}

/** A person as the case workflow knows them. */
export interface CasePerson {
  id: string;
  name: string;
  dateOfBirth: string;
  isPrincipal: boolean;
  relationship: string | null;
  vulnerabilities: Vulnerability[];
}

export interface TravelDocument {
  type: DocumentType;
  number: string | null;
  expiresOn: string | null;
}

/** Per person: the document they travel on, or where the request to the consulate stands. */
export interface TravelDocumentStatus {
  held: TravelDocument | null;
  request: {
    consulate: string;
    requestedAt: string;
    /** Counts requests for this person, so each has its own deadline and alerts. */
    attempt: number;
    /** `withdrawn`: the request was closed unanswered, because a protection hold stops all contact with the consulate. */
    status: 'pending' | 'issued' | 'refused' | 'withdrawn';
    refusalReason?: string;
    withdrawnReason?: string;
  } | null;
}

export interface ConsentRecord {
  formVersion: string;
  language: string;
  interpreter: string | null;
  signedOn: string;
  witness: string;
  signedBy: 'self' | 'guardian' | 'child';
  guardianName: string | null;
}

export interface MedicalClearance {
  fitToTravel: boolean;
  certificateValidUntil: string;
  escortRequired: boolean;
  recordedAt: string;
}

export interface ItinerarySegment {
  from: string;
  to: string;
  /** Country of the arrival airport, resolved by the service from the airport code. */
  toCountry: string;
  carrier: string;
  flightNumber: string;
  departsAt: string;
  arrivesAt: string;
}

export interface Escort {
  kind: 'medical' | 'child' | 'security' | 'general';
  name: string;
  forPersonIds: string[];
}

export interface Booking {
  reference: string;
  segments: ItinerarySegment[];
  passengerIds: string[];
  excluded: Array<{ personId: string; reason: string }>;
  escorts: Escort[];
  transitAssistance: boolean;
  bookedAt: string;
  status: 'booked' | 'cancelled';
  cancellationReason?: string;
}

export interface PlanComponent {
  dimension: 'economic' | 'social' | 'psychosocial';
  description: string;
  budgetLines: Array<{ description: string; amountMinor: number; currency: string }>;
}

export interface ReintegrationPlan {
  components: PlanComponent[];
  submittedAt: string;
  status: 'submitted' | 'approved' | 'rejected';
  decisionReason?: string;
}

/** An invoice behind a delivered line: the file in the case file, its supplier when known, its exact amount. */
export interface FinalReportInvoice {
  documentId: string;
  /** The service provider on the country's list; null when the supplier is not on it. */
  providerId: string | null;
  amountMinor: number;
}

/** What was delivered against one budget line of the approved plan (by its position in the plan). */
export interface DeliveredLine {
  component: number;
  budgetLine: number;
  deliveredMinor: number;
  currency: string;
  /** Files of kind `proof_of_payment` in the case file. */
  proofDocumentIds: string[];
  invoices: FinalReportInvoice[];
  note: string | null;
}

/** The last scored sustainability survey when the report was filed, copied from its record (one per visit). */
export interface SustainabilitySnapshot {
  visitNumber: number;
  weightSetVersion: string;
  recordedAt: string;
  scores: { economic: number; social: number; psychosocial: number; composite: number };
}

export interface FinalReport {
  lines: DeliveredLine[];
  narrative: string;
  /** Null when no survey was recorded by the time the report was filed. */
  sustainability: SustainabilitySnapshot | null;
  submittedAt: string;
  submittedBy: Actor;
  status: 'submitted' | 'validated' | 'returned';
  /** The supervisor's last decision: a return's reason, a validation's note. */
  decision: { reason: string | null; at: string; by: Actor } | null;
  history: Array<{ action: 'submitted' | 'validated' | 'returned'; reason: string | null; at: string; by: Actor }>;
}

export interface MilestoneRecord {
  kind: string;
  personId: string | null;
  achievedOn: string;
  note: string | null;
  recordedAt: string;
}

export interface FollowUpRecord {
  visitNumber: number;
  visitedOn: string;
  notes: string;
  recordedAt: string;
}

export interface CaseState {
  caseId: string;
  reference: string;
  hostOffice: string;
  countryOfReturn: string;
  openedAt: string;
  people: CasePerson[];
  /**
   * Members who stay behind, by person id, with the reason: out of the consent, document and pre-departure gates and
   * of every booking. Absent on cases from before household amendments.
   */
  notTravelling?: Record<string, NotTravelling>;
  /** Bumped by every accepted change; the read model keeps only the newest version. */
  version: number;
  /**
   * Set when the projection failed for good (a value the database refuses): the read model is behind the workflow
   * until a later projection succeeds, and a supervisor must look. Absent on cases from before it existed.
   * `sideEffect`: a step after an accepted action (an email) failed for good instead; the read model is level, so
   * only a supervisor's next action on the case clears it.
   */
  needsAttention?: { reason: string; since: string; eventKey: string; sideEffect?: true } | null;
  closed: { outcome: CaseOutcome; reason: string; at: string; by: Actor } | null;
  reopenings: Array<{ reason: string; at: string; by: Actor }>;

  counselling: {
    sessions: Array<{
      heldOn: string;
      language: string;
      interpreter: string | null;
      optionsDiscussed: string[];
      countryInformationProvided: boolean;
      informedChoiceConfirmed: boolean;
    }>;
    complete: boolean;
  };
  screening: {
    recordedAt: string;
    eligible: boolean;
    ineligibilityReason: string | null;
  } | null;
  protectionHold: {
    active: boolean;
    reasons: string[];
    since: string | null;
    history: Array<{ action: 'placed' | 'lifted' | 'reviewed'; reason: string; at: string; by: Actor }>;
    /**
     * The day a supervisor set for the next review at their last review; until the first one, the review is due
     * `protectionHoldReviewAfterMs` after the hold was placed. Optional: holds placed before reviews existed have none.
     */
    nextReviewOn?: string | null;
    /** When that day begins in the reviewer's time zone; absent for reviews recorded before it (midnight UTC). */
    nextReviewAt?: string | null;
  };
  /**
   * Referrals to a protection service in the host country (asylum procedure, legal aid, shelter) when screening found
   * asylum needs, a fear of return or another protection concern; each with the person's consent to it and its
   * answer. Optional in the type: states carried over from before these referrals existed have none.
   */
  protectionServiceReferrals?: ProtectionServiceReferral[];
  /**
   * Which information sheets for the country of return were given, in which language and version, and who acknowledged
   * them. Optional in the type: states carried over from before pre-departure information existed have none.
   */
  preDepartureInformation?: PreDepartureInformationRecord[];
  consents: Record<string, ConsentRecord[]>;
  dataSharingConsent: Record<string, boolean>;
  withdrawal: {
    reason: string;
    requestedAt: string;
    by: Actor;
    completedSteps: string[];
  } | null;
  travelDocuments: Record<string, TravelDocumentStatus>;
  stranded: { since: string; personIds: string[] } | null;
  medical: Record<string, MedicalClearance>;
  bestInterests: Record<string, { decision: 'approved' | 'rejected'; decidedOn: string }>;
  familyAssessment: Record<
    string,
    { outcome: 'positive' | 'negative'; receivingGuardian: string | null; assessedOn: string }
  >;
  traffickingRisk: Record<string, { host?: 'acceptable' | 'unacceptable'; return?: 'acceptable' | 'unacceptable' }>;
  protectionReferral: Record<string, { service: string; referredOn: string }>;
  preArrivalNoticeSentAt: string | null;
  booking: Booking | null;
  cancelledBookings: Booking[];
  departure: { departedAt: string } | null;
  noShows: Array<{ recordedAt: string; reason: string }>;
  arrival: {
    arrivedAt: string;
    metAtAirport: boolean;
    onwardTransport: boolean;
    immediateNeeds: string | null;
    receivingGuardian: string | null;
  } | null;
  plan: ReintegrationPlan | null;
  followUps: FollowUpRecord[];
  /** Optional in the type: states carried over from before milestones existed have none. */
  milestones?: MilestoneRecord[];
  /** The final report of reintegration. Optional in the type: states from before final reports have none. */
  finalReport?: FinalReport | null;
  /** Keys of reminders and escalations already sent, so none is sent twice. */
  firedAlerts: string[];
}

export interface CaseOpening {
  caseId: string;
  reference: string;
  hostOffice: string;
  countryOfReturn: string;
  regionOfReturn: string;
  openedAt: string;
  people: Array<CasePerson & { documents: TravelDocument[] }>;
}

export function initialCaseState(opening: CaseOpening): CaseState {
  const protectionReasons = opening.people.flatMap((p) =>
    p.vulnerabilities.includes('asylum_claim_pending') || p.vulnerabilities.includes('fear_of_return')
      ? [
          `${p.name}: ${p.vulnerabilities.includes('asylum_claim_pending') ? 'asylum claim pending' : 'fear of return'} at intake`,
        ]
      : [],
  );
  const travelDocuments: Record<string, TravelDocumentStatus> = {};
  for (const p of opening.people) {
    const usable = p.documents
      .filter((d) => ['passport', 'emergency_travel_document', 'laissez_passer'].includes(d.type))
      .sort((a, b) => (b.expiresOn ?? '').localeCompare(a.expiresOn ?? ''));
    travelDocuments[p.id] = { held: usable[0] ?? null, request: null };
  }
  return {
    caseId: opening.caseId,
    reference: opening.reference,
    hostOffice: opening.hostOffice,
    countryOfReturn: opening.countryOfReturn,
    openedAt: opening.openedAt,
    people: opening.people.map(({ documents: _documents, ...person }) => person),
    version: 1,
    closed: null,
    reopenings: [],
    counselling: { sessions: [], complete: false },
    screening: null,
    protectionHold: {
      active: protectionReasons.length > 0,
      reasons: protectionReasons,
      since: protectionReasons.length > 0 ? opening.openedAt : null,
      history: protectionReasons.map((reason) => ({
        action: 'placed' as const,
        reason,
        at: opening.openedAt,
        by: SYSTEM_ACTOR,
      })),
    },
    consents: {},
    dataSharingConsent: {},
    withdrawal: null,
    travelDocuments,
    stranded: null,
    medical: {},
    bestInterests: {},
    familyAssessment: {},
    traffickingRisk: {},
    protectionReferral: {},
    protectionServiceReferrals: [],
    preDepartureInformation: [],
    preArrivalNoticeSentAt: null,
    booking: null,
    cancelledBookings: [],
    departure: null,
    noShows: [],
    arrival: null,
    plan: null,
    followUps: [],
    milestones: [],
    firedAlerts: [],
  };
}
