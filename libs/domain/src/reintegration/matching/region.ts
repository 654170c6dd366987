// The region component: the person's preferred region is the opportunity's 1, another 0; no preference 1 (any
// region suits).
import type { OpportunityCatalogue } from './catalogue';
import type { ReintegrationOpportunity } from './model';
import type { Components, PreparedProfile } from './pair';

export function scoreRegion(p: PreparedProfile, cat: OpportunityCatalogue, k: number, out: Components): void {
  out.region = p.region === 0 || p.region === cat.regionIds[k] ? 1 : 0;
}

export function explainRegion(p: PreparedProfile, o: ReintegrationOpportunity, c: Components): string {
  if (p.region === 0) return `No preferred region; the opportunity is in ${o.region}`;
  return c.region === 1
    ? `Wants to live in this region (${o.region})`
    : `Prefers ${p.source.preferredRegion}; the opportunity is in ${o.region}`;
}
