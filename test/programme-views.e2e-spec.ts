import { ACTORS, CaseDriver } from './support/case-driver';
import { startStack, TestStack } from './support/stack';

jest.setTimeout(120_000);

let stack: TestStack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.close();
});

const get = async (path: string) => {
  const response = await fetch(`${stack.baseUrl}${path}`, { headers: { ...ACTORS.supervisor } });
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
  it('count cases by stage, time in stage, and list an overdue reintegration plan', async () => {
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
  });
});
