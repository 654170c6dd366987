// The skills component: the share of the opportunity's required skills the person has (coverage, not Jaccard: extra
// skills are no penalty); nothing required scores 1.
import type { OpportunityCatalogue } from './catalogue';
import { explained, type MatchExplanation } from './explanation';
import type { Components, PreparedProfile } from './pair';
import { includesId, split } from './vocabulary';

/** Coverage of the distinct required tags. */
export function scoreSkills(p: PreparedProfile, cat: OpportunityCatalogue, k: number, out: Components): void {
  const from = cat.skillStart[k];
  const to = cat.skillStart[k + 1];
  let matched = 0;
  for (let j = from; j < to; j++) if (includesId(p.skills, cat.skillIds[j])) matched++;
  out.skillsRequired = to - from;
  out.skillsMatched = matched;
  out.skills = to === from ? 1 : matched / (to - from);
}

export function explainSkills(
  p: PreparedProfile,
  cat: OpportunityCatalogue,
  k: number,
  c: Components,
): MatchExplanation {
  if (c.skillsRequired === 0) return explained('skills_none_required', {}, 'No particular skills required');
  const { has, lacks } = split(cat.skillStart, cat.skillIds, k, p.skills, cat.tags.texts);
  const required = String(has.length + lacks.length);
  if (lacks.length === 0)
    return explained('skills_all', { required, has }, `Has all ${required} required skills: ${has.join(', ')}`);
  if (has.length === 0)
    return explained(
      'skills_none',
      { required, lacks },
      `Has none of the ${required} required skills (${lacks.join(', ')})`,
    );
  return explained(
    'skills_some',
    { matched: String(has.length), required, has, lacks },
    `Has ${has.length} of the ${required} required skills: ${has.join(', ')}; missing: ${lacks.join(', ')}`,
  );
}
