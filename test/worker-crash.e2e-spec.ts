import { randomUUID } from 'node:crypto';
import { getQueueToken } from '@nestjs/bullmq';
import { Client } from '@temporalio/client';
import { Queue } from 'bullmq';
import { Client as PgClient } from 'pg';
import { NOTIFICATION_QUEUE, NotificationJob } from '@avrr/messaging';
import { returnCaseWorkflowId } from '@avrr/workflows';
import { ACTORS, CaseDriver } from './support/case-driver';
import { localActivityType } from './support/history-json';
import { allMail, CaughtMail } from './support/mail-catcher';
import { startStack, TestStack } from './support/stack';
import { poll } from './support/poll';
import { WorkerProcess } from './support/worker-process';

// Two worker starts (each compiles the worker with swc on the fly), the 10 s workflow task timeout after the kill
// (the projection runs inside the dead worker's workflow task), and Temporal moving the case off its sticky queue.
jest.setTimeout(180_000);

const WITHDRAWAL = { reason: 'The family decided to stay and apply for a residence permit' };
const WITHDRAWAL_STEPS = [
  'withdraw_consent',
  'withdrawal_cancel_booking',
  'withdrawal_stop_transfers',
  'withdrawal_notify_partner',
  'case_closed',
];

let stack: TestStack;
let client: Client;
let notifications: Queue<NotificationJob>;
const workers: WorkerProcess[] = [];

beforeAll(async () => {
  // The API in this process; the worker runs as a child process so that it can be killed like a real one.
  stack = await startStack({ worker: false });
  client = stack.api.get(Client);
  notifications = stack.api.get<Queue<NotificationJob>>(getQueueToken(NOTIFICATION_QUEUE), { strict: false });
});

afterAll(async () => {
  await WorkerProcess.killAll();
  // A failed test can leave a call waiting on a workflow that no worker runs; the server must not wait for it.
  stack?.api.getHttpServer().closeAllConnections();
  await stack?.close();
});

async function startWorker(): Promise<WorkerProcess> {
  const worker = await WorkerProcess.start();
  workers.push(worker);
  return worker;
}

/** Until no notification of the case waits, runs or is scheduled for a retry: everything it sent is in MailDev. */
async function waitForNotificationsOf(caseId: string): Promise<void> {
  await poll(`notifications of case ${caseId} delivered`, async () => {
    const pending = await notifications.getJobs(['waiting', 'active', 'delayed', 'prioritized', 'paused']);
    return !pending.some((job) => job?.data?.caseId === caseId);
  });
}

const mailsOf = async (reference: string): Promise<CaughtMail[]> =>
  (await allMail(stack.config.smtp.catcherUrl!)).filter((m) => m.subject.includes(`case ${reference}`));

