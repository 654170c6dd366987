// The reverse ranking: the returnees best fitting one opportunity.
import { OpportunityCatalogue } from './catalogue';
import type { MatchResult, RankOptions, ReintegrationOpportunity, SkillsProfile } from './model';
import { newComponents } from './pair';
import { prepareProfile } from './profile';
import { buildResult, computeComponents, SCORE_KEY_SCALE, weightedSum } from './scoring';
import { clock, limitOf, TopK } from './selection';
import { assertMatchingWeights, type MatchingWeights } from './weights';

/**
 * The reverse view: the returnees whose profiles best fit one opportunity, best first (score descending, then profile
 * id ascending), at most `options.limit`. An opportunity that is expired or full at `now` has no candidates.
 */
export function rankReturnees(
  opportunity: ReintegrationOpportunity,
  profiles: readonly SkillsProfile[],
  weights: MatchingWeights,
  now: string,
  options?: RankOptions,
): MatchResult[] {
  assertMatchingWeights(weights);
  const limit = limitOf(options);
  const cat = new OpportunityCatalogue([opportunity]);
  if (!cat.isOpen(0, clock(now))) return [];
  const top = new TopK(limit);
  const c = newComponents();
  for (let i = 0; i < profiles.length; i++) {
    computeComponents(prepareProfile(profiles[i], cat), cat, 0, c);
    top.offer(Math.round(weightedSum(c, weights) * SCORE_KEY_SCALE), profiles[i].id, i);
  }
  return top.sorted().map((i) => buildResult(prepareProfile(profiles[i], cat), cat, 0, weights, options?.titleOf));
}
