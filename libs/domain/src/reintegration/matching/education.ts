// The education component: the ISCED level meets the minimum 1, one level below 0.5, else 0.
import type { ReintegrationOpportunity } from './model';
import { explained, type MatchExplanation } from './explanation';
import type { Components, PreparedProfile } from './pair';

export function scoreEducation(p: PreparedProfile, o: ReintegrationOpportunity, out: Components): void {
  const min = o.minIscedLevel > 0 ? o.minIscedLevel : 0;
  const has = p.source.iscedLevel;
  out.education = has >= min ? 1 : has === min - 1 ? 0.5 : 0;
}

const ISCED_NAMES = [
  'early childhood education',
  'primary education',
  'lower secondary education',
  'upper secondary education',
  'post-secondary non-tertiary education',
  'short-cycle tertiary education',
  "a bachelor's degree or equivalent",
  "a master's degree or equivalent",
  'a doctorate or equivalent',
];
const iscedWords = (level: number) => `${ISCED_NAMES[level] ?? 'education'} (ISCED ${level})`;

export function explainEducation(p: PreparedProfile, o: ReintegrationOpportunity, c: Components): MatchExplanation {
  const has = iscedWords(p.source.iscedLevel);
  const params = { has: String(p.source.iscedLevel) };
  if (!(o.minIscedLevel > 0))
    return explained('education_none_required', params, `No minimum education required; has ${has}`);
  const needs = iscedWords(o.minIscedLevel);
  const both = { ...params, needs: String(o.minIscedLevel) };
  if (c.education === 1)
    return explained('education_meets', both, `Meets the minimum education: has ${has}, needs ${needs}`);
  if (c.education === 0.5)
    return explained('education_one_below', both, `One level below the minimum education: has ${has}, needs ${needs}`);
  return explained('education_below', both, `Below the minimum education: has ${has}, needs ${needs}`);
}
