// The occupation component: ISCO-08 proximity between an occupation held and the opportunity's code, times an
// experience credit; the best held occupation counts.
import { ISCO_CODE_PATTERN, type IscoLevelName } from '../isco-code';
import type { IscoTitleLookup, ReintegrationOpportunity } from './model';
import { explained, iscoParams, type MatchExplanation } from './explanation';
import type { Components, PreparedProfile } from './pair';

/** Proximity of two ISCO-08 codes by the deepest group they share. */
export const ISCO_PROXIMITY: Readonly<Record<IscoLevelName | 'none', number>> = {
  unit: 1,
  minor: 0.75,
  sub_major: 0.5,
  major: 0.25,
  none: 0,
};

/** Experience credit: `EXPERIENCE_FLOOR` with no recorded years, rising linearly to 1 at `YEARS_FOR_FULL_CREDIT`. */
export const EXPERIENCE_FLOOR = 0.5;
export const YEARS_FOR_FULL_CREDIT = 5;

const LEVEL_BY_DEPTH: readonly (IscoLevelName | 'none')[] = ['none', 'major', 'sub_major', 'minor', 'unit'];
const PROXIMITY_BY_DEPTH: readonly number[] = LEVEL_BY_DEPTH.map((level) => ISCO_PROXIMITY[level]);

/** How many leading digits two ISCO codes share (0 to 4), without allocating. */
function sharedIscoDepth(a: string, b: string): number {
  const n = Math.min(a.length, b.length, 4);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** The deepest ISCO-08 group two codes share, its code and its proximity value. Throws RangeError on a bad code. */
export function iscoProximity(
  a: string,
  b: string,
): { level: IscoLevelName | 'none'; sharedCode: string; value: number } {
  for (const code of [a, b]) if (!ISCO_CODE_PATTERN.test(code)) throw new RangeError(`bad ISCO-08 code "${code}"`);
  const depth = sharedIscoDepth(a, b);
  const level = LEVEL_BY_DEPTH[depth];
  return { level, sharedCode: a.slice(0, depth), value: ISCO_PROXIMITY[level] };
}

/** The experience credit for years in an occupation: 0.5 at 0 years, +0.1 a year, 1 from 5 years. */
export function experienceCredit(years: number): number {
  const y = Number.isFinite(years) && years > 0 ? Math.min(years, YEARS_FOR_FULL_CREDIT) : 0;
  return EXPERIENCE_FLOOR + ((1 - EXPERIENCE_FLOOR) * y) / YEARS_FOR_FULL_CREDIT;
}

/** Best proximity x experience credit; ties go to the closer group, then to the first listed. */
export function scoreOccupation(p: PreparedProfile, o: ReintegrationOpportunity, out: Components): void {
  let best = 0;
  let bestIndex = -1;
  let bestDepth = 0;
  for (let i = 0; i < p.codes.length; i++) {
    const depth = sharedIscoDepth(p.codes[i], o.iscoCode);
    if (depth === 0) continue;
    const v = PROXIMITY_BY_DEPTH[depth] * p.credits[i];
    if (v > best || (v === best && depth > bestDepth)) {
      best = v;
      bestIndex = i;
      bestDepth = depth;
    }
  }
  out.occupation = best;
  out.occupationIndex = bestIndex;
  out.occupationDepth = bestDepth;
}

const LEVEL_WORDS: Record<IscoLevelName, string> = {
  unit: 'unit group',
  minor: 'minor group',
  sub_major: 'sub-major group',
  major: 'major group',
};

function yearsWords(years: number): string {
  if (!Number.isFinite(years) || years <= 0) return 'no recorded years of experience';
  const y = Math.round(years * 10) / 10;
  return `${y} year${y === 1 ? '' : 's'} of experience`;
}

function groupWords(code: string, titleOf: IscoTitleLookup | undefined): string {
  const title = titleOf?.(code);
  return title
    ? `${title} (${code})`
    : `${LEVEL_WORDS[LEVEL_BY_DEPTH[Math.min(code.length, 4)] as IscoLevelName]} ${code}`;
}

const RELATED_CODES = {
  minor: 'occupation_closely_related',
  sub_major: 'occupation_related',
  major: 'occupation_same_field',
} as const;

export function explainOccupation(
  p: PreparedProfile,
  o: ReintegrationOpportunity,
  c: Components,
  titleOf?: IscoTitleLookup,
): MatchExplanation {
  if (p.codes.length === 0)
    return explained('occupation_none_recorded', {}, 'No occupation recorded in the skills profile');
  if (c.occupationIndex < 0)
    return explained(
      'occupation_unrelated',
      iscoParams('group', o.iscoCode, titleOf?.(o.iscoCode)),
      `No experience in a related occupation (none shares a group with ${groupWords(o.iscoCode, titleOf)})`,
    );
  const held = p.source.occupations[c.occupationIndex];
  const credit = p.credits[c.occupationIndex];
  const experienceParams = {
    years: String(Number.isFinite(held.years) && held.years > 0 ? Math.round(held.years * 10) / 10 : 0),
    credit: String(Math.round(credit * 100)),
  };
  const experience = `${yearsWords(held.years)}${credit < 1 ? `, counted at ${Math.round(credit * 100)}%` : ''}`;
  const level = LEVEL_BY_DEPTH[c.occupationDepth] as IscoLevelName;
  const shared = o.iscoCode.slice(0, c.occupationDepth);
  if (level === 'unit' || held.iscoCode === o.iscoCode) {
    const name = titleOf?.(o.iscoCode);
    return explained(
      'occupation_same_group',
      { ...iscoParams('group', name ? o.iscoCode : shared, name), ...experienceParams },
      name
        ? `Same occupation group: ${name} (${o.iscoCode}); ${experience}`
        : `Same ${LEVEL_WORDS[level]} ${shared}; ${experience}`,
    );
  }
  const relation = { minor: 'Closely related occupation', sub_major: 'Related occupation', major: 'Same broad field' }[
    level
  ];
  const sharedName = titleOf?.(shared);
  const sharedWords = sharedName
    ? `${LEVEL_WORDS[level]}: ${sharedName}, ${shared}`
    : `${LEVEL_WORDS[level]} ${shared}`;
  return explained(
    RELATED_CODES[level],
    {
      ...iscoParams('shared', shared, sharedName),
      ...iscoParams('held', held.iscoCode, titleOf?.(held.iscoCode)),
      ...experienceParams,
    },
    `${relation} (same ${sharedWords}): worked as ${groupWords(held.iscoCode, titleOf)}; ${experience}`,
  );
}
