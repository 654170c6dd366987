import { DomainError, type SkillsProfile } from '@avrr/domain';
import type { SkillsProfileEntity } from './skills-profile.entity';

/** The fields matching needs that the profile does not have yet, in a fixed order; empty when complete. */
export function skillsProfileGaps(row: SkillsProfileEntity): Array<'iscedLevel' | 'drivingLicence' | 'wants'> {
  return [
    ...(row.iscedLevel === null ? (['iscedLevel'] as const) : []),
    ...(row.drivingLicence === null ? (['drivingLicence'] as const) : []),
    ...(row.wants === null ? (['wants'] as const) : []),
  ];
}

/**
 * The domain profile that matching scores, its `id` being the person's id. Throws `skills_profile_incomplete`
 * (naming the missing fields) while education, driving licence or what the person wants are still unknown.
 */
export function toDomainSkillsProfile(row: SkillsProfileEntity): SkillsProfile {
  const gaps = skillsProfileGaps(row);
  if (gaps.length > 0) {
    throw new DomainError(
      'skills_profile_incomplete',
      `The skills profile cannot be matched yet: ${gaps.join(', ')} still to be recorded.`,
      { personId: row.personId, missing: gaps },
    );
  }
  return {
    id: row.personId,
    occupations: row.occupations.map((o) => ({ iscoCode: o.iscoCode, years: o.years })),
    skills: [...row.skills],
    iscedLevel: row.iscedLevel!,
    languages: [...row.languages],
    drivingLicence: row.drivingLicence!,
    monthsAbroad: row.monthsAbroad ?? undefined,
    preferredRegion: row.preferredRegion,
    wants: row.wants!,
  };
}
