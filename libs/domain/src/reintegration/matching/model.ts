// The things matched: a returnee's skills profile, an opportunity, and the result with its breakdown.
import type { MatchExplanationReason } from './explanation';
import type { MatchComponent } from './weights';

export type OpportunityType = 'job' | 'apprenticeship' | 'vocational_training' | 'business_support';
export type ReturneeWants = 'job' | 'training' | 'business';

/** The opportunity types that fit what a person wants. */
export const OPPORTUNITY_TYPES_FOR: Readonly<Record<ReturneeWants, readonly OpportunityType[]>> = {
  job: ['job', 'apprenticeship'],
  training: ['vocational_training', 'apprenticeship'],
  business: ['business_support'],
};

export interface HeldOccupation {
  /** ISCO-08 code, normally a unit group ("7231"). */
  iscoCode: string;
  years: number;
}

export interface SkillsProfile {
  /** The returnee (or case) the profile belongs to. */
  id: string;
  occupations: readonly HeldOccupation[];
  skills: readonly string[];
  /** ISCED 2011 level, 0 to 8. */
  iscedLevel: number;
  /** ISO 639 codes. */
  languages: readonly string[];
  /** Kept in the profile for partners; not a component of the score. */
  drivingLicence: boolean;
  monthsAbroad?: number;
  preferredRegion?: string | null;
  wants: ReturneeWants;
}

export interface ReintegrationOpportunity {
  id: string;
  title: string;
  /** ISCO-08 code, normally a unit group; a broader group is compared at its own level. */
  iscoCode: string;
  requiredSkills: readonly string[];
  /** Minimum ISCED 2011 level, 0 (none) to 8. */
  minIscedLevel: number;
  /** Required languages, ISO 639 codes. */
  languages: readonly string[];
  region: string;
  type: OpportunityType;
  placesAvailable: number;
  /**
   * When it stops taking people: an ISO instant ("2026-06-30T17:00:00Z"), expired from that instant on; or a calendar
   * day ("2026-06-30"), open through that whole day (UTC).
   */
  expiresAt: string;
  startsOn?: string;
}

/** Titles of ISCO-08 groups by code, to explain matches in words ("7231" -> "Motor vehicle mechanics and repairers"). */
export type IscoTitleLookup = (code: string) => string | undefined;

export interface MatchComponentBreakdown {
  component: MatchComponent;
  value: number;
  weight: number;
  /** weight x value; the contributions add up to the score. */
  contribution: number;
  /** A sentence a partner understands, in English. */
  explanation: string;
  /** The same as a code with parameters, for a reader of another language. */
  reason: MatchExplanationReason;
}

export interface MatchResult {
  profileId: string;
  opportunityId: string;
  /** Full precision, in [0, 1]; round for display with `roundScoreForDisplay`. */
  score: number;
  breakdown: MatchComponentBreakdown[];
}

export interface RankOptions {
  /** How many of the best results to return, explained (default 50). */
  limit?: number;
  titleOf?: IscoTitleLookup;
}

export const DEFAULT_RANK_LIMIT = 50;
