import { randomUUID } from 'node:crypto';
import { ACTORS, CaseDriver } from './support/case-driver';
import { mobileMoney } from './support/fixtures';
import { startStack, TestStack } from './support/stack';

jest.setTimeout(120_000);

// The withdrawal runs in the case workflow, so this suite needs the worker.
let stack: TestStack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.close();
});

const FINANCE = ACTORS.finance;

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${stack.baseUrl}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as any };
}

describe('consent withdrawal and transfers', () => {
  it('cancels transfers not yet under way, lets initiated and confirmed ones stand, and the timeline says which', async () => {
    const c = await CaseDriver.open(stack.baseUrl);
    const base = `/cases/${c.caseId}`;
    const asset = await call('POST', `${base}/assets`, { personId: c.people[0].id, kind: 'bank_savings', amountMinor: '300000', currency: 'XOF' }, ACTORS.counsellor);
    expect((await call('POST', `${base}/assets/${asset.body.id}/verify`, {}, FINANCE)).status).toBe(200);
    const create = async (amount: string) =>
      (await call('POST', `${base}/assets/${asset.body.id}/transfers`, mobileMoney(amount, 'XOF'), { ...FINANCE, 'Idempotency-Key': randomUUID() })).body.id as string;
    const pending = await create('100000');
    const initiated = await create('100000');
    const confirmed = await create('100000');
    for (const id of [initiated, confirmed]) expect((await call('POST', `${base}/transfers/${id}/initiate`, {}, FINANCE)).status).toBe(200);
    expect((await call('POST', `${base}/transfers/${confirmed}/confirm`, { providerReference: 'OM-778812' }, FINANCE)).status).toBe(200);

    const withdrawn = await c.do('consent-withdrawal', 'counsellor', { reason: 'She decided to stay with her sister' });
    expect(withdrawn.state.closed.outcome).toBe('withdrawn');

    const statuses = Object.fromEntries((await call('GET', `${base}/assets`, undefined, FINANCE)).body[0].transfers.map((t: any) => [t.id, t.status]));
    expect(statuses).toEqual({ [pending]: 'cancelled', [initiated]: 'initiated', [confirmed]: 'confirmed' });
    const step = (await c.timeline()).find((e) => e.type === 'withdrawal_stop_transfers') as any;
    expect(step.details.cancelled.map((t: any) => t.id)).toEqual([pending]);
    expect(step.details.standing.map((t: any) => [t.id, t.status])).toEqual([
      [initiated, 'initiated'],
      [confirmed, 'confirmed'],
    ]);
  });
});
