import { randomUUID } from 'node:crypto';
import { Client as PgClient } from 'pg';
import { ACTORS, CaseDriver } from './support/case-driver';
import { mobileMoney } from './support/fixtures';
import { poll } from './support/poll';
import { activityHistory, crashSuite } from './support/crash-suite';
import { WorkerProcess } from './support/worker-process';
import { request } from './support/http';

// Two worker starts (each compiles the worker with swc), then the 10 s activity timeout after the kill.
jest.setTimeout(180_000);

const suite = crashSuite();

// As the finance officer unless told otherwise.
const call = (
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string | undefined> = ACTORS.finance,
  signal?: AbortSignal,
) => request(suite.stack.baseUrl, method, path, body, headers, signal);

describe('a worker killed in the middle of an asset transfer confirmation', () => {
  it('after a restart there is exactly one posting and the transfer is confirmed once', async () => {
    const started = Date.now();
    const firstWorker = await suite.startWorker();
    const c = await CaseDriver.open(suite.stack.baseUrl);
    const base = `/cases/${c.caseId}`;
    const asset = await call(
      'POST',
      `${base}/assets`,
      { personId: c.people[0].id, kind: 'bank_savings', amountMinor: '250000', currency: 'XOF' },
      ACTORS.counsellor as Record<string, string>,
    );
    expect(asset.status).toBe(201);
    expect((await call('POST', `${base}/assets/${asset.body.id}/verify`, {})).status).toBe(200);
    const transferKey = randomUUID();
    const transfer = await call('POST', `${base}/assets/${asset.body.id}/transfers`, mobileMoney('250000', 'XOF'), {
      ...ACTORS.finance,
      'Idempotency-Key': transferKey,
    });
    expect(transfer.status).toBe(201);
    const transferId: string = transfer.body.id;
    expect((await call('POST', `${base}/transfers/${transferId}/initiate`, {})).body.status).toBe('initiated');

    const postingKey = `asset-transfer:${transferKey}`;
    const lock = new PgClient({ connectionString: suite.stack.config.database.url });
    await lock.connect();
    let locked = false;
    const hangUp = new AbortController();
    try {
      // The test holds the asset's row: the confirmation step (status saved, then the asset marked transferred) waits
      // on it, after the posting step has committed. That is the moment to crash.
      await lock.query('BEGIN');
      locked = true;
      await lock.query('SELECT 1 FROM declared_asset WHERE id = $1 FOR UPDATE', [asset.body.id]);
      const lockPid: number = (await lock.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;

      const key = randomUUID();
      const confirm = () =>
        call(
          'POST',
          `${base}/transfers/${transferId}/confirm`,
          { providerReference: 'OM-2027-44017' },
          { ...ACTORS.finance, 'Idempotency-Key': key },
          hangUp.signal,
        );
      const firstCall = confirm();
      firstCall.catch(() => undefined);

      await poll('the transfer posted and its confirmation waiting on the asset row', async () => {
        const posted = await suite.db.query('SELECT 1 FROM ledger_posting WHERE idempotency_key = $1', [postingKey]);
        // TypeORM aliases the table by its entity; the query text is cut at track_activity_query_size, so match its start.
        const { rows } = await suite.db.query(
          `SELECT a.pid FROM pg_stat_activity a WHERE $1 = ANY(pg_blocking_pids(a.pid)) AND a.query LIKE '%"DeclaredAssetEntity"%'`,
          [lockPid],
        );
        return posted.rowCount === 1 && rows.length === 1;
      });

      const killed = await firstWorker.kill('SIGKILL');
      expect(killed.signal).toBe('SIGKILL');
      await lock.query('ROLLBACK');
      locked = false;
      const killedAt = Date.now();
      // The killed worker's transaction is gone with its connection: the transfer is still initiated, its money posted.
      expect(
        (await suite.db.query('SELECT status FROM asset_transfer WHERE id = $1', [transferId])).rows[0].status,
      ).toBe('initiated');

      const secondWorker = await suite.startWorker();
      let answer = await firstCall.catch((error: unknown) => ({ status: 0, body: String(error) }));
      for (let calls = 1; answer.status !== 200 && calls < 5; calls++)
        answer = await confirm().catch((error: unknown) => ({ status: 0, body: String(error) }));
      const resumedAfterMs = Date.now() - killedAt;
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({
        id: transferId,
        status: 'confirmed',
        providerReference: 'OM-2027-44017',
        amountMinor: '250000',
      });

      // Exactly one posting, the transfer confirmed, the asset transferred, the statement tied.
      expect(
        (await suite.db.query('SELECT count(*)::int AS n FROM ledger_posting WHERE idempotency_key = $1', [postingKey]))
          .rows[0].n,
      ).toBe(1);
      const assets = (await call('GET', `${base}/assets`)).body;
      expect(assets[0]).toMatchObject({
        status: 'transferred',
        transfers: [{ id: transferId, status: 'confirmed', providerReference: 'OM-2027-44017' }],
      });
      const balances = (await call('GET', `${base}/statement`)).body.balances;
      expect(balances.find((b: any) => b.account === `case:${c.caseId}:assets-paid-out`)).toMatchObject({
        currency: 'XOF',
        balanceMinor: '250000',
      });
      expect(balances.find((b: any) => b.account === `case:${c.caseId}:returnee-assets`)).toMatchObject({
        currency: 'XOF',
        balanceMinor: '0',
      });

      // The crash landed between the two steps: the posting ran once on the first worker, the confirmation needed a
      // second attempt, on the new worker.
      const { scheduled, startedOf } = await activityHistory(suite.client, c.caseId);
      expect(scheduled('postAssetTransfer')).toHaveLength(1);
      expect(scheduled('confirmAssetTransfer')).toHaveLength(1);
      expect(startedOf('postAssetTransfer').activityTaskStartedEventAttributes!.attempt).toBe(1);
      expect(startedOf('confirmAssetTransfer').activityTaskStartedEventAttributes!.attempt).toBeGreaterThan(1);
      expect(startedOf('confirmAssetTransfer').activityTaskStartedEventAttributes!.identity).toMatch(
        new RegExp(`^${secondWorker.pid}@`),
      );
      const types = (await c.timeline()).map((e) => e.type);
      expect(types.filter((t) => t === 'asset_transfer_confirmed')).toHaveLength(1);
      console.log(
        `asset transfer crash: resumed ${resumedAfterMs} ms after the kill, test took ${Date.now() - started} ms`,
      );
    } catch (error) {
      for (const worker of suite.workers)
        console.log(`worker ${worker.pid} output (last part):\n${worker.log.slice(-4000)}`);
      throw error;
    } finally {
      hangUp.abort();
      if (locked) await lock.query('ROLLBACK').catch(() => undefined);
      await lock.end();
      await WorkerProcess.killAll();
    }
  });
});
