import { randomUUID } from 'node:crypto';
import { Client } from '@temporalio/client';
import { Client as PgClient } from 'pg';
import { returnCaseWorkflowId } from '@avrr/workflows';
import { ACTORS, CaseDriver } from './support/case-driver';
import { mobileMoney } from './support/fixtures';
import { startStack, TestStack } from './support/stack';
import { request } from './support/http';
import { poll } from './support/poll';

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

const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  request(stack.baseUrl, method, path, body, headers);

describe('consent withdrawal and transfers', () => {
  it('cancels transfers not yet under way, lets initiated and confirmed ones stand, and the timeline says which', async () => {
    const c = await CaseDriver.open(stack.baseUrl);
    const base = `/cases/${c.caseId}`;
    const asset = await call(
      'POST',
      `${base}/assets`,
      { personId: c.people[0].id, kind: 'bank_savings', amountMinor: '300000', currency: 'XOF' },
      ACTORS.counsellor,
    );
    expect((await call('POST', `${base}/assets/${asset.body.id}/verify`, {}, FINANCE)).status).toBe(200);
    const create = async (amount: string) =>
      (
        await call('POST', `${base}/assets/${asset.body.id}/transfers`, mobileMoney(amount, 'XOF'), {
          ...FINANCE,
          'Idempotency-Key': randomUUID(),
        })
      ).body.id as string;
    const pending = await create('100000');
    const initiated = await create('100000');
    const confirmed = await create('100000');
    for (const id of [initiated, confirmed])
      expect((await call('POST', `${base}/transfers/${id}/initiate`, {}, FINANCE)).status).toBe(200);
    expect(
      (await call('POST', `${base}/transfers/${confirmed}/confirm`, { providerReference: 'OM-778812' }, FINANCE))
        .status,
    ).toBe(200);

    const withdrawn = await c.do('consent-withdrawal', 'counsellor', { reason: 'She decided to stay with her sister' });
    expect(withdrawn.state.closed.outcome).toBe('withdrawn');

    const statuses = Object.fromEntries(
      (await call('GET', `${base}/assets`, undefined, FINANCE)).body[0].transfers.map((t: any) => [t.id, t.status]),
    );
    expect(statuses).toEqual({ [pending]: 'cancelled', [initiated]: 'initiated', [confirmed]: 'confirmed' });
    const step = (await c.timeline()).find((e) => e.type === 'withdrawal_stop_transfers') as any;
    expect(step.details.cancelled.map((t: any) => t.id)).toEqual([pending]);
    expect(step.details.standing.map((t: any) => [t.id, t.status])).toEqual([
      [initiated, 'initiated'],
      [confirmed, 'confirmed'],
    ]);

    // After the withdrawal nothing more is sent: the closed case takes no new instruction, and the cancelled one cannot
    // be initiated. The initiated transfer that stood is confirmed when its reference comes in, and paid out once.
    const late = await call('POST', `${base}/assets/${asset.body.id}/transfers`, mobileMoney('50000', 'XOF'), {
      ...FINANCE,
      'Idempotency-Key': randomUUID(),
    });
    expect(late).toMatchObject({ status: 409, body: { code: 'case_closed' } });
    expect((await call('POST', `${base}/transfers/${pending}/initiate`, {}, FINANCE)).status).toBe(409);
    const standing = await call(
      'POST',
      `${base}/transfers/${initiated}/confirm`,
      { providerReference: 'OM-778900' },
      FINANCE,
    );
    expect(standing.status).toBe(200);
    expect(standing.body).toMatchObject({ status: 'confirmed', providerReference: 'OM-778900' });
    const paidOut = (await call('GET', `${base}/statement`, undefined, FINANCE)).body.balances.find(
      (b: any) => b.account === `case:${c.caseId}:assets-paid-out`,
    );
    expect(paidOut).toMatchObject({ currency: 'XOF', balanceMinor: '200000' });
  });

  it('a confirmation under way when consent is withdrawn finishes before the stop-transfers step, which sees it confirmed', async () => {
    const c = await CaseDriver.open(stack.baseUrl);
    const base = `/cases/${c.caseId}`;
    const asset = await call(
      'POST',
      `${base}/assets`,
      { personId: c.people[0].id, kind: 'bank_savings', amountMinor: '100000', currency: 'XOF' },
      ACTORS.counsellor,
    );
    expect((await call('POST', `${base}/assets/${asset.body.id}/verify`, {}, FINANCE)).status).toBe(200);
    const transfer = (
      await call('POST', `${base}/assets/${asset.body.id}/transfers`, mobileMoney('100000', 'XOF'), {
        ...FINANCE,
        'Idempotency-Key': randomUUID(),
      })
    ).body.id as string;
    expect((await call('POST', `${base}/transfers/${transfer}/initiate`, {}, FINANCE)).status).toBe(200);

    const history = async () =>
      (await stack.api.get(Client).workflow.getHandle(returnCaseWorkflowId(c.caseId)).fetchHistory()).events ?? [];
    const scheduled = (events: Awaited<ReturnType<typeof history>>, name: string) =>
      events
        .filter((e) => e.activityTaskScheduledEventAttributes?.activityType?.name === name)
        .map((e) => Number(e.eventId));
    const lock = new PgClient({ connectionString: stack.config.database.url });
    await lock.connect();
    try {
      // The test holds the transfer's row: the confirmation's posting step waits on it, accepted and under way.
      await lock.query('BEGIN');
      await lock.query('SELECT 1 FROM asset_transfer WHERE id = $1 FOR UPDATE', [transfer]);
      const confirm = call(
        'POST',
        `${base}/transfers/${transfer}/confirm`,
        { providerReference: 'OM-RACE-1' },
        FINANCE,
      );
      await poll(
        'the posting step scheduled',
        async () => scheduled(await history(), 'postAssetTransfer').length === 1,
      );
      const withdrawal = c.do('consent-withdrawal', 'counsellor', { reason: 'He found work here' });
      await poll('the withdrawal accepted', async () =>
        (await history()).some(
          (e) => e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.name === 'withdraw_consent',
        ),
      );
      await new Promise((resolve) => setTimeout(resolve, 1500));
      // The withdrawal waits for the money step: its stop-transfers step has not started.
      expect(scheduled(await history(), 'stopPendingTransfers')).toEqual([]);
      await lock.query('ROLLBACK');

      const [confirmed, withdrawn] = await Promise.all([confirm, withdrawal]);
      expect(confirmed.status).toBe(200);
      expect(confirmed.body).toMatchObject({ status: 'confirmed', providerReference: 'OM-RACE-1' });
      expect(withdrawn.state.closed.outcome).toBe('withdrawn');
      const events = await history();
      expect(scheduled(events, 'stopPendingTransfers')[0]).toBeGreaterThan(
        scheduled(events, 'confirmAssetTransfer')[0],
      );
      const step = (await c.timeline()).find((e) => e.type === 'withdrawal_stop_transfers') as any;
      expect(step.details).toMatchObject({ cancelled: [], standing: [{ id: transfer, status: 'confirmed' }] });
      const ledger = (await call('GET', `${base}/statement`, undefined, FINANCE)).body;
      expect(ledger.entries.filter((e: any) => e.idempotencyKey.startsWith('asset-transfer:'))).toHaveLength(2);
    } finally {
      await lock.query('ROLLBACK').catch(() => undefined);
      await lock.end();
    }
  });
});
