import { normaliseOccupationText } from '../occupation-text';
import { type OpportunityCatalogue, TYPE_BIT } from './catalogue';
import { OPPORTUNITY_TYPES_FOR, type SkillsProfile } from './model';
import { experienceCredit } from './occupation';
import type { PreparedProfile } from './pair';
import type { Vocabulary } from './vocabulary';

function knownIds(raws: readonly string[], vocabulary: Vocabulary): Int32Array {
  return Int32Array.from(new Set(raws.map((r) => vocabulary.find(r)))).filter((id) => id > 0);
}

export function prepareProfile(p: SkillsProfile, cat: OpportunityCatalogue): PreparedProfile {
  let wants = 0;
  for (const t of OPPORTUNITY_TYPES_FOR[p.wants] ?? []) wants |= TYPE_BIT[t];
  const region = p.preferredRegion ? normaliseOccupationText(p.preferredRegion) : '';
  return {
    source: p,
    codes: p.occupations.map((o) => o.iscoCode),
    credits: p.occupations.map((o) => experienceCredit(o.years)),
    skills: knownIds(p.skills, cat.tags),
    languages: knownIds(p.languages, cat.langs),
    region: region === '' ? 0 : cat.tags.find(region),
    wants,
  };
}
