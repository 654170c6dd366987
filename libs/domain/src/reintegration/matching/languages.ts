// The languages component: the share of the required languages (ISO 639 codes, case-insensitive) spoken; none
// required scores 1.
import type { OpportunityCatalogue } from './catalogue';
import { explained, type MatchExplanation } from './explanation';
import type { Components, PreparedProfile } from './pair';
import { includesId, split } from './vocabulary';

/** Share of the distinct required languages spoken. */
export function scoreLanguages(p: PreparedProfile, cat: OpportunityCatalogue, k: number, out: Components): void {
  const from = cat.langStart[k];
  const to = cat.langStart[k + 1];
  let matched = 0;
  for (let j = from; j < to; j++) if (includesId(p.languages, cat.langIds[j])) matched++;
  out.languagesRequired = to - from;
  out.languagesMatched = matched;
  out.languages = to === from ? 1 : matched / (to - from);
}

export function explainLanguages(
  p: PreparedProfile,
  cat: OpportunityCatalogue,
  k: number,
  c: Components,
): MatchExplanation {
  if (c.languagesRequired === 0) return explained('languages_none_required', {}, 'No particular language required');
  const { has: speaks, lacks } = split(cat.langStart, cat.langIds, k, p.languages, cat.langs.texts);
  const required = String(speaks.length + lacks.length);
  if (lacks.length === 0)
    return explained('languages_all', { speaks }, `Speaks all required languages: ${speaks.join(', ')}`);
  if (speaks.length === 0)
    return explained('languages_none', { lacks }, `Speaks none of the required languages (${lacks.join(', ')})`);
  return explained(
    'languages_some',
    { matched: String(speaks.length), required, speaks, lacks },
    `Speaks ${speaks.length} of the ${required} required languages: ${speaks.join(', ')}; not ${lacks.join(', ')}`,
  );
}
