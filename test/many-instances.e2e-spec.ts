import { hostname } from 'node:os';
import { Client, Connection } from '@temporalio/client';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { loadAppConfig } from '@avrr/config';
import { redisOptionsFromUrl } from '@avrr/messaging';
import { CaseRepository, dataSourceOptions } from '@avrr/persistence';
import { temporalConnectionOptions } from '@avrr/temporal';
import { returnCaseWorkflowId } from '@avrr/workflows';
import { MAINTENANCE_QUEUE } from '../apps/worker/src/reconciler/case-reconciler.processor';
import { RETENTION_QUEUE } from '../apps/worker/src/retention/case-retention.processor';
import { bearerFor, seedTestAccess } from './support/access';
import { ApiProcess } from './support/api-process';
import { ACTORS, CaseDriver } from './support/case-driver';
import { caseDraft, uniqueTag } from './support/case-draft';
import { postJson } from './support/fixtures';
import { poll } from './support/poll';
import { localActivityType } from './support/history-json';
import { WorkerProcess } from './support/worker-process';

jest.setTimeout(120_000);

/**
 * Two API instances and two workers, as child processes, on the suite's one Temporal, PostgreSQL and Redis: a task
 * queue and a queue prefix of their own, so that only these four processes share the work.
 */
const tag = uniqueTag();
// Above the sign-ins of the three test users this file needs (from 127.0.0.1, counted under that address).
const LOGIN_LIMIT = 5;
const ENV = {
  TEMPORAL_TASK_QUEUE: `many-${tag}`,
  QUEUE_PREFIX: `avrr-many-${tag}`,
  RATE_LIMIT_LOGIN_PER_MINUTE: String(LOGIN_LIMIT),
  // As behind a load balancer on this machine: the client's address comes from X-Forwarded-For.
  TRUST_PROXY: 'loopback',
  CASE_RECONCILE_AFTER_SECONDS: '1',
  CASE_RECONCILE_EVERY_SECONDS: '1',
  RETENTION_SWEEP_EVERY_SECONDS: '1',
};
// Enough that the cases' first workflow tasks land on both workers (each case then stays on its worker's sticky queue).
const CASES = 10;
const config = loadAppConfig(ENV);
let apis: ApiProcess[] = [];
let workers: WorkerProcess[] = [];
let dataSource: DataSource;
let connection: Connection;
let client: Client;
let drivers: CaseDriver[] = [];
const leftBehind: string[] = [];
let unstartedBefore: string[] = [];
const queues: Queue[] = [];

const identityOf = (worker: WorkerProcess) => `${worker.pid}@${hostname()}`;
/** Each worker's database sessions carry its name, so a session waiting on a row tells which worker it belongs to. */
const WORKER_NAMES = ['many-worker-0', 'many-worker-1'];
const databaseUrlOf = (name: string) => {
  const url = new URL(config.database.url);
  url.searchParams.set('application_name', name);
  return url.toString();
};
const history = async (caseId: string) =>
  (await client.workflow.getHandle(returnCaseWorkflowId(caseId)).fetchHistory()).events ?? [];
const queue = (name: string) => {
  const q = new Queue(name, { connection: redisOptionsFromUrl(config.redis.url), prefix: config.redis.queuePrefix });
  queues.push(q);
  return q;
};

beforeAll(async () => {
  dataSource = await new DataSource(dataSourceOptions(config)).initialize();
  await seedTestAccess(dataSource);
  // Cases whose intake stopped before the workflow start: the reconciler must start each once.
  const cases = new CaseRepository(dataSource);
  for (let i = 0; i < 3; i += 1) {
    const draft = await caseDraft(cases, { workflowStarted: false });
    await cases.insert(draft);
    await dataSource.query(`UPDATE return_case SET created_at = now() - interval '1 minute' WHERE id = $1`, [draft.id]);
    leftBehind.push(draft.id);
  }
  const unstarted: Array<{ id: string }> = await dataSource.query(
    `SELECT id FROM return_case WHERE workflow_started_at IS NULL`,
  );
  unstartedBefore = unstarted.map((r) => r.id);
  [workers, apis] = await Promise.all([
    Promise.all(WORKER_NAMES.map((name) => WorkerProcess.start(60_000, { ...ENV, DATABASE_URL: databaseUrlOf(name) }))),
    Promise.all([ApiProcess.start(ENV), ApiProcess.start(ENV)]),
  ]);
  for (const user of ['counsellor', 'supervisor', 'partner', 'admin'] as const)
    Object.assign(ACTORS[user], await bearerFor(apis[0].baseUrl, user));
  connection = await Connection.connect(temporalConnectionOptions(config));
  client = new Client({ connection });
});

afterAll(async () => {
  await Promise.all([...apis, ...workers].map((p) => p.kill('SIGTERM')));
  await Promise.all(queues.map((q) => q.close()));
  await connection?.close();
  await dataSource?.destroy();
});

