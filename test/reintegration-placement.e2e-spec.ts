import { randomUUID } from 'node:crypto';
import { ACTORS, CaseDriver, isoDay } from './support/case-driver';
import { postJson } from './support/fixtures';
import { startStack, TestStack } from './support/stack';
import { request } from './support/http';

jest.setTimeout(120_000);

let stack: TestStack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.close();
});

const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  request(stack.baseUrl, method, path, body, headers);

const opportunity = (partnerCode: string, overrides: Record<string, unknown>) => ({
  partnerCode,
  title: 'Assistant motor mechanic',
  iscoCode: '7231',
  requiredSkills: ['engine repair'],
  minIscedLevel: 2,
  languages: ['fr'],
  country: 'SN',
  region: 'Thiès',
  type: 'job',
  placesAvailable: 2,
  expiresOn: '2099-12-31',
  ...overrides,
});

describe('reintegration after arrival', () => {
  it('takes a returnee from arrival to a placement and a scored follow-up', async () => {
    const c = await CaseDriver.open(stack.baseUrl);
    await c.throughBooking();
    await c.do('departure', 'logistics', { departedAt: new Date().toISOString() });
    await c.do('arrival', 'partner', {
      arrivedAt: new Date().toISOString(),
      metAtAirport: true,
      onwardTransport: true,
    });
    const awa = c.people[0].id;

    // The partner completes the skills profile: a motor mechanic with six years, wanting a job near Thiès.
    const profile = await call(
      'PUT',
      `/cases/${c.caseId}/people/${awa}/skills-profile`,
      {
        occupations: [{ iscoCode: '7231', years: 6 }],
        skills: ['Engine repair', 'welding'],
        languages: ['fr', 'wo'],
        iscedLevel: 3,
        drivingLicence: true,
        preferredRegion: 'Thiès',
        wants: 'job',
      },
      ACTORS.partner,
    );
    expect(profile.status).toBe(200);

    const partner = `E2E-${randomUUID().slice(0, 8).toUpperCase()}`;
    const garage = (
      await postJson(
        `${stack.baseUrl}/opportunities`,
        opportunity(partner, { externalReference: 'GARAGE-1' }),
        ACTORS.partner,
      )
    ).body;
    const bakery = (
      await postJson(
        `${stack.baseUrl}/opportunities`,
        opportunity(partner, {
          externalReference: 'BAKERY-1',
          title: 'Bakery apprentice',
          iscoCode: '7512',
          requiredSkills: ['baking'],
          region: 'Kaolack',
          type: 'apprenticeship',
        }),
        ACTORS.partner,
      )
    ).body;
    expect(garage.id).toBeDefined();

    // Every component of the garage matches fully: same unit group with 6 years (>= 5 for full credit), the one
    // required skill held, ISCED 3 >= 2, French spoken, same region, a job for someone who wants a job: score 1.
    // Other tests add opportunities in SN too, so this one looks for its own among results sorted by score.
    const matches = await call('GET', `/cases/${c.caseId}/people/${awa}/matches?limit=50`, undefined, ACTORS.partner);
    expect(matches.status).toBe(200);
    const scores = matches.body.map((m: any) => m.score);
    expect(scores).toEqual([...scores].sort((x: number, y: number) => y - x));
    const ours = matches.body.filter((m: any) => m.id === garage.id);
    expect(ours[0].score).toBe(1);
    expect(ours[0].breakdown.map((b: any) => [b.component, b.value, b.weight])).toEqual([
      ['occupation', 1, 0.3],
      ['skills', 1, 0.2],
      ['education', 1, 0.1],
      ['languages', 1, 0.1],
      ['region', 1, 0.15],
      ['type', 1, 0.15],
    ]);
    expect(ours[0].breakdown[0].explanation).toMatch(/Motor vehicle mechanics and repairers/);

    const reverse = await call('GET', `/opportunities/${garage.id}/matches?limit=50`, undefined, ACTORS.partner);
    expect(reverse.body.find((m: any) => m.id === awa)).toMatchObject({
      score: 1,
      label: expect.stringContaining('Awa'),
    });
    // The bakery apprenticeship: same ISCO major group only (0.25, full experience credit), no required skill held (0),
    // ISCED 3 >= 2 (1), French (1), Kaolack is not Thiès (0), an apprenticeship suits someone wanting a job (1):
    // 0.3 x 0.25 + 0.2 x 0 + 0.1 x 1 + 0.1 x 1 + 0.15 x 0 + 0.15 x 1 = 0.425.
    const bakeryMatches = await call('GET', `/opportunities/${bakery.id}/matches?limit=50`, undefined, ACTORS.partner);
    expect(bakeryMatches.body.find((m: any) => m.id === awa).score).toBe(0.425);

    // The partner links her to the garage and follows the link to a placement.
    const link = await call(
      'POST',
      `/cases/${c.caseId}/links`,
      { personId: awa, opportunityId: garage.id, on: isoDay(0) },
      ACTORS.partner,
    );
    expect(link.status).toBe(201);
    const skip = await call(
      'POST',
      `/cases/${c.caseId}/links/${link.body.id}/steps`,
      { status: 'placed', on: isoDay(0) },
      ACTORS.partner,
    );
    expect(skip.status).toBe(409);
    expect(skip.body.message).toBe('A proposed link can become referred or interview or declined, not placed.');
    // Only partners follow links: the permission matrix refuses the counsellor (403), and the link does not move.
    const asCounsellor = await call(
      'POST',
      `/cases/${c.caseId}/links/${link.body.id}/steps`,
      { status: 'referred', on: isoDay(0) },
      ACTORS.counsellor,
    );
    expect(asCounsellor.status).toBe(403);
    expect(asCounsellor.body.code).toBe('permission_denied');
    for (const status of ['referred', 'interview', 'placed']) {
      const moved = await call(
        'POST',
        `/cases/${c.caseId}/links/${link.body.id}/steps`,
        { status, on: isoDay(0) },
        ACTORS.partner,
      );
      expect(moved.status).toBe(201);
    }
    const links = await call('GET', `/cases/${c.caseId}/links`, undefined, ACTORS.partner);
    expect(links.body[0].history.map((h: any) => h.status)).toEqual(['proposed', 'referred', 'interview', 'placed']);

    // The placement reached the case workflow as a milestone.
    const view = await c.get();
    expect(view.progress.milestones).toEqual([
      expect.objectContaining({ kind: 'job_placement', personId: awa, note: 'Assistant motor mechanic' }),
    ]);

    // First follow-up visit, then its sustainability survey, scored with the configured weight set.
    await c.do('follow-ups', 'partner', { visitedOn: isoDay(0), notes: 'Working at the garage' });
    const survey = await call(
      'POST',
      `/cases/${c.caseId}/follow-ups/1/survey`,
      { answers: FULL_ANSWERS },
      { ...ACTORS.partner, 'content-type': 'application/json' },
    );
    expect(survey.status).toBe(201);
    for (const dimension of ['economic', 'social', 'psychosocial', 'composite'])
      expect(survey.body.scores[dimension].score).toBeCloseTo(1, 12);
    const surveys = await call('GET', `/cases/${c.caseId}/surveys`, undefined, ACTORS.supervisor);
    expect(surveys.body).toHaveLength(1);
  });
});

// The most favourable answer to every question: every recoded value is 1, so each score is 1 whatever the weights.
const FULL_ANSWERS = {
  income_sources: 'two_or_more',
  work_or_productive_assets: 'regular_work_or_business',
  debt: 'none',
  food_reduction: 'never',
  economic_satisfaction: 'very_satisfied',
  housing_access: 'very_good',
  children_schooling: 'all',
  justice_access: 'very_good',
  identity_documents: 'all',
  health_access: 'very_good',
  community_participation: 'very_often',
  discrimination: 'never',
  distress: 'never',
  remigration_need: 'no',
  support_network: 'many',
};
