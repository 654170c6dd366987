import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ACTORS, CaseDriver } from './support/case-driver';
import { startStack, TestStack } from './support/stack';
import { expectFilesMatch, fetchViewFile, xlsxSheets } from './support/view-files';

jest.setTimeout(180_000);

let stack: TestStack;
let db: DataSource;

beforeAll(async () => {
  stack = await startStack();
  db = stack.api.get(DataSource);
});

afterAll(async () => {
  await stack?.close();
});

const get = async (path: string, actor: { Authorization?: string } = ACTORS.supervisor) => {
  const response = await fetch(`${stack.baseUrl}${path}`, { headers: { ...actor } });
  return { status: response.status, body: (await response.json()) as any };
};

/**
 * Each test counts every case of its office, so each has an office of the test users (TEST_OFFICES) to itself; the
 * supervisor reading the views works in all of them.
 */
const OFFICES = {
  placements: 'PLACEMENTS',
  placementsElsewhere: 'PLACEMENTS-OTHER',
  scores: 'SCORES',
  scoreChange: 'SCORES-OTHER',
} as const;

/** An opportunity row as a partner's feed would leave it (the link endpoints come separately). */
async function insertOpportunity(type: string): Promise<string> {
  const [row]: Array<{ id: string }> = await db.query(
    `INSERT INTO reintegration_opportunity
       (partner_code, external_reference, title, isco_code, min_isced_level, country, region, type, places_available, expires_on, version)
     VALUES ('TEST-PARTNER', $1, $2, '7231', 0, 'SN', 'Dakar', $3, 5, '2099-12-31', 1)
     RETURNING id`,
    [randomUUID(), `Test ${type}`, type],
  );
  return row.id;
}

async function insertLink(c: CaseDriver, personId: string, opportunityId: string, status: string) {
  const history = [{ status: 'proposed', on: '2026-01-05', note: null }];
  if (status !== 'proposed') history.push({ status, on: '2026-01-20', note: null });
  await db.query(
    `INSERT INTO opportunity_link (case_id, person_id, opportunity_id, status, history, updated_by, version)
     VALUES ($1, $2, $3, $4, $5::jsonb, 'u-partner', 1)`,
    [c.caseId, personId, opportunityId, status, JSON.stringify(history)],
  );
}

/** A survey with hand-picked scores (scoring itself is tested elsewhere). */
async function insertSurvey(
  c: CaseDriver,
  visit: number,
  scores: { composite: number; economic: number; social: number; psychosocial: number },
) {
  await db.query(
    `INSERT INTO follow_up_survey
       (case_id, visit_number, answers, questionnaire_version, weight_set_version,
        economic_score, social_score, psychosocial_score, composite_score, recorded_by, recorded_by_role)
     VALUES ($1, $2, '{}'::jsonb, 'rss-2017-v1', 'test', $3, $4, $5, $6, 'u-partner', 'partner_focal_point')`,
    [c.caseId, visit, scores.economic, scores.social, scores.psychosocial, scores.composite],
  );
}

/** The day after a YYYY-MM-DD day. */
const isoAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** A survey whose dimension scores all equal its composite. */
const flat = (composite: number) => ({ composite, economic: composite, social: composite, psychosocial: composite });

/** Through booking, departure and arrival, then a reintegration plan with these assistance types. */
async function caseWithPlan(office: string, dimensions: string[], rejected = false): Promise<CaseDriver> {
  const c = await CaseDriver.open(stack.baseUrl, { hostOffice: office });
  await c.throughBooking();
  const arrived = new Date(Date.now() - 20 * 86_400_000).toISOString();
  await c.do('departure', 'logistics', { departedAt: arrived });
  await c.do('arrival', 'partner', { arrivedAt: arrived, metAtAirport: true, onwardTransport: true });
  await c.do('reintegration-plan', 'partner', {
    components: dimensions.map((dimension) => ({ dimension, description: `Support: ${dimension}`, budgetLines: [] })),
  });
  if (rejected) await c.do('reintegration-plan/reject', 'supervisor', { reason: 'Budget lines are missing.' });
  await waitForPlan(c, rejected ? 'rejected' : 'submitted');
  return c;
}

