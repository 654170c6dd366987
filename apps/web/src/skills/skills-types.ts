// What the skills pages read from and send to the API.
import type { LinkStatus, LinkStep } from '@avrr/domain/reintegration/opportunity-link';

export interface SkillsProfile {
  occupations: Array<{ iscoCode: string; years: number }>;
  skills: string[];
  iscedLevel: number | null;
  languages: string[];
  drivingLicence: boolean | null;
  monthsAbroad: number | null;
  preferredRegion: string | null;
  wants: string | null;
  complete: boolean;
  missing: string[];
  updatedByRole: string;
  updatedAt: string;
  version: number;
}

/** A match explanation as a code with parameters (lists are skills or language codes). */
export interface MatchExplanationReason {
  code: string;
  params: Record<string, string | string[]>;
}

export interface Match {
  id: string;
  label: string;
  score: number;
  breakdown: Array<{
    component: string;
    value: number;
    weight: number;
    contribution: number;
    explanation: string;
    reason?: MatchExplanationReason;
  }>;
}

export interface LinkView {
  id: string;
  personId: string;
  opportunityId: string;
  status: LinkStatus;
  history: LinkStep[];
  version: number;
}

export interface Suggestion {
  code: string;
  title: string;
  matchedTitle: string;
}

export interface ProfileForm {
  occupations: Array<{ iscoCode: string; title: string; years: string }>;
  skills: string;
  languages: string;
  iscedLevel: string;
  drivingLicence: string;
  monthsAbroad: string;
  preferredRegion: string;
  wants: string;
}
