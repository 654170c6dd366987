// The region component: the person's preferred region is the opportunity's 1, another 0; no preference 1 (any
// region suits).
import type { OpportunityCatalogue } from './catalogue';
import type { ReintegrationOpportunity } from './model';
import { explained, type MatchExplanation } from './explanation';
import type { Components, PreparedProfile } from './pair';

export function scoreRegion(p: PreparedProfile, cat: OpportunityCatalogue, k: number, out: Components): void {
  out.region = p.region === 0 || p.region === cat.regionIds[k] ? 1 : 0;
}

export function explainRegion(p: PreparedProfile, o: ReintegrationOpportunity, c: Components): MatchExplanation {
  const region = o.region;
  if (p.region === 0)
    return explained('region_no_preference', { region }, `No preferred region; the opportunity is in ${region}`);
  if (c.region === 1) return explained('region_preferred', { region }, `Wants to live in this region (${region})`);
  const preferred = p.source.preferredRegion ?? '';
  return explained('region_elsewhere', { preferred, region }, `Prefers ${preferred}; the opportunity is in ${region}`);
}
