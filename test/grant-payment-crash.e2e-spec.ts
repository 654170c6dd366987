import { randomUUID } from 'node:crypto';
import { Client as PgClient } from 'pg';
import { ACTORS, isoDay } from './support/case-driver';
import { arrivedWithApprovedPlan, TWO_TRANCHES } from './support/grant-case';
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

describe('a worker killed in the middle of a grant payment', () => {
  it('after a restart there is exactly one posting and one payment', async () => {
    const started = Date.now();
    const firstWorker = await suite.startWorker();
    const c = await arrivedWithApprovedPlan(suite.stack.baseUrl);
    const base = `/cases/${c.caseId}`;
    const grant = await call(
      'POST',
      `${base}/grant`,
      { tranches: TWO_TRANCHES },
      { ...ACTORS.finance, 'Idempotency-Key': randomUUID() },
    );
    expect(grant.status).toBe(201);
    const trancheId: string = grant.body.tranches[0].id;
    await c.do('milestones', 'partner', { kind: 'plan_agreed', achievedOn: isoDay(0) });
    expect((await call('GET', `${base}/grant`)).body.tranches[0].status).toBe('released');

    const postingKey = `grant-tranche:${trancheId}:paid`;
    const lock = new PgClient({ connectionString: suite.stack.config.database.url });
    await lock.connect();
    let locked = false;
    const hangUp = new AbortController();
    try {
      // An uncommitted payment row for the tranche: the confirmation's INSERT waits on its unique key, after the
      // posting has committed. That is the moment to crash.
      await lock.query('BEGIN');
      locked = true;
      await lock.query(
        `INSERT INTO grant_payment (tranche_id, case_id, amount_minor, currency, recipient, proof_reference, posting_key, paid_by)
         VALUES ($1, $2, 1, 'XOF', 'returnee', 'held-by-the-test', 'held-by-the-test', 'test')`,
        [trancheId, c.caseId],
      );
      const lockPid: number = (await lock.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;

      const key = randomUUID();
      const proofDocumentId = await c.file('proof_of_payment', null, 'finance');
      const pay = () =>
        call(
          'POST',
          `${base}/grant/tranches/${trancheId}/payment`,
          { proofReference: 'WAVE-2027-55120', proofDocumentId },
          { ...ACTORS.finance, 'Idempotency-Key': key },
          hangUp.signal,
        );
      const firstCall = pay();
      firstCall.catch(() => undefined);

      await poll('the payment posted and its confirmation waiting on the payment row', async () => {
        const posted = await suite.db.query('SELECT 1 FROM ledger_posting WHERE idempotency_key = $1', [postingKey]);
        const { rows } = await suite.db.query(
          `SELECT a.pid FROM pg_stat_activity a WHERE $1 = ANY(pg_blocking_pids(a.pid)) AND a.query ILIKE '%grant_payment%'`,
          [lockPid],
        );
        return posted.rowCount === 1 && rows.length === 1;
      });

      const killed = await firstWorker.kill('SIGKILL');
      expect(killed.signal).toBe('SIGKILL');
      await lock.query('ROLLBACK');
      locked = false;
      const killedAt = Date.now();

      const secondWorker = await suite.startWorker();
      let answer = await firstCall.catch((error: unknown) => ({ status: 0, body: String(error) }));
      for (let calls = 1; answer.status !== 200 && calls < 5; calls++)
        answer = await pay().catch((error: unknown) => ({ status: 0, body: String(error) }));
      const resumedAfterMs = Date.now() - killedAt;
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({
        trancheId,
        status: 'paid',
        proofReference: 'WAVE-2027-55120',
        amountMinor: '150000',
        postingKey,
      });

      // Exactly one posting and one payment.
      expect(
        (await suite.db.query('SELECT count(*)::int AS n FROM ledger_posting WHERE idempotency_key = $1', [postingKey]))
          .rows[0].n,
      ).toBe(1);
      const payments = await suite.db.query(
        'SELECT proof_reference, amount_minor::text AS amount FROM grant_payment WHERE tranche_id = $1',
        [trancheId],
      );
      expect(payments.rows).toEqual([{ proof_reference: 'WAVE-2027-55120', amount: '150000' }]);
      const balances = (await call('GET', `${base}/statement`)).body.balances;
      expect(balances.find((b: any) => b.account === `case:${c.caseId}:grant-paid-out`)).toMatchObject({
        balanceMinor: '150000',
      });
      expect(balances.find((b: any) => b.account === `case:${c.caseId}:grant-in-transit`)).toMatchObject({
        balanceMinor: '0',
      });

      // The crash landed between the two steps: the posting ran once on the first worker, the confirmation needed a
      // second attempt, on the new worker.
      const { scheduled, startedOf } = await activityHistory(suite.client, c.caseId);
      expect(scheduled('postTranchePayment')).toHaveLength(1);
      expect(scheduled('confirmTranchePayment')).toHaveLength(1);
      expect(startedOf('postTranchePayment').activityTaskStartedEventAttributes!.attempt).toBe(1);
      expect(startedOf('confirmTranchePayment').activityTaskStartedEventAttributes!.attempt).toBeGreaterThan(1);
      expect(startedOf('confirmTranchePayment').activityTaskStartedEventAttributes!.identity).toMatch(
        new RegExp(`^${secondWorker.pid}@`),
      );
      const types = (await c.timeline()).map((e) => e.type);
      expect(types.filter((t) => t === 'grant_tranche_paid')).toHaveLength(1);
      console.log(
        `grant payment crash: resumed ${resumedAfterMs} ms after the kill, test took ${Date.now() - started} ms`,
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
