// The first ranking: the opportunities best fitting one returnee.
import { OpportunityCatalogue } from './catalogue';
import type { MatchResult, RankOptions, ReintegrationOpportunity, SkillsProfile } from './model';
import { newComponents } from './pair';
import { prepareProfile } from './profile';
import { buildResult, computeComponents, SCORE_KEY_SCALE, weightedSum } from './scoring';
import { clock, limitOf, TopK } from './selection';
import { assertMatchingWeights, type MatchingWeights } from './weights';

/**
 * The open opportunities (free places, not expired at `now`) best fitting the profile, best first: score descending,
 * then opportunity id ascending. At most `options.limit` (default 50), each with its breakdown. Pass an
 * `OpportunityCatalogue` to reuse the preparation across returnees; a plain array is prepared for this call.
 */
export function rankOpportunities(
  profile: SkillsProfile,
  opportunities: readonly ReintegrationOpportunity[] | OpportunityCatalogue,
  weights: MatchingWeights,
  now: string,
  options?: RankOptions,
): MatchResult[] {
  assertMatchingWeights(weights);
  const nowMs = clock(now);
  const top = new TopK(limitOf(options));
  const cat = opportunities instanceof OpportunityCatalogue ? opportunities : new OpportunityCatalogue(opportunities);
  const p = prepareProfile(profile, cat);
  const c = newComponents();
  for (let k = 0; k < cat.opportunities.length; k++) {
    if (!cat.isOpen(k, nowMs)) continue;
    computeComponents(p, cat, k, c);
    top.offer(Math.round(weightedSum(c, weights) * SCORE_KEY_SCALE), cat.opportunities[k].id, k);
  }
  return top.sorted().map((k) => buildResult(p, cat, k, weights, options?.titleOf));
}