describe('two API instances and two workers on one Temporal, PostgreSQL and Redis', () => {
  it('spread the cases’ work across both workers, whichever API received the request', async () => {
    drivers = [];
    for (let i = 0; i < CASES; i += 1) drivers.push(await CaseDriver.open(apis[i % 2].baseUrl));
    await Promise.all(
      drivers.map(async (driver, i) => {
        await poll('intake recorded', async () => (await driver.timeline()).some((e) => e.type === 'intake_recorded'));
        // The next step through the other instance.
        await new CaseDriver(apis[(i + 1) % 2].baseUrl, driver.caseId, driver.body).counsel();
      }),
    );
    // The projection and the notification run as local activities, inside the workflow tasks: who completed those.
    const perWorker = new Map<string, number>();
    for (const driver of drivers) {
      for (const event of await history(driver.caseId)) {
        const identity = event.workflowTaskCompletedEventAttributes?.identity;
        if (identity) perWorker.set(identity, (perWorker.get(identity) ?? 0) + 1);
      }
    }
    expect([...perWorker.keys()].sort()).toEqual(workers.map(identityOf).sort());
  });

  it('hold the login rate limit across instances: the count is kept in Redis', async () => {
    // One client address for this check alone (the APIs trust X-Forwarded-For from loopback, as behind a load balancer).
    const headers = { 'X-Forwarded-For': `198.51.100.${1 + Math.floor(Math.random() * 250)}` };
    const attempt = (i: number) =>
      postJson(
        `${apis[i % 2].baseUrl}/auth/login`,
        { email: `nobody-${tag}@avrr.test`, password: 'wrong-password-1' },
        headers,
      );
    const statuses: number[] = [];
    for (let i = 0; i < LOGIN_LIMIT + 2; i += 1) statuses.push((await attempt(i)).status);
    // LOGIN_LIMIT attempts a minute in all: each instance saw only half of them, so alone it would have let all through.
    expect(statuses.slice(0, LOGIN_LIMIT)).toEqual(Array(LOGIN_LIMIT).fill(401));
    expect(statuses.slice(LOGIN_LIMIT)).toEqual([429, 429]);
  });

  it('count the socket address, not X-Forwarded-For, when no proxy is trusted (the default)', async () => {
    const direct = await ApiProcess.start({ ...ENV, TRUST_PROXY: '' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < LOGIN_LIMIT + 1; i += 1) {
        // A new claimed address each time: trusted, each would be a new client with a fresh count.
        const headers = { 'X-Forwarded-For': `203.0.113.${1 + i}` };
        const body = { email: `nobody-direct-${tag}@avrr.test`, password: 'wrong-password-1' };
        statuses.push((await postJson(`${direct.baseUrl}/auth/login`, body, headers)).status);
      }
      // All counted under 127.0.0.1, which this file's sign-ins have already drawn on: the limit is reached.
      expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(LOGIN_LIMIT);
      expect(statuses).toContain(429);
    } finally {
      await direct.kill('SIGTERM');
    }
  });

  it('run each scheduled job once: one scheduler per job, and the reconciler starts each left-behind case once', async () => {
    for (const name of [MAINTENANCE_QUEUE, RETENTION_QUEUE]) {
      const schedulers = await queue(name).getJobSchedulers();
      expect(schedulers).toHaveLength(1);
    }
    const maintenance = queue(MAINTENANCE_QUEUE);
    await poll('the reconciler starts the cases left behind', async () => {
      const rows: Array<{ started: boolean }> = await dataSource.query(
        `SELECT workflow_started_at IS NOT NULL AS started FROM return_case WHERE id = ANY($1)`,
        [leftBehind],
      );
      return rows.every((r) => r.started);
    });
    // A run that finished after they were all started, so that no run is still under way with them.
    const after = Date.now();
    await poll('a later reconciler run', async () =>
      (await maintenance.getJobs(['completed'])).some((j) => (j.finishedOn ?? 0) > after),
    );
    const runs = (await maintenance.getJobs(['completed'])).sort((a, b) => a.processedOn! - b.processedOn!);
    // One run at a time across both workers: each began after the one before had finished.
    for (let i = 1; i < runs.length; i += 1)
      expect(runs[i].processedOn!).toBeGreaterThanOrEqual(runs[i - 1].finishedOn!);
    const startedInAll = runs.reduce(
      (sum, job) => sum + ((job.returnvalue as { started?: number } | null)?.started ?? 0),
      0,
    );
    // Cases left behind by earlier test files in this database are started too: each counts once, never twice.
    const nowStarted: Array<{ n: string }> = await dataSource.query(
      `SELECT count(*) AS n FROM return_case WHERE id = ANY($1) AND workflow_started_at IS NOT NULL`,
      [unstartedBefore],
    );
    expect(startedInAll).toBe(Number(nowStarted[0].n));
    for (const id of leftBehind) {
      expect((await history(id)).filter((e) => e.workflowExecutionStartedEventAttributes)).toHaveLength(1);
    }

    // An import queued through one API runs on exactly one worker.
    const partnerCode = `MANY-${tag}`.toUpperCase();
    const row = {
      externalReference: 'M-1',
      title: 'Assistant motor mechanic',
      iscoCode: '7231',
      requiredSkills: ['engine repair'],
      minIscedLevel: 2,
      languages: ['fr'],
      country: 'SN',
      region: 'Dakar',
      type: 'job',
      placesAvailable: 3,
      startsOn: '2026-01-05',
      expiresOn: '2099-12-31',
    };
    const queued = await postJson(
      `${apis[1].baseUrl}/opportunities/imports`,
      { partnerCode, format: 'json', content: JSON.stringify([row]) },
      { ...ACTORS.partner },
    );
    expect(queued.status).toBe(202);
    const done = await poll('the import', async () => {
      const status = (await (
        await fetch(`${apis[0].baseUrl}/opportunities/imports/${queued.body.id}`, { headers: { ...ACTORS.partner } })
      ).json()) as any;
      return status.state === 'completed' && status;
    });
    expect(done.report.accepted).toMatchObject({ created: 1, updated: 0, unchanged: 0 });
    const ranOn = workers.filter((w) => w.log.includes(`import ${queued.body.id} for`));
    expect(ranOn).toHaveLength(1);
  });

  it('drain a worker stopped with SIGTERM: its activities in progress finish, and its cached cases move on at once', async () => {
    // Hold the cases' rows so that the next step's projection (a local activity, inside the workflow task of the worker
    // that holds the case) waits, in progress, on a worker.
    const lock = dataSource.createQueryRunner();
    await lock.connect();
    await lock.startTransaction();
    await lock.query(`SELECT id FROM return_case WHERE id = ANY($1) FOR UPDATE`, [drivers.map((d) => d.caseId)]);
    const lockPid: number = (await lock.query('SELECT pg_backend_pid() AS pid'))[0].pid;
    const answers = drivers.map((driver, i) =>
      new CaseDriver(apis[i % 2].baseUrl, driver.caseId, driver.body).act('screening', 'counsellor', {
        eligible: true,
        asylumClaimPending: false,
        fearOfReturn: false,
      }),
    );

    // How many projections wait on the rows in each worker's sessions (recognised by the timeline row each inserts).
    const waiting = await poll('every projection in progress', async () => {
      const rows: Array<{ name: string; n: number }> = await dataSource.query(
        `SELECT a.application_name AS name, count(*)::int AS n FROM pg_stat_activity a
           JOIN pg_locks l ON l.pid = a.pid AND l.relation = 'case_timeline_event'::regclass AND l.mode = 'RowExclusiveLock'
          WHERE $1 = ANY(pg_blocking_pids(a.pid)) GROUP BY a.application_name`,
        [lockPid],
      );
      return rows.reduce((sum, r) => sum + r.n, 0) === drivers.length ? rows : undefined;
    });
    const busiest = waiting.sort((a, b) => b.n - a.n)[0];
    const stopped = workers[WORKER_NAMES.indexOf(busiest.name)];
    const other = workers.find((w) => w !== stopped)!;

    const exited = stopped.kill('SIGTERM');
    await stopped.waitForOutput("state: 'STOPPING'", 20_000);
    expect(stopped.alive).toBe(true); // draining: its activities still wait on the rows
    await lock.rollbackTransaction();
    await lock.release();
    // Nest re-raises the signal once its shutdown hooks are done; the worker's own hook logs the end of the drain.
    expect(await exited).toEqual({ code: null, signal: 'SIGTERM' });
    expect(stopped.log).toContain('Temporal worker drained');

    for (const answer of await Promise.all(answers)) expect(answer.status).toBe(200);
    // The projections it was running finished there: the screening was accepted and projected in a workflow task the
    // stopped worker completed, for as many cases as it had waiting on the rows.
    const heldByStopped: CaseDriver[] = [];
    for (const driver of drivers) {
      const events = await history(driver.caseId);
      const accepted = events.findIndex(
        (e) => e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.name === 'record_screening',
      );
      const projection = events.slice(accepted).find((e) => localActivityType(e) === 'recordCaseEvent');
      const completedIn = events.find(
        (e) => String(e.eventId) === String(projection?.markerRecordedEventAttributes?.workflowTaskCompletedEventId),
      );
      if (completedIn?.workflowTaskCompletedEventAttributes?.identity === identityOf(stopped))
        heldByStopped.push(driver);
    }
    expect(heldByStopped).toHaveLength(busiest.n);

    // The cases the stopped worker held: their next step runs on the other worker, with no task left to time out
    // on the stopped worker's sticky queue.
    for (const driver of heldByStopped) {
      const onFirst = new CaseDriver(apis[0].baseUrl, driver.caseId, driver.body);
      await onFirst.acknowledgeInformation();
      await onFirst.file('signed_declaration', driver.people[0].id);
      const consent = await onFirst.act('consents', 'counsellor', driver.consentBody(driver.people[0].id));
      expect(consent.status).toBe(200);
      const events = await history(driver.caseId);
      expect(events.filter((e) => e.workflowTaskTimedOutEventAttributes)).toEqual([]);
      expect(
        events.filter((e) => e.workflowTaskStartedEventAttributes).at(-1)!.workflowTaskStartedEventAttributes!.identity,
      ).toBe(identityOf(other));
    }
  });
});
