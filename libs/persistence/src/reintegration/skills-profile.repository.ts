import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { HeldOccupation, ReturneeWants, SkillsProfile } from '@avrr/domain';
import { CasePersonEntity } from '../cases/case-person.entity';
import type { CaseScope } from '../cases/case-scope';
import { ReturnCaseEntity } from '../cases/return-case.entity';
import { applyCaseScope, caseScopeSql } from './case-scope-sql';
import { SkillsProfileEntity } from './skills-profile.entity';
import { skillsProfileGaps, toDomainSkillsProfile } from './skills-profile.mapper';
import type { Alongside } from '../alongside';

/** What a writer gives: the whole profile (a PUT replaces it). */
export interface SkillsProfileWrite {
  caseId: string;
  personId: string;
  occupations: HeldOccupation[];
  skills: string[];
  iscedLevel: number | null;
  languages: string[];
  drivingLicence: boolean | null;
  monthsAbroad: number | null;
  preferredRegion: string | null;
  wants: ReturneeWants | null;
  updatedBy: string;
  updatedByRole: string;
}

/** Skills profiles; every read and write takes a `CaseScope`, like `CaseRepository`. */
@Injectable()
export class SkillsProfileRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findForPerson(caseId: string, personId: string, scope: CaseScope): Promise<SkillsProfileEntity | null> {
    const qb = this.dataSource
      .getRepository(SkillsProfileEntity)
      .createQueryBuilder('sp')
      .innerJoin(ReturnCaseEntity, 'c', 'c.id = sp.caseId')
      .where('sp.caseId = :caseId AND sp.personId = :personId', { caseId, personId });
    return applyCaseScope(qb, 'c', scope).getOne();
  }

  /** Complete profiles of returnees in open cases bound for `country`, with their names, for the reverse match. */
  /**
   * Complete profiles of open cases bound for `country`, with each person's name, the case reference, their
   * position in the household and whether they consented to share their data with the partner.
   */
  async completeProfilesBoundFor(
    country: string,
    scope: CaseScope,
  ): Promise<
    Array<{ profile: SkillsProfile; name: string; reference: string; position: number; sharesWithPartner: boolean }>
  > {
    const qb = this.dataSource
      .getRepository(SkillsProfileEntity)
      .createQueryBuilder('sp')
      .innerJoin(ReturnCaseEntity, 'c', 'c.id = sp.caseId')
      .innerJoin(CasePersonEntity, 'p', 'p.id = sp.personId')
      .addSelect(['p.givenNames', 'p.familyName', 'p.position', 'c.reference'])
      .addSelect(`(c.state->'dataSharingConsent'->>(p.id::text)) = 'true'`, 'shares')
      .where('c.countryOfReturn = :country AND c.stage <> :closed', { country, closed: 'closed' })
      .orderBy('sp.personId', 'ASC');
    const rows = await applyCaseScope(qb, 'c', scope).getRawAndEntities();
    return rows.entities.flatMap((row, i) =>
      skillsProfileGaps(row).length > 0
        ? []
        : [
            {
              profile: toDomainSkillsProfile(row),
              name: `${rows.raw[i].p_given_names} ${rows.raw[i].p_family_name}`,
              reference: rows.raw[i].c_reference as string,
              position: Number(rows.raw[i].p_position),
              sharesWithPartner: rows.raw[i].shares === true,
            },
          ],
    );
  }

  /**
   * Creates or replaces the person's profile in one statement (the version goes up by one on a replace). Returns
   * null, writing nothing, when the case is outside the scope or the person is not in the case.
   */
  /** Creates or replaces the person's profile; `alongside` runs in the same transaction once the row is written. */
  async save(
    profile: SkillsProfileWrite,
    scope: CaseScope,
    alongside?: Alongside,
  ): Promise<SkillsProfileEntity | null> {
    const params: unknown[] = [
      profile.caseId,
      profile.personId,
      JSON.stringify(profile.occupations),
      profile.skills,
      profile.iscedLevel,
      profile.languages,
      profile.drivingLicence,
      profile.monthsAbroad,
      profile.preferredRegion,
      profile.wants,
      profile.updatedBy,
      profile.updatedByRole,
    ];
    return this.dataSource.transaction(async (em) => {
      const rows: Array<{ id: string }> = await em.query(
        `INSERT INTO skills_profile (case_id, person_id, occupations, skills, isced_level, languages, driving_licence,
                                   months_abroad, preferred_region, wants, updated_by, updated_by_role, version)
       SELECT c.id, p.id, $3::jsonb, $4::text[], $5::smallint, $6::text[], $7::boolean, $8::int, $9::varchar, $10::varchar,
              $11::varchar, $12::varchar, 1
         FROM return_case c JOIN case_person p ON p.case_id = c.id AND p.id = $2
        WHERE c.id = $1 AND ${caseScopeSql(scope, 'c', params)}
       ON CONFLICT (person_id) DO UPDATE SET
         occupations = EXCLUDED.occupations, skills = EXCLUDED.skills, isced_level = EXCLUDED.isced_level,
         languages = EXCLUDED.languages, driving_licence = EXCLUDED.driving_licence,
         months_abroad = EXCLUDED.months_abroad, preferred_region = EXCLUDED.preferred_region,
         wants = EXCLUDED.wants, updated_by = EXCLUDED.updated_by, updated_by_role = EXCLUDED.updated_by_role,
         updated_at = now(), version = skills_profile.version + 1
       RETURNING id`,
        params,
      );
      if (!rows.length) return null;
      await alongside?.(em);
      return em.getRepository(SkillsProfileEntity).findOneBy({ id: rows[0].id });
    });
  }

  /** The codes among `codes` that are not ISCO-08 unit groups. */
  async unknownUnitGroups(codes: readonly string[]): Promise<string[]> {
    if (codes.length === 0) return [];
    const rows: Array<{ code: string }> = await this.dataSource.query(
      `SELECT code FROM isco_group WHERE level = 'unit' AND code = ANY($1)`,
      [[...new Set(codes)]],
    );
    const known = new Set(rows.map((r) => r.code));
    return codes.filter((c) => !known.has(c));
  }
}
