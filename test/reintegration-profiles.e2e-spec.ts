import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ACTORS, ActorName, CaseDriver, isoDay } from './support/case-driver';
import { postJson, SURVEY_ANSWERS } from './support/fixtures';
import { startStack, TestStack } from './support/stack';

jest.setTimeout(120_000);

let stack: TestStack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.close();
});

async function putProfile(c: CaseDriver, personId: string, as: ActorName, body: unknown) {
  const response = await fetch(`${c.baseUrl}/cases/${c.caseId}/people/${personId}/skills-profile`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', ...ACTORS[as] },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as any };
}

/** Audit entries written by the transaction that last wrote the row: the write's own entry, if it was audited in it. */
async function entriesWrittenWith(table: 'skills_profile' | 'follow_up_survey', where: string, params: unknown[]) {
  const [{ n }] = (await stack.api
    .get(DataSource)
    .query(
      `SELECT count(*)::int AS n FROM audit_entry WHERE xmin = (SELECT xmin FROM ${table} WHERE ${where})`,
      params,
    )) as [{ n: number }];
  return n;
}

/** Reads as the supervisor, who may read profiles and surveys of the test offices' cases. */
async function getJson(url: string, as: ActorName = 'supervisor') {
  const response = await fetch(url, { headers: { ...ACTORS[as] } });
  return { status: response.status, body: (await response.json()) as any };
}

/** The account id of a test user: what the API records as the author of a profile or a survey. */
async function userId(as: ActorName): Promise<string> {
  const { status, body } = await getJson(`${stack.baseUrl}/auth/me`, as);
  if (status !== 200) throw new Error(`GET /auth/me as ${as}: ${status}`);
  return body.id;
}

const postSurvey = (c: CaseDriver, visit: number, as: ActorName, answers: Record<string, string | null>) =>
  postJson(`${c.baseUrl}/cases/${c.caseId}/follow-ups/${visit}/survey`, { answers }, { ...ACTORS[as] });

/** Departure confirmed: the case waits in the arrival stage, where the partner takes over. */
async function throughDeparture(c: CaseDriver, booked = false) {
  if (!booked) await c.throughBooking();
  expect((await c.do('departure', 'logistics', { departedAt: new Date().toISOString() })).stage).toBe('arrival');
}

describe('skills profile of a returnee', () => {
  it('is started by the counsellor before departure and completed by the partner from arrival on', async () => {
    const c = await CaseDriver.open(stack.baseUrl);
    const principal = c.people[0].id;

    const started = await putProfile(c, principal, 'counsellor', {
      occupations: [{ iscoCode: '7231', years: 6 }],
      skills: [' welding ', 'car electrics'],
      languages: ['FR', 'wo'],
      monthsAbroad: 30,
    });
    expect(started.status).toBe(200);
    expect(await entriesWrittenWith('skills_profile', 'person_id = $1', [principal])).toBe(1);
    expect(started.body).toMatchObject({
      caseId: c.caseId,
      personId: principal,
      occupations: [{ iscoCode: '7231', years: 6 }],
      skills: ['welding', 'car electrics'],
      languages: ['fr', 'wo'],
      monthsAbroad: 30,
      iscedLevel: null,
      wants: null,
      complete: false,
      missing: ['iscedLevel', 'drivingLicence', 'wants'],
      updatedBy: await userId('counsellor'),
      updatedByRole: 'counsellor',
      version: 1,
    });

    // Before the pre-arrival notice the case is not the partner's to see at all: 404, as for any case out of scope.
    const partnerBeforeNotice = await putProfile(c, principal, 'partner', { iscedLevel: 3 });
    expect(partnerBeforeNotice.status).toBe(404);
    expect(partnerBeforeNotice.body.code).toBe('case_not_found');
    // Logistics officers never write profiles: the permission matrix refuses them before the stage is looked at.
    const logistics = await putProfile(c, principal, 'logistics', { iscedLevel: 3 });
    expect(logistics.status).toBe(403);
    expect(logistics.body.code).toBe('permission_denied');

    const read = await getJson(`${c.baseUrl}/cases/${c.caseId}/people/${principal}/skills-profile`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(started.body);

    // Another person of the household has no profile yet; a stranger is not in the case.
    const child = c.people[1].id;
    expect((await getJson(`${c.baseUrl}/cases/${c.caseId}/people/${child}/skills-profile`)).body.code).toBe(
      'skills_profile_not_found',
    );
    const stranger = await putProfile(c, randomUUID(), 'counsellor', {});
    expect(stranger.status).toBe(404);
    expect(stranger.body.code).toBe('person_not_in_case');

    // Booked: the partner has had the pre-arrival notice and sees the case, but the returnee has not arrived yet, so the
    // profile is still the counsellor's (the stage rule, a 409).
    await c.throughBooking();
    const partnerTooEarly = await putProfile(c, principal, 'partner', { iscedLevel: 3 });
    expect(partnerTooEarly.status).toBe(409);
    expect(partnerTooEarly.body).toMatchObject({
      code: 'role_not_allowed',
      message:
        "A partner focal point cannot record the skills profile before the returnee's arrival; the counsellor keeps it until then.",
    });
    // None of the refused writes changed the profile.
    expect((await getJson(`${c.baseUrl}/cases/${c.caseId}/people/${principal}/skills-profile`)).body).toEqual(
      started.body,
    );

    await throughDeparture(c, true);
    const counsellorTooLate = await putProfile(c, principal, 'counsellor', { iscedLevel: 3 });
    expect(counsellorTooLate.status).toBe(409);
    expect(counsellorTooLate.body.message).toBe(
      'A counsellor cannot change the skills profile from the arrival on; the partner focal point completes it.',
    );

    const completed = await putProfile(c, principal, 'partner', {
      occupations: [
        { iscoCode: '7231', years: 6 },
        { iscoCode: '2512', years: 0.5 },
      ],
      skills: ['welding', 'car electrics'],
      languages: ['fr', 'wo'],
      monthsAbroad: 30,
      iscedLevel: 3,
      drivingLicence: true,
      preferredRegion: 'Thiès',
      wants: 'business',
    });
    expect(completed.status).toBe(200);
    expect(completed.body).toMatchObject({
      occupations: [
        { iscoCode: '7231', years: 6 },
        { iscoCode: '2512', years: 0.5 },
      ],
      iscedLevel: 3,
      drivingLicence: true,
      preferredRegion: 'Thiès',
      wants: 'business',
      complete: true,
      missing: [],
      updatedBy: await userId('partner'),
      updatedByRole: 'partner_focal_point',
      version: 2,
    });
    expect((await getJson(`${c.baseUrl}/cases/${c.caseId}/people/${principal}/skills-profile`)).body).toEqual(
      completed.body,
    );
  });

  it('refuses a bad ISCO code, ISCED 9, a bad language and an unknown field with a 400 naming the field', async () => {
    const c = await CaseDriver.open(stack.baseUrl);
    const principal = c.people[0].id;

    const unknownCode = await putProfile(c, principal, 'counsellor', {
      occupations: [
        { iscoCode: '7231', years: 2 },
        { iscoCode: '9999', years: 1 },
      ],
    });
    expect(unknownCode.status).toBe(400);
    expect(unknownCode.body.violations).toEqual([
      { field: 'occupations.1.iscoCode', reason: '"9999" is not an ISCO-08 unit group' },
    ]);

    const minorGroup = await putProfile(c, principal, 'counsellor', { occupations: [{ iscoCode: '723', years: 1 }] });
    expect(minorGroup.status).toBe(400);
    expect(minorGroup.body.violations).toEqual([
      { field: 'occupations.0.iscoCode', reason: 'must be a 4-digit ISCO-08 unit group code, such as 7231' },
    ]);

    const isced9 = await putProfile(c, principal, 'counsellor', { iscedLevel: 9 });
    expect(isced9.status).toBe(400);
    expect(isced9.body.violations).toEqual([{ field: 'iscedLevel', reason: 'must not be greater than 8' }]);

    const badLanguage = await putProfile(c, principal, 'counsellor', { languages: ['fr', 'wolof'] });
    expect(badLanguage.status).toBe(400);
    expect(badLanguage.body.violations.map((v: { field: string }) => v.field)).toEqual(['languages']);

    const unknownField = await putProfile(c, principal, 'counsellor', { iscedLevel: 3, salary: 1200 });
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.violations).toEqual([{ field: 'salary', reason: 'property salary should not exist' }]);

    expect((await getJson(`${c.baseUrl}/cases/${c.caseId}/people/${principal}/skills-profile`)).status).toBe(404);
  });
});

/**
 * Answers scored by hand with config/sustainability-weights/v1-example.json (maxMissingWeightShare 0.4; dimension
 * weights economic 0.4, social 0.3, psychosocial 0.3). Reversed items score 1 - the option's position.
 *
 * economic: income_sources one 0.5 (w 0.2), work_or_productive_assets regular_work_or_business 1 (w 0.25),
 *   debt under_one_month reversed 1 - 0.25 = 0.75 (w 0.15), food_reduction rarely reversed 1 - 0.25 = 0.75 (w 0.2),
 *   economic_satisfaction satisfied 0.75 (w 0.2):
 *   0.1 + 0.25 + 0.1125 + 0.15 + 0.15 = 0.7625
 * social: housing_access good 0.75 (w 0.25), children_schooling no_school_age_children = not applicable (w 0.2
 *   missing: 20% <= 40%, the other weights renormalise over 0.8), justice_access fair 0.5 (w 0.15),
 *   identity_documents all 1 (w 0.2), health_access poor 0.25 (w 0.2):
 *   (0.1875 + 0.075 + 0.2 + 0.05) / 0.8 = 0.5125 / 0.8 = 0.640625
 * psychosocial: community_participation often 0.75, discrimination never reversed 1, distress sometimes reversed
 *   0.5, remigration_need not_sure reversed 0.5, support_network many 1, each w 0.2:
 *   0.2 x (0.75 + 1 + 0.5 + 0.5 + 1) = 0.2 x 3.75 = 0.75
 * composite: 0.4 x 0.7625 + 0.3 x 0.640625 + 0.3 x 0.75 = 0.305 + 0.1921875 + 0.225 = 0.7221875
 * displayed (3 decimals, half up): 0.763, 0.641, 0.75, 0.722
 */
const ANSWERS = SURVEY_ANSWERS;

describe('sustainability survey of a follow-up visit', () => {
  it('is scored with the configured weight set once the visit is recorded, and kept as a record', async () => {
    const c = await CaseDriver.open(stack.baseUrl);
    await throughDeparture(c);
    await c.do('arrival', 'partner', {
      arrivedAt: new Date().toISOString(),
      metAtAirport: true,
      onwardTransport: true,
    });
    await c.do('reintegration-plan', 'partner', {
      components: [
        {
          dimension: 'economic',
          description: 'Garage in Thiès',
          budgetLines: [{ description: 'Tools', amountMinor: 200000, currency: 'XOF' }],
        },
      ],
    });
    expect((await c.do('reintegration-plan/approve', 'supervisor', {})).stage).toBe('monitoring');

    const beforeVisit = await postSurvey(c, 1, 'partner', ANSWERS);
    expect(beforeVisit.status).toBe(409);
    expect(beforeVisit.body).toMatchObject({
      code: 'follow_up_not_recorded',
      message: 'Follow-up visit 1 is not recorded on this case: record the visit first, then its survey.',
    });

    await c.do('follow-ups', 'partner', { visitedOn: isoDay(0), notes: 'Visit 1: garage open three days a week' });
    // Only partners record surveys: the permission matrix refuses the counsellor (403); nothing is stored (the list
    // below holds the partner's survey alone).
    const byCounsellor = await postSurvey(c, 1, 'counsellor', ANSWERS);
    expect(byCounsellor.status).toBe(403);
    expect(byCounsellor.body.code).toBe('permission_denied');

    const recorded = await postSurvey(c, 1, 'partner', ANSWERS);
    expect(recorded.status).toBe(201);
    expect(await entriesWrittenWith('follow_up_survey', 'case_id = $1 AND visit_number = 1', [c.caseId])).toBe(1);
    expect(recorded.body).toMatchObject({
      caseId: c.caseId,
      visitNumber: 1,
      questionnaireVersion: 'rss-2017-v1',
      weightSetVersion: 'v1-example',
      answers: ANSWERS,
      recordedBy: await userId('partner'),
    });
    const { scores } = recorded.body;
    expect(scores.economic.score).toBeCloseTo(0.7625, 12);
    expect(scores.social.score).toBeCloseTo(0.640625, 12);
    expect(scores.psychosocial.score).toBeCloseTo(0.75, 12);
    expect(scores.composite.score).toBeCloseTo(0.7221875, 12);
    expect([
      scores.economic.display,
      scores.social.display,
      scores.psychosocial.display,
      scores.composite.display,
    ]).toEqual([0.763, 0.641, 0.75, 0.722]);

    const again = await postSurvey(c, 1, 'partner', { ...ANSWERS, distress: 'never' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('survey_already_recorded');

    // Visit 2: the economic dimension misses debt, food_reduction and economic_satisfaction, 0.15 + 0.2 + 0.2 = 55% of
    // its weight, over the 40% allowed: refused, the dimension named, nothing stored.
    await c.do('follow-ups', 'partner', { visitedOn: isoDay(0), notes: 'Visit 2: the returnee left before the end' });
    const { economic_satisfaction: _left, ...withoutSatisfaction } = ANSWERS;
    const incomplete = await postSurvey(c, 2, 'partner', { ...withoutSatisfaction, debt: null, food_reduction: null });
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.code).toBe('survey_dimension_incomplete');
    expect(incomplete.body.message).toBe(
      'The survey cannot be scored with weight set "v1-example": the economic dimension has 55% of its weight unanswered ' +
        '(debt, food_reduction, economic_satisfaction); at most 40% may be missing.',
    );
    expect(incomplete.body.violations).toEqual([
      {
        field: 'dimensions.economic',
        reason: '55% of its weight is unanswered (debt, food_reduction, economic_satisfaction)',
      },
    ]);

    const unknownAnswer = await postSurvey(c, 2, 'partner', { ...ANSWERS, debt: 'a_lot', horoscope: 'good' });
    expect(unknownAnswer.status).toBe(400);
    expect(unknownAnswer.body.violations.map((v: { field: string }) => v.field).sort()).toEqual([
      'answers.debt',
      'answers.horoscope',
    ]);

    const list = await getJson(`${c.baseUrl}/cases/${c.caseId}/surveys`);
    expect(list.status).toBe(200);
    expect(list.body).toHaveLength(1);
    expect(list.body[0]).toEqual(recorded.body);
  });

  it('answers 404 for the surveys of an unknown case', async () => {
    const missing = await getJson(`${stack.baseUrl}/cases/${randomUUID()}/surveys`);
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('case_not_found');
  });
});
