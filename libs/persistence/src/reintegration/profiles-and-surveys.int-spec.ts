import { DataSource } from 'typeorm';
import { loadAppConfig } from '@avrr/config';
import { caseDraft, deleteCases, uniqueTag } from '../../../../test/support/case-draft';
import { dataSourceOptions } from '../data-source-options';
import { CaseRepository } from '../cases/case.repository';
import { SYSTEM_SCOPE } from '../cases/case-scope';
import { ReturnCaseEntity } from '../cases/return-case.entity';
import {
  FollowUpSurveyRepository,
  FollowUpSurveyWrite,
  SurveyAlreadyRecordedError,
} from './follow-up-survey.repository';
import { SkillsProfileRepository, SkillsProfileWrite } from './skills-profile.repository';
import { toDomainSkillsProfile } from './skills-profile.mapper';

jest.setTimeout(30_000);

let dataSource: DataSource;
let cases: CaseRepository;
let profiles: SkillsProfileRepository;
let surveys: FollowUpSurveyRepository;
const made: string[] = [];

beforeAll(async () => {
  dataSource = await new DataSource(dataSourceOptions(loadAppConfig())).initialize();
  cases = new CaseRepository(dataSource);
  profiles = new SkillsProfileRepository(dataSource);
  surveys = new FollowUpSurveyRepository(dataSource);
});

afterAll(async () => {
  // Surveys hold their case (ON DELETE RESTRICT); a test's own rows go first.
  if (made.length) await dataSource.query(`DELETE FROM follow_up_survey WHERE case_id = ANY($1::uuid[])`, [made]);
  await deleteCases(dataSource, made);
  await dataSource?.destroy();
});

async function insertCase(hostOffice: string): Promise<ReturnCaseEntity> {
  const draft = await caseDraft(cases, { hostOffice });
  made.push(draft.id);
  await cases.insert(draft);
  return draft;
}

const profile = (
  c: ReturnCaseEntity,
  personId: string,
  extra: Partial<SkillsProfileWrite> = {},
): SkillsProfileWrite => ({
  caseId: c.id,
  personId,
  occupations: [{ iscoCode: '7231', years: 6 }],
  skills: ['welding'],
  iscedLevel: null,
  languages: ['fr'],
  drivingLicence: null,
  monthsAbroad: 30,
  preferredRegion: null,
  wants: null,
  updatedBy: 'u-counsellor',
  updatedByRole: 'counsellor',
  ...extra,
});

const survey = (c: ReturnCaseEntity, visitNumber: number): FollowUpSurveyWrite => ({
  caseId: c.id,
  visitNumber,
  answers: { income_sources: 'one' },
  questionnaireVersion: 'rss-2017-v1',
  weightSetVersion: 'v1-example',
  scores: { economic: 0.1 + 0.2, social: 1, psychosocial: 0, composite: 0.7221875 },
  recordedBy: 'u-partner',
  recordedByRole: 'partner_focal_point',
});

describe('SkillsProfileRepository (skills profile persistence)', () => {
  it('creates the profile at version 1, replaces it at version 2, and maps it to the domain once complete', async () => {
    const c = await insertCase(`OFF-${uniqueTag()}`);
    const personId = c.people[0].id;
    const first = await profiles.save(profile(c, personId), SYSTEM_SCOPE);
    expect(first).toMatchObject({
      caseId: c.id,
      personId,
      version: 1,
      iscedLevel: null,
      occupations: [{ iscoCode: '7231', years: 6 }],
    });
    expect(() => toDomainSkillsProfile(first!)).toThrow(
      'The skills profile cannot be matched yet: iscedLevel, drivingLicence, wants still to be recorded.',
    );

    const second = await profiles.save(
      profile(c, personId, {
        iscedLevel: 3,
        drivingLicence: false,
        wants: 'job',
        updatedBy: 'u-partner',
        updatedByRole: 'partner_focal_point',
      }),
      SYSTEM_SCOPE,
    );
    expect(second).toMatchObject({ id: first!.id, version: 2, iscedLevel: 3, updatedBy: 'u-partner' });
    expect(toDomainSkillsProfile(second!)).toEqual({
      id: personId,
      occupations: [{ iscoCode: '7231', years: 6 }],
      skills: ['welding'],
      iscedLevel: 3,
      languages: ['fr'],
      drivingLicence: false,
      monthsAbroad: 30,
      preferredRegion: null,
      wants: 'job',
    });
  });

  it('reads and writes nothing outside the scope or for a person of another case', async () => {
    const office = `OFF-${uniqueTag()}`;
    const c = await insertCase(office);
    const other = await insertCase(`OFF-${uniqueTag()}`);
    const personId = c.people[0].id;
    expect(await profiles.save(profile(c, personId), { offices: ['ELSEWHERE'] })).toBeNull();
    expect(await profiles.save(profile(c, other.people[0].id), SYSTEM_SCOPE)).toBeNull();
    await profiles.save(profile(c, personId), { offices: [office] });
    expect(await profiles.findForPerson(c.id, personId, { offices: [office] })).not.toBeNull();
    expect(await profiles.findForPerson(c.id, personId, { offices: [] })).toBeNull();
    expect(await profiles.findForPerson(c.id, personId, { countriesOfReturn: ['ML'] })).toBeNull();
  });

  it('lists the codes that are not ISCO-08 unit groups', async () => {
    expect(await profiles.unknownUnitGroups(['7231', '723', '9999', '2512'])).toEqual(['723', '9999']);
  });
});

describe('FollowUpSurveyRepository (survey persistence)', () => {
  it('stores scores at full double precision, refuses a second survey for the visit and any update', async () => {
    const office = `OFF-${uniqueTag()}`;
    const c = await insertCase(office);
    const saved = await surveys.insert(survey(c, 1), SYSTEM_SCOPE);
    expect(saved!.economicScore).toBe(0.1 + 0.2); // 0.30000000000000004, exactly as computed
    await expect(surveys.insert(survey(c, 1), SYSTEM_SCOPE)).rejects.toBeInstanceOf(SurveyAlreadyRecordedError);
    await expect(
      dataSource.query(`UPDATE follow_up_survey SET composite_score = 0 WHERE id = $1`, [saved!.id]),
    ).rejects.toThrow(/UPDATE is refused/);
    expect(await surveys.insert(survey(c, 2), { offices: ['ELSEWHERE'] })).toBeNull();
    await surveys.insert(survey(c, 3), SYSTEM_SCOPE);
    expect((await surveys.listForCase(c.id, { offices: [office] })).map((s) => s.visitNumber)).toEqual([1, 3]);
    expect(await surveys.listForCase(c.id, { offices: ['ELSEWHERE'] })).toEqual([]);
  });

  it('refuses a score outside [0, 1] in the database', async () => {
    const c = await insertCase(`OFF-${uniqueTag()}`);
    await expect(
      surveys.insert(
        { ...survey(c, 1), scores: { economic: 1.5, social: 0, psychosocial: 0, composite: 0 } },
        SYSTEM_SCOPE,
      ),
    ).rejects.toThrow(/ck_follow_up_survey_scores/);
  });
});
