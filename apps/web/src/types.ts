// The API's answers, as the app reads them (see /docs for the full shapes).
import type { CaseStage } from '@avrr/domain/case/case-stage';

export type { CaseStage };

export interface PersonView {
  id: string;
  relationship?: string;
  givenNames: string;
  familyName: string;
  dateOfBirth: string;
  sex: string;
  nationality: string;
  languages: string[];
  vulnerabilities: string[];
  documents: Array<{ type: string; number?: string; issuingCountry: string; expiresOn?: string }>;
}

export interface CaseSummary {
  id: string;
  reference: string;
  stage: CaseStage;
  outcome: string | null;
  hostOffice: string;
  countryOfReturn: string;
  regionOfReturn: string;
  principalName: string;
  householdSize: number;
  vulnerabilities: string[];
  onProtectionHold: boolean;
  waitingFor: string | null;
  dueAt: string | null;
  createdAt: string;
}

export interface PartnerOrganisation {
  id: string;
  name: string;
  countries: string[];
}

export interface CaseView extends CaseSummary {
  counsellor: { name: string; email: string };
  partnerOrganisation: { id: string; name: string } | null;
  principal: PersonView;
  household: PersonView[];
  progress: Record<string, unknown> | null;
}

export interface TimelineEvent {
  type: string;
  actor: string;
  actorRole: string;
  occurredAt: string;
  eventKey: string;
  details: Record<string, unknown>;
}

export type Urgency = 'overdue' | 'due_soon' | 'open';

export interface WorkItem {
  caseId: string;
  reference: string;
  principalName: string;
  stage: CaseStage;
  waitingFor: string | null;
  dueAt: string | null;
  urgency: Urgency;
  onProtectionHold: boolean;
  hostOffice: string;
  countryOfReturn: string;
  householdSize: number;
  itinerary: { reference: string; departsAt: string; arrivesAt: string } | null;
}

export interface WorkQueue {
  role: string;
  generatedAt: string;
  soonDays: number;
  counts: { total: number; overdue: number; dueSoon: number };
  items: WorkItem[];
}

export interface CaseList {
  items: CaseSummary[];
  nextCursor: string | null;
}

/** A paper in the case file (GET /cases/:id/documents). */
export interface DocumentView {
  id: string;
  caseId: string;
  personId: string | null;
  kind: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  sensitive: boolean;
  uploadedBy: { id: string; name: string; role: string };
  uploadedAt: string;
  withdrawn: { at: string; by: string } | null;
}
