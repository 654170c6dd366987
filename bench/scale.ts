// P4: (1) reads over a large read model seeded by SQL: GET /cases with each filter, GET /me/work and every /views/*,
// one client, p50/p95/p99; (2) the worker with SLEEPERS cases opened over HTTP and asleep: its RSS and idle CPU, and
// that CPU by thread. The worker runs compiled, as `npm run start:worker` runs it in production (built here first);
// BENCH_WORKER=ts runs it from its sources under swc instead. Worker settings (e.g. WORKER_MAX_CACHED_WORKFLOWS) pass
// through the environment. rows=0 skips the reads.
// Usage: npm run bench:scale   (or node -r @swc-node/register bench/scale.ts [rows=200000] [sleepers=500] [requests=200])
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { NOTIFICATION_QUEUE, redisOptionsFromUrl } from '@avrr/messaging';
import { householdRequest } from '../test/support/fixtures';
import { bearerFor } from '../test/support/access';
import {
  apiUrl,
  type Child,
  cloneCases,
  cpuSeconds,
  load,
  openDataSource,
  openTemplateCase,
  signIn,
  startApi,
  startWorker,
  threadCpuLine,
  threadCpuSeconds,
} from './support/stack';

const ROWS = Number(process.argv[2] ?? 200_000);
const SLEEPERS = Number(process.argv[3] ?? 500);
const REQUESTS = Number(process.argv[4] ?? 200);
const COMPILED = process.env.BENCH_WORKER !== 'ts';

const PATHS = [
  '/cases?limit=20',
  '/cases?limit=20&stage=booking',
  '/cases?limit=20&countryOfReturn=SN',
  '/cases?limit=20&hostOffice=LYON',
  '/cases?limit=20&vulnerability=medical_needs',
  '/cases?limit=20&q=bn-12345',
  '/me/work',
  '/views/cases-by-stage',
  '/views/time-in-stage',
  '/views/overdue-follow-ups',
  '/views/placements-by-type',
  '/views/sustainability-scores?by=country',
  '/views/score-change',
];

async function timed(path: string, authorization: string, api: Child): Promise<string> {
  const times: number[] = [];
  let status = 0;
  let cpu = 0;
  for (let i = 0; i < REQUESTS + 10; i++) {
    if (i === 10) cpu = cpuSeconds(api);
    const t = performance.now();
    const response = await fetch(`${apiUrl()}${path}`, { headers: { authorization } });
    await response.arrayBuffer();
    status = response.status;
    if (i >= 10) times.push(performance.now() - t);
  }
  // The API's CPU per request holds steadier than latency on a machine shared with other work.
  const cpuMs = ((cpuSeconds(api) - cpu) * 1000) / REQUESTS;
  times.sort((a, b) => a - b);
  const q = (p: number) => times[Math.min(times.length - 1, Math.ceil(p * times.length) - 1)].toFixed(1);
  return `${path.padEnd(44)} ${status} p50 ${q(0.5)} ms, p95 ${q(0.95)} ms, p99 ${q(0.99)} ms, API CPU ${cpuMs.toFixed(2)} ms/request`;
}

const procStat = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return Number(fields[11]) + Number(fields[12]); // utime + stime, in clock ticks (1/100 s)
};
const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

const workerSettings = () =>
  `${COMPILED ? 'compiled' : 'swc'}, cache ${process.env.WORKER_MAX_CACHED_WORKFLOWS ?? 'default'}`;

/** The worker's RSS at the end of a 30 s window, and the CPU it used over it, in all and by thread. */
async function idleWindow(worker: Child, what: string): Promise<void> {
  const pid = worker.child.pid!;
  const cpuBefore = procStat(pid);
  const threadsBefore = threadCpuSeconds(pid);
  await new Promise((r) => setTimeout(r, 30_000));
  const idleCpu = (procStat(pid) - cpuBefore) / 100 / 30;
  console.log(
    `P4 worker (${workerSettings()}): ${what}: RSS ${Math.round(rssMb(pid))} MB, idle CPU ${(idleCpu * 100).toFixed(2)}% of a core`,
  );
  console.log(`P4   by thread: ${threadCpuLine(threadsBefore, threadCpuSeconds(pid), 30, pid)}`);
}