/** POSTs the consent withdrawal with the given Idempotency-Key; `signal` lets a failing test hang up on it. */
async function sendWithdrawal(
  c: CaseDriver,
  key: string,
  signal?: AbortSignal,
): Promise<{ status: number; body: any }> {
  const response = await fetch(`${c.baseUrl}/cases/${c.caseId}/consent-withdrawal`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...ACTORS.counsellor, 'Idempotency-Key': key },
    body: JSON.stringify(WITHDRAWAL),
    signal,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

/** Waits for the first call's answer; without one (timeout, 5xx), sends the withdrawal again with the SAME key. */
async function withdrawUntilAnswered(
  c: CaseDriver,
  key: string,
  first: Promise<{ status: number; body: any }>,
  signal: AbortSignal,
) {
  let attempt = first;
  for (let calls = 1; ; calls++) {
    const response = await attempt.catch((error: unknown) => ({ status: 0, body: String(error) }));
    if (response.status === 200 || calls >= 5 || signal.aborted) return { ...response, calls };
    attempt = sendWithdrawal(c, key, signal);
  }
}

describe('a worker killed in the middle of a case', () => {
  it('finishes the consent withdrawal after a restart with every timeline event and every mail exactly once', async () => {
    const started = Date.now();
    const firstWorker = await startWorker();

    // The same case without a crash: what an uninterrupted withdrawal records.
    const control = await CaseDriver.open(stack.baseUrl);
    await control.throughBooking();
    const controlWithdrawn = await control.do('consent-withdrawal', 'counsellor', WITHDRAWAL);
    expect(controlWithdrawn.stage).toBe('closed');
    const expectedTypes = (await control.timeline()).map((e) => e.type);
    expect(expectedTypes.slice(-WITHDRAWAL_STEPS.length)).toEqual(WITHDRAWAL_STEPS);

    const c = await CaseDriver.open(stack.baseUrl);
    await c.throughBooking();
    // Nothing of this case may be in flight but what the test interrupts: its booking mails are out.
    await waitForNotificationsOf(c.caseId);

    // Hold the case row, so that the withdrawal's projection (recordCaseEvent writes return_case) waits on it.
    const lock = new PgClient({ connectionString: stack.config.database.url });
    await lock.connect();
    let locked = false;
    // If the test fails while the call still waits on a workflow that no worker runs, the test hangs up on it.
    const hangUp = new AbortController();
    try {
      await lock.query('BEGIN');
      locked = true;
      await lock.query('SELECT id FROM return_case WHERE id = $1 FOR UPDATE', [c.caseId]);
      const lockPid: number = (await lock.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;

      const key = randomUUID();
      const firstCall = sendWithdrawal(c, key, hangUp.signal);
      firstCall.catch(() => undefined); // awaited below; a socket error must not surface as an unhandled rejection

      // The activity runs on the first worker and its transaction waits for the lock: the moment to crash. The waiting
      // backend is recognised by the timeline row it is inserting (the foreign key check is what waits on the case row).
      await poll('the projection waiting on the case row', async () => {
        const { rows } = await lock.query(
          `SELECT a.pid FROM pg_stat_activity a
             JOIN pg_locks l ON l.pid = a.pid AND l.relation = 'case_timeline_event'::regclass AND l.mode = 'RowExclusiveLock'
            WHERE $1 = ANY(pg_blocking_pids(a.pid))`,
          [lockPid],
        );
        return rows.length === 1;
      });

      const killed = await firstWorker.kill('SIGKILL');
      expect(killed.signal).toBe('SIGKILL');
      await lock.query('ROLLBACK');
      locked = false;
      const killedAt = Date.now();

      const secondWorker = await startWorker();
      const withdrawn = await withdrawUntilAnswered(c, key, firstCall, hangUp.signal);
      const resumedAfterMs = Date.now() - killedAt;

      expect(withdrawn.status).toBe(200);
      expect(withdrawn.body.stage).toBe('closed');
      expect(withdrawn.body.state.closed.outcome).toBe('withdrawn');
      expect(withdrawn.body.state.withdrawal.completedSteps).toEqual([
        'cancel-booking',
        'stop-transfers',
        'notify-partner',
      ]);

      // The crash really landed in the middle of the case. The projection is a local activity: it ran inside the first
      // worker's workflow task, which the kill left to time out; the withdrawal was then accepted and projected again by
      // a task of the new worker, and no activity needed a second attempt.
      const history = await client.workflow.getHandle(returnCaseWorkflowId(c.caseId)).fetchHistory();
      const events = history.events ?? [];
      const byId = new Map(events.map((e) => [String(e.eventId), e]));
      const completedBy = (e: (typeof events)[number] | undefined) => e?.workflowTaskCompletedEventAttributes?.identity;
      // The server records a timed-out task's start without the dead worker's identity: the task completed just
      // before it tells whose it was.
      const timedOut = events.findIndex((e) => e.workflowTaskTimedOutEventAttributes);
      expect(timedOut).toBeGreaterThan(0);
      const lastBefore = events
        .slice(0, timedOut)
        .reverse()
        .find((e) => e.workflowTaskCompletedEventAttributes);
      expect(completedBy(lastBefore)).toMatch(new RegExp(`^${firstWorker.pid}@`));
      const accepted = events.findIndex(
        (e) =>
          e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.meta?.updateId ===
          `withdraw_consent:${key}`,
      );
      expect(accepted).toBeGreaterThan(timedOut);
      // The handler's first command is its projection: the first recordCaseEvent marker after the acceptance.
      const projection = events.slice(accepted).find((e) => localActivityType(e) === 'recordCaseEvent');
      const projectedIn = byId.get(String(projection?.markerRecordedEventAttributes?.workflowTaskCompletedEventId));
      expect(completedBy(projectedIn)).toMatch(new RegExp(`^${secondWorker.pid}@`));
      expect(events.filter((e) => (e.activityTaskStartedEventAttributes?.attempt ?? 1) > 1)).toHaveLength(0);

      // Nothing lost, nothing twice: the timeline is the uninterrupted one, each event key once.
      const timeline = await c.timeline();
      expect(timeline.map((e) => e.type)).toEqual(expectedTypes);
      expect(new Set(timeline.map((e) => e.eventKey)).size).toBe(timeline.length);
      const view = await c.get();
      expect(view.stage).toBe('closed');
      expect(view.outcome).toBe('withdrawn');

      // One cancellation for logistics and one word to the partner, however many times the activities ran.
      await poll('both withdrawal mails in MailDev', async () => {
        const subjects = (await mailsOf(c.body.reference)).map((m) => m.subject);
        return (
          subjects.some((s) => s.startsWith('Cancel booking')) &&
          subjects.some((s) => s.startsWith('Consent withdrawn'))
        );
      });
      await waitForNotificationsOf(c.caseId);
      const mails = await mailsOf(c.body.reference);
      expect(mails.filter((m) => m.subject === `Cancel booking XK7P2Q (case ${c.body.reference})`)).toHaveLength(1);
      expect(
        mails.filter((m) => m.subject === `Consent withdrawn: case ${c.body.reference} will not travel`),
      ).toHaveLength(1);

      console.log(
        `worker crash: resumed ${resumedAfterMs} ms after the kill (${withdrawn.calls} call(s)), test took ${Date.now() - started} ms`,
      );
    } catch (error) {
      for (const worker of workers) console.log(`worker ${worker.pid} output (last part):\n${worker.log.slice(-4000)}`);
      throw error;
    } finally {
      hangUp.abort();
      if (locked) await lock.query('ROLLBACK').catch(() => undefined);
      await lock.end();
      await WorkerProcess.killAll();
    }
  });
});
