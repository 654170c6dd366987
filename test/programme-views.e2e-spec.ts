import { ACTORS, CaseDriver } from './support/case-driver';
import { startStack, TestStack } from './support/stack';
import { csvRows, expectFilesMatch, fetchViewFile, xlsxSheets } from './support/view-files';

jest.setTimeout(120_000);

let stack: TestStack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.close();
});

const get = async (path: string, actor: { Authorization?: string } = ACTORS.supervisor) => {
  const response = await fetch(`${stack.baseUrl}${path}`, { headers: { ...actor } });
  return { status: response.status, body: (await response.json()) as any };
};

async function waitForStage(c: CaseDriver, stage: string) {
  for (let i = 0; i < 100; i++) {
    if ((await c.get()).stage === stage) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`case never reached ${stage}`);
}

describe('programme views', () => {
  it('count cases by stage, time in stage, and list an overdue reintegration plan, in JSON, CSV and XLSX', async () => {
    // The test users' office of this file alone: the views count every case in it.
    const office = 'VIEWS';
    const waiting = await CaseDriver.open(stack.baseUrl, { hostOffice: office });
    const returned = await CaseDriver.open(stack.baseUrl, { hostOffice: office });
    await returned.throughBooking();
    // Departed and arrived 45 days ago: the plan was due 30 days after arrival, so 15 days ago.
    const longAgo = new Date(Date.now() - 45 * 86_400_000).toISOString();
    await returned.do('departure', 'logistics', { departedAt: longAgo });
    await returned.do('arrival', 'partner', { arrivedAt: longAgo, metAtAirport: true, onwardTransport: true });
    await waitForStage(waiting, 'counselling');
    await waitForStage(returned, 'reintegration');

    const byStage = await get(`/views/cases-by-stage?hostOffice=${office}`);
    expect(byStage.body).toEqual([
      { stage: 'counselling', cases: 1 },
      { stage: 'reintegration', cases: 1 },
    ]);

    const timeInStage = await get(`/views/time-in-stage?hostOffice=${office}`);
    expect(timeInStage.body.map((r: any) => [r.stage, r.cases])).toEqual([
      ['counselling', 1],
      ['reintegration', 1],
    ]);
    expect(timeInStage.body.every((r: any) => r.medianDays >= 0 && r.medianDays < 1)).toBe(true);

    const overdue = await get(`/views/overdue-follow-ups?hostOffice=${office}`);
    expect(overdue.body).toHaveLength(1);
    expect(overdue.body[0]).toMatchObject({ caseId: returned.caseId, waitingFor: 'the reintegration plan' });
    expect(overdue.body[0].daysOverdue).toBeGreaterThanOrEqual(14.9);
    expect(overdue.body[0].daysOverdue).toBeLessThanOrEqual(15.1);
    expect(waiting.caseId).not.toBe(returned.caseId);

    expect((await get('/views/cases-by-stage?countryOfReturn=XX')).status).toBe(400);

    // The same rows taken away as CSV and XLSX, under the JSON field names.
    const views: Array<[string, any[]]> = [
      ['cases-by-stage', byStage.body],
      ['time-in-stage', timeInStage.body],
      ['overdue-follow-ups', overdue.body],
    ];
    for (const [name, json] of views)
      await expectFilesMatch(stack.baseUrl, `/views/${name}?hostOffice=${office}`, ACTORS.supervisor, json, name);

    // Never more than the reader's own view: a supervisor of another office and a partner of another organisation
    // get the header alone, and nothing of the overdue case.
    for (const who of ['otherSupervisor', 'otherPartner'] as const) {
      const path = `/views/overdue-follow-ups?hostOffice=${office}`;
      expect((await get(path, ACTORS[who])).body).toEqual([]);
      const csv = await fetchViewFile(stack.baseUrl, path, 'csv', ACTORS[who]);
      expect(csvRows(csv)).toEqual({
        header: ['caseId', 'reference', 'countryOfReturn', 'waitingFor', 'dueAt', 'daysOverdue'],
        rows: [],
      });
      expect(csv.bytes.toString('utf8')).not.toContain(returned.body.reference);
      const xlsx = await fetchViewFile(stack.baseUrl, path, 'xlsx', ACTORS[who]);
      expect(Object.values(await xlsxSheets(xlsx)).map((sheet) => sheet.rows)).toEqual([[]]);
      const stages = await fetchViewFile(
        stack.baseUrl,
        `/views/cases-by-stage?hostOffice=${office}`,
        'csv',
        ACTORS[who],
      );
      expect(csvRows(stages).rows).toEqual([]);
    }
    // The partner of the case's organisation sees it, in the view and in the file alike.
    const partners = await get(`/views/overdue-follow-ups?hostOffice=${office}`, ACTORS.partner);
    await expectFilesMatch(
      stack.baseUrl,
      `/views/overdue-follow-ups?hostOffice=${office}`,
      ACTORS.partner,
      partners.body,
      'overdue-follow-ups',
    );
    expect(partners.body.map((r: any) => r.reference)).toEqual([returned.body.reference]);

    const badFormat = await get(`/views/cases-by-stage?hostOffice=${office}&format=pdf`);
    expect(badFormat.status).toBe(400);
    expect(badFormat.body.violations.map((v: { field: string }) => v.field)).toEqual(['format']);
  });
});
