// The computation shared by the single score, both rankings and the breakdown, so they always agree.
import { OpportunityCatalogue } from './catalogue';
import { explainEducation, scoreEducation } from './education';
import type { MatchExplanation } from './explanation';
import { explainLanguages, scoreLanguages } from './languages';
import type { IscoTitleLookup, MatchResult, ReintegrationOpportunity, SkillsProfile } from './model';
import { explainOccupation, scoreOccupation } from './occupation';
import { explainType, scoreType } from './opportunity-type';
import { type Components, newComponents, type PreparedProfile } from './pair';
import { prepareProfile } from './profile';
import { explainRegion, scoreRegion } from './region';
import { explainSkills, scoreSkills } from './skills';
import {
  assertMatchingWeights,
  DEFAULT_MATCHING_WEIGHTS,
  MATCH_COMPONENTS,
  type MatchComponent,
  type MatchingWeights,
} from './weights';

/** Scores are compared at this resolution, so that sums equal on paper tie and fall back to the id. */
export const SCORE_KEY_SCALE = 1e9;

/** Fills `out` for the profile and opportunity k of the catalogue. */
export function computeComponents(p: PreparedProfile, cat: OpportunityCatalogue, k: number, out: Components): void {
  const o = cat.opportunities[k];
  scoreOccupation(p, o, out);
  scoreSkills(p, cat, k, out);
  scoreEducation(p, o, out);
  scoreLanguages(p, cat, k, out);
  scoreRegion(p, cat, k, out);
  scoreType(p, cat, k, out);
}

/** The weighted sum, always in component order, so a score is the same number wherever it is computed. */
export function weightedSum(c: Components, w: MatchingWeights): number {
  const s =
    w.occupation * c.occupation +
    w.skills * c.skills +
    w.education * c.education +
    w.languages * c.languages +
    w.region * c.region +
    w.type * c.type;
  return s < 0 ? 0 : s > 1 ? 1 : s;
}

export function buildResult(
  p: PreparedProfile,
  cat: OpportunityCatalogue,
  k: number,
  weights: MatchingWeights,
  titleOf?: IscoTitleLookup,
): MatchResult {
  const o = cat.opportunities[k];
  const c = newComponents();
  computeComponents(p, cat, k, c);
  const explanations: Record<MatchComponent, MatchExplanation> = {
    occupation: explainOccupation(p, o, c, titleOf),
    skills: explainSkills(p, cat, k, c),
    education: explainEducation(p, o, c),
    languages: explainLanguages(p, cat, k, c),
    region: explainRegion(p, o, c),
    type: explainType(p, o, c),
  };
  return {
    profileId: p.source.id,
    opportunityId: o.id,
    score: weightedSum(c, weights),
    breakdown: MATCH_COMPONENTS.map((component) => ({
      component,
      value: c[component],
      weight: weights[component],
      contribution: weights[component] * c[component],
      explanation: explanations[component].text,
      reason: { code: explanations[component].code, params: explanations[component].params },
    })),
  };
}

/** The score of one pair with its breakdown, whatever the opportunity's places and expiry. */
export function scoreMatch(
  profile: SkillsProfile,
  opportunity: ReintegrationOpportunity,
  weights: MatchingWeights = DEFAULT_MATCHING_WEIGHTS,
  titleOf?: IscoTitleLookup,
): MatchResult {
  assertMatchingWeights(weights);
  const cat = new OpportunityCatalogue([opportunity]);
  return buildResult(prepareProfile(profile, cat), cat, 0, weights, titleOf);
}