async function main(): Promise<void> {
  const dataSource = await openDataSource();
  const api = await startApi();
  if (COMPILED) execFileSync('npx', ['nest', 'build', 'worker'], { stdio: 'ignore' });
  let worker = await startWorker({}, COMPILED);
  const counsellor = await signIn(dataSource, 'counsellor');

  // (2) first, while the read model is small: cases opened over HTTP, then left asleep.
  const opening = performance.now();
  const opened = await load({
    url: apiUrl(),
    connections: Math.min(20, SLEEPERS), // autocannon refuses more connections than requests
    amount: SLEEPERS,
    timeout: 120,
    requests: [
      {
        method: 'POST',
        setupRequest: (r) => ({
          ...r,
          path: '/cases',
          headers: { authorization: counsellor, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
          body: JSON.stringify(householdRequest()),
        }),
      },
    ],
  });
  if (opened.errors || opened.non2xx) console.log(`P4 opening: ${opened.errors} errors, ${opened.non2xx} non-2xx`);
  for (let i = 0; i < 14_400; i++) {
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM return_case WHERE state_version = 0`);
    if (n === 0) break;
    if (i % 120 === 119) console.log(`P4 ${n} cases not yet projected`);
    await new Promise((r) => setTimeout(r, 500));
  }
  console.log(`P4 opened and projected ${SLEEPERS} cases in ${((performance.now() - opening) / 1000).toFixed(0)} s`);
  // Each intake's email fans out to a job per person: "asleep" starts once every one is sent, i.e. when the
  // notification queue holds no job waiting, delayed or running (an inbox row is written before its email goes, so
  // the inbox alone says too early), and the inbox rows have stopped growing for five seconds.
  const notifications = new Queue(NOTIFICATION_QUEUE, {
    connection: redisOptionsFromUrl(process.env.REDIS_URL!),
    prefix: process.env.QUEUE_PREFIX,
  });
  let lastCount = -1;
  for (let still = 0, i = 0; still < 5 && i < 3600; i++) {
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM user_notification`);
    const pending = Object.values(
      await notifications.getJobCounts('waiting', 'delayed', 'active', 'prioritized', 'waiting-children'),
    ).reduce((a, b) => a + b, 0);
    still = n === lastCount && pending === 0 ? still + 1 : 0;
    lastCount = n;
    await new Promise((r) => setTimeout(r, 1_000));
  }
  await notifications.close();
  console.log(
    `P4 ${SLEEPERS} cases opened, projected and their emails sent after ${((performance.now() - opening) / 1000).toFixed(0)} s`,
  );
  console.log(`P4 worker (${workerSettings()}): RSS ${Math.round(rssMb(worker.child.pid!))} MB as the last email went`);
  await idleWindow(worker, `${SLEEPERS} cases asleep, first 30 s`);
  // The first window still holds the burst's wind-down (V8 shrinking its heaps, the last timers): a second says what
  // the worker costs once settled.
  await idleWindow(worker, `${SLEEPERS} cases asleep, next 30 s`);
  // A worker started now holds none of them in its cache: what the asleep cases cost a worker that has not run them.
  await worker.stop();
  worker = await startWorker({}, COMPILED);
  await new Promise((r) => setTimeout(r, 30_000));
  await idleWindow(worker, `${SLEEPERS} cases asleep, a fresh worker after 30 s`);
  // BENCH_HOLD=<seconds> keeps the stack up after the measurement, to look at the idle worker from outside (perf).
  if (process.env.BENCH_HOLD) {
    console.log(`P4 holding the worker (pid ${worker.child.pid}) for ${process.env.BENCH_HOLD} s`);
    await new Promise((r) => setTimeout(r, Number(process.env.BENCH_HOLD) * 1000));
  }
  if (ROWS === 0) {
    await worker.stop();
    await api.stop();
    await dataSource.destroy();
    return;
  }

  // (1) the reads over ROWS more rows. A database kept from an earlier run (BENCH_KEEP_DATABASE=1) that already holds
  // as many clones is read as it is: seeding a million rows takes minutes of a shared machine.
  const [{ clones }] = await dataSource.query(
    `SELECT count(*)::int AS clones FROM return_case WHERE workflow_id LIKE 'bench-%'`,
  );
  if (clones >= ROWS) {
    await worker.stop();
    // As cloneCases ends: what autovacuum would have done (cheap when nothing changed since, the visibility map skips).
    await dataSource.query(`VACUUM (ANALYZE) return_case, case_person, person_document`);
    console.log(`P4 kept ${clones} read-model rows seeded by an earlier run`);
  } else {
    const template = await openTemplateCase(dataSource, counsellor);
    await worker.stop();
    const seeding = performance.now();
    await cloneCases(
      dataSource,
      template,
      ROWS,
      ['PARIS', 'LYON', 'BRUSSELS', 'GENEVA'].concat(Array.from({ length: 16 }, (_, i) => `OFFICE-${i}`)),
    );
    console.log(`P4 seeded ${ROWS} read-model rows in ${((performance.now() - seeding) / 1000).toFixed(0)} s`);
  }
  const supervisor = await signIn(dataSource, 'supervisor');
  const logistics = (await bearerFor(apiUrl(), 'logistics')).Authorization;
  for (const path of PATHS) console.log(`P4 ${await timed(path, path === '/me/work' ? logistics : supervisor, api)}`);
  await api.stop();
  await dataSource.destroy();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