/** The read model is projected from the workflow: wait until it shows the plan. */
async function waitForPlan(c: CaseDriver, status: string) {
  for (let i = 0; i < 100; i++) {
    const [row] = await db.query(`SELECT state->'plan'->>'status' AS status FROM return_case WHERE id = $1`, [
      c.caseId,
    ]);
    if (row?.status === status) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`plan of ${c.caseId} never reached ${status}`);
}

describe('programme views: placements and sustainability scores', () => {
  it('counts links by opportunity type: placed, declined and open', async () => {
    const office = OFFICES.placements;
    const other = OFFICES.placementsElsewhere;
    const a = await CaseDriver.open(stack.baseUrl, { hostOffice: office });
    const b = await CaseDriver.open(stack.baseUrl, { hostOffice: office });
    const elsewhere = await CaseDriver.open(stack.baseUrl, { hostOffice: other });
    const job = await insertOpportunity('job');
    const apprenticeship = await insertOpportunity('apprenticeship');
    const training = await insertOpportunity('vocational_training');

    const [aMother, aChild] = a.people.map((p) => p.id);
    const [bMother, bChild] = b.people.map((p) => p.id);
    await insertLink(a, aMother, job, 'placed');
    await insertLink(a, aChild, job, 'declined');
    await insertLink(a, aMother, apprenticeship, 'interview');
    await insertLink(b, bMother, job, 'proposed');
    await insertLink(b, bMother, training, 'referred');
    await insertLink(b, bChild, training, 'placed');
    await insertLink(elsewhere, elsewhere.people[0].id, job, 'placed'); // another office: not counted below

    const { status, body } = await get(`/views/placements-by-type?hostOffice=${office}`);
    expect(status).toBe(200);
    expect(body).toEqual([
      // job: a's mother placed, a's child declined, b's mother proposed (open)
      { type: 'job', placed: 1, declined: 1, open: 1 },
      // apprenticeship: a's mother at interview (open)
      { type: 'apprenticeship', placed: 0, declined: 0, open: 1 },
      // vocational training: b's child placed, b's mother referred (open)
      { type: 'vocational_training', placed: 1, declined: 0, open: 1 },
      // no links: still listed, with zeros
      { type: 'business_support', placed: 0, declined: 0, open: 0 },
    ]);

    const otherOffice = await get(`/views/placements-by-type?hostOffice=${other}`);
    expect(otherOffice.body.find((r: any) => r.type === 'job')).toEqual({
      type: 'job',
      placed: 1,
      declined: 0,
      open: 0,
    });
    // Both cases return to Senegal: filtered on Mali, every type is zero.
    const mali = await get(`/views/placements-by-type?hostOffice=${office}&countryOfReturn=ML`);
    expect(mali.body.map((r: any) => r.placed + r.declined + r.open)).toEqual([0, 0, 0, 0]);
    await expectFilesMatch(
      stack.baseUrl,
      `/views/placements-by-type?hostOffice=${office}`,
      ACTORS.supervisor,
      body,
      'placements-by-type',
    );
  });

  it("gives the score distribution by country and by assistance type, from each case's latest survey", async () => {
    const office = OFFICES.scores;
    // Plans: p1 economic (twice) and social, p2 psychosocial, p3 economic, p5 psychosocial but rejected; p4 no plan.
    const p1 = await caseWithPlan(office, ['economic', 'social', 'economic']);
    const p2 = await caseWithPlan(office, ['psychosocial']);
    const p3 = await caseWithPlan(office, ['economic']);
    const p5 = await caseWithPlan(office, ['psychosocial'], true);
    const p4 = await CaseDriver.open(stack.baseUrl, { hostOffice: office, countryOfReturn: 'ML' });

    // Latest surveys (highest visit number), inserted out of order on purpose:
    //   p1 visit 2: composite 0.6, economic 0.5, social 0.7, psychosocial 0.6 (visit 1 at 0.2 is ignored)
    //   p2 visit 1: 0.4 in everything
    //   p3 visit 3: composite 0.3, economic 0.2, social 0.3, psychosocial 0.4 (visits 1 and 2 at 0.9 and 0.8 ignored)
    //   p4 visit 1: composite 0.7, economic 0.6, social 0.8, psychosocial 0.7 (Mali)
    //   p5 visit 1: 0.5 in everything
    await insertSurvey(p1, 2, { composite: 0.6, economic: 0.5, social: 0.7, psychosocial: 0.6 });
    await insertSurvey(p1, 1, { composite: 0.2, economic: 0.1, social: 0.3, psychosocial: 0.2 });
    await insertSurvey(p2, 1, flat(0.4));
    await insertSurvey(p3, 3, { composite: 0.3, economic: 0.2, social: 0.3, psychosocial: 0.4 });
    await insertSurvey(p3, 1, flat(0.9));
    await insertSurvey(p3, 2, flat(0.8));
    await insertSurvey(p4, 1, { composite: 0.7, economic: 0.6, social: 0.8, psychosocial: 0.7 });
    await insertSurvey(p5, 1, flat(0.5));

    const byCountry = await get(`/views/sustainability-scores?by=country&hostOffice=${office}`);
    expect(byCountry.status).toBe(200);
    expect(byCountry.body).toEqual([
      // Mali: p4 alone.
      {
        group: 'ML',
        surveys: 1,
        compositeMean: 0.7,
        compositeP25: 0.7,
        compositeMedian: 0.7,
        compositeP75: 0.7,
        economicMean: 0.6,
        socialMean: 0.8,
        psychosocialMean: 0.7,
      },
      // Senegal: p1 0.6, p2 0.4, p3 0.3, p5 0.5; sorted 0.3 0.4 0.5 0.6, n = 4.
      //   mean = 1.8 / 4 = 0.45
      //   p25 at rank (4-1)*0.25 = 0.75: 0.3 + 0.75*(0.4-0.3) = 0.375
      //   median at rank 1.5: (0.4 + 0.5) / 2 = 0.45
      //   p75 at rank 2.25: 0.5 + 0.25*(0.6-0.5) = 0.525
      //   economic (0.5 + 0.4 + 0.2 + 0.5) / 4 = 0.4; social (0.7 + 0.4 + 0.3 + 0.5) / 4 = 0.475;
      //   psychosocial (0.6 + 0.4 + 0.4 + 0.5) / 4 = 0.475
      {
        group: 'SN',
        surveys: 4,
        compositeMean: 0.45,
        compositeP25: 0.375,
        compositeMedian: 0.45,
        compositeP75: 0.525,
        economicMean: 0.4,
        socialMean: 0.475,
        psychosocialMean: 0.475,
      },
    ]);

    const byAssistance = await get(`/views/sustainability-scores?by=assistance&hostOffice=${office}`);
    expect(byAssistance.status).toBe(200);
    expect(byAssistance.body).toEqual([
      // economic: p1 (0.6; its two economic components count once) and p3 (0.3); n = 2.
      //   mean 0.9 / 2 = 0.45; p25 at rank 0.25: 0.3 + 0.25*0.3 = 0.375; median 0.45; p75 at rank 0.75: 0.3 + 0.75*0.3 = 0.525
      //   economic (0.5 + 0.2) / 2 = 0.35; social (0.7 + 0.3) / 2 = 0.5; psychosocial (0.6 + 0.4) / 2 = 0.5
      {
        group: 'economic',
        surveys: 2,
        compositeMean: 0.45,
        compositeP25: 0.375,
        compositeMedian: 0.45,
        compositeP75: 0.525,
        economicMean: 0.35,
        socialMean: 0.5,
        psychosocialMean: 0.5,
      },
      // psychosocial: p2 alone (p5's plan was rejected; p4 has no plan).
      {
        group: 'psychosocial',
        surveys: 1,
        compositeMean: 0.4,
        compositeP25: 0.4,
        compositeMedian: 0.4,
        compositeP75: 0.4,
        economicMean: 0.4,
        socialMean: 0.4,
        psychosocialMean: 0.4,
      },
      // social: p1 alone, also counted under economic.
      {
        group: 'social',
        surveys: 1,
        compositeMean: 0.6,
        compositeP25: 0.6,
        compositeMedian: 0.6,
        compositeP75: 0.6,
        economicMean: 0.5,
        socialMean: 0.7,
        psychosocialMean: 0.6,
      },
    ]);

    const senegalOnly = await get(`/views/sustainability-scores?by=country&countryOfReturn=sn&hostOffice=${office}`);
    expect(senegalOnly.body.map((g: any) => [g.group, g.surveys])).toEqual([['SN', 4]]);
    for (const [by, json] of [
      ['country', byCountry.body],
      ['assistance', byAssistance.body],
    ])
      await expectFilesMatch(
        stack.baseUrl,
        `/views/sustainability-scores?by=${by}&hostOffice=${office}`,
        ACTORS.supervisor,
        json,
        `sustainability-scores-by-${by}`,
      );

    // The outcome report for donors over the same cases: p1, p2, p3 and p5 arrived 20 days ago in Senegal (p4 has
    // not travelled); every household holds single_parent and medical_needs. None is closed, none placed; their
    // latest composites are 0.6, 0.4, 0.3 and 0.5, mean 0.45.
    const arrived = new Date(Date.now() - 20 * 86_400_000);
    const quarter = `${arrived.getUTCFullYear()}-Q${Math.floor(arrived.getUTCMonth() / 3) + 1}`;
    const outcome = (vulnerability: string) => ({
      countryOfReturn: 'SN',
      period: quarter,
      vulnerability,
      returned: 4,
      reintegrationCompleted: 0,
      surveyed: 4,
      meanLatestComposite: 0.45,
      placements: 0,
    });
    const outcomes = await get(`/views/outcomes?hostOffice=${office}`);
    expect(outcomes.status).toBe(200);
    expect(outcomes.body).toEqual([outcome('all'), outcome('medical_needs'), outcome('single_parent')]);
    await expectFilesMatch(
      stack.baseUrl,
      `/views/outcomes?hostOffice=${office}`,
      ACTORS.supervisor,
      outcomes.body,
      'outcomes-by-quarter',
    );
    const month = arrived.toISOString().slice(0, 7);
    const byMonth = await get(`/views/outcomes?hostOffice=${office}&period=month`);
    expect(byMonth.body.map((r: any) => [r.period, r.vulnerability, r.returned])).toEqual([
      [month, 'all', 4],
      [month, 'medical_needs', 4],
      [month, 'single_parent', 4],
    ]);
    const day = arrived.toISOString().slice(0, 10);
    const after = await get(`/views/outcomes?hostOffice=${office}&from=${isoAfter(day)}`);
    expect(after.body).toEqual([]);
    const through = await get(`/views/outcomes?hostOffice=${office}&from=${day}&to=${day}&period=year`);
    const year = String(arrived.getUTCFullYear());
    expect(through.body.map((r: any) => [r.period, r.returned])).toEqual(Array(3).fill([year, 4]));
    const backwards = await get(`/views/outcomes?hostOffice=${office}&from=${day}&to=2020-01-01`);
    expect([backwards.status, backwards.body.violations?.map((v: any) => v.field)]).toEqual([400, ['to']]);
    // A partner reads the dashboards but not the donors' report.
    expect((await get(`/views/outcomes?hostOffice=${office}`, ACTORS.partner)).status).toBe(403);
  });

  it.each([
    ['no by', ''],
    ['an unknown by', 'by=region&'],
    ['an empty by', 'by=&'],
  ])('answers 400 to sustainability scores with %s, naming the field', async (_case, query) => {
    const { status, body } = await get(`/views/sustainability-scores?${query}hostOffice=PARIS`);
    expect(status).toBe(400);
    expect(body.violations.map((v: { field: string }) => v.field)).toEqual(['by']);
  });

  it('gives the change in composite score between the first and the latest survey, per case and overall', async () => {
    const office = OFFICES.scoreChange;
    const [q1, q2, q3, q4, q5] = await Promise.all(
      [1, 2, 3, 4, 5].map(() => CaseDriver.open(stack.baseUrl, { hostOffice: office })),
    );
    await insertSurvey(q1, 1, flat(0.25));
    await insertSurvey(q1, 2, flat(0.5)); //                 q1: 0.5 - 0.25 = +0.25, improved
    await insertSurvey(q2, 1, flat(0.8));
    await insertSurvey(q2, 3, flat(0.55));
    await insertSurvey(q2, 2, flat(0.7)); //                 q2: visit 3 - visit 1 = 0.55 - 0.8 = -0.25, worsened
    await insertSurvey(q3, 1, flat(0.6));
    await insertSurvey(q3, 2, flat(0.6002)); //              q3: +0.0002, under 0.0005: unchanged, shown as 0
    await insertSurvey(q4, 1, flat(0.9)); //                 q4: one survey only, left out
    await insertSurvey(q5, 2, flat(0.3));
    await insertSurvey(q5, 4, flat(0.5)); //                 q5: visits 2 and 4: 0.5 - 0.3 = +0.2, improved

    const { status, body } = await get(`/views/score-change?hostOffice=${office}`);
    expect(status).toBe(200);
    // mean change = (0.25 - 0.25 + 0.0002 + 0.2) / 4 = 0.2002 / 4 = 0.05005, shown as 0.05
    expect(body.summary).toEqual({ cases: 4, meanChange: 0.05, improved: 2, worsened: 1, unchanged: 1 });
    const row = (
      c: CaseDriver,
      surveys: number,
      firstVisit: number,
      firstComposite: number,
      latestVisit: number,
      latestComposite: number,
      change: number,
    ) => ({
      caseId: c.caseId,
      reference: c.body.reference,
      countryOfReturn: 'SN',
      surveys,
      firstVisit,
      firstComposite,
      latestVisit,
      latestComposite,
      change,
    });
    // Most worsened first: -0.25, 0.0002, 0.2, 0.25.
    expect(body.cases).toEqual([
      row(q2, 3, 1, 0.8, 3, 0.55, -0.25),
      row(q3, 2, 1, 0.6, 2, 0.6, 0),
      row(q5, 2, 2, 0.3, 4, 0.5, 0.2),
      row(q1, 2, 1, 0.25, 2, 0.5, 0.25),
    ]);

    await expectFilesMatch(
      stack.baseUrl,
      `/views/score-change?hostOffice=${office}`,
      ACTORS.supervisor,
      body.cases,
      'score-change',
    );
    // The workbook's second sheet holds the summary; a negative change stays a number, not neutralised text.
    const workbook = await xlsxSheets(
      await fetchViewFile(stack.baseUrl, `/views/score-change?hostOffice=${office}`, 'xlsx', ACTORS.supervisor),
    );
    expect(Object.keys(workbook)).toEqual(['cases', 'summary']);
    expect(workbook.summary.rows).toEqual([body.summary]);
    expect(workbook.cases.rows[0].change).toBe(-0.25);

    const none = await get(`/views/score-change?hostOffice=${office}&countryOfReturn=ML`);
    expect(none.body).toEqual({
      summary: { cases: 0, meanChange: null, improved: 0, worsened: 0, unchanged: 0 },
      cases: [],
    });
  });
});
