// What the stack benchmarks share: the API and worker as child processes on the environment of scripts/bench.sh,
// the test users signed in, a read model seeded in bulk by SQL, and autocannon runs reduced to one line.
import { ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import autocannon from 'autocannon';
import { DataSource } from 'typeorm';
import { loadAppConfig } from '@avrr/config';
import { dataSourceOptions } from '@avrr/persistence';
import { bearerFor, seedTestAccess, type TestUser } from '../../test/support/access';
import { householdRequest } from '../../test/support/fixtures';

const ROOT = path.resolve(__dirname, '../..');
const children = new Set<ChildProcess>();
process.once('exit', () => children.forEach((c) => c.kill('SIGKILL')));

export interface Child {
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts an entry point as a child process and waits until `ready()` answers: TypeScript through swc, or a compiled
 * `.js` file (dist/, as `npm start:*` runs it) as it is. BENCH_CPU_PROF=<dir> adds --cpu-prof, so the profile is
 * written there when the child stops (SIGINT lets Node write it). BENCH_ALLOC_PROF=<dir> preloads the allocation
 * sampler, which `loadWithCpu` turns on for each measured load.
 */
export async function startChild(
  entry: string,
  env: Record<string, string>,
  ready: () => Promise<boolean>,
  name: string,
): Promise<Child> {
  const prof = process.env.BENCH_CPU_PROF;
  const alloc = process.env.BENCH_ALLOC_PROF;
  const args = [
    ...(entry.endsWith('.js') && !alloc ? [] : ['-r', '@swc-node/register']),
    ...(alloc ? ['-r', './bench/support/alloc-sampling.ts'] : []),
    ...(prof ? ['--cpu-prof', `--cpu-prof-dir=${prof}`, `--cpu-prof-name=${name}-${Date.now()}.cpuprofile`] : []),
    entry,
  ];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env, BENCH_CHILD_NAME: `${name}-${Date.now()}` },
    stdio: ['ignore', 'ignore', 'pipe', ...(alloc ? (['ipc'] as const) : [])],
  });
  children.add(child);
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${entry} exited: ${stderr}`);
    if (await ready().catch(() => false)) break;
    if (Date.now() > deadline) throw new Error(`${entry} did not become ready: ${stderr}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    child,
    async stop() {
      child.kill('SIGINT');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
      children.delete(child);
    },
  };
}

export const apiUrl = () => `http://127.0.0.1:${process.env.API_PORT ?? '3000'}`;

const answers = (url: string) => async () => (await fetch(url)).ok;

export function startApi(): Promise<Child> {
  return startChild('apps/api/src/main.ts', {}, answers(`${apiUrl()}/health`), 'api');
}

/** The worker from its TypeScript sources, or with `compiled` as production runs it (`npm run build` first). */
export function startWorker(env: Record<string, string> = {}, compiled = false): Promise<Child> {
  const port = process.env.WORKER_HEALTH_PORT ?? '3001';
  const entry = compiled ? 'dist/apps/worker/main.js' : 'apps/worker/src/main.ts';
  return startChild(entry, env, answers(`http://127.0.0.1:${port}/health`), 'worker');
}

export async function openDataSource(max = 10): Promise<DataSource> {
  return new DataSource({ ...dataSourceOptions(loadAppConfig()), extra: { max } }).initialize();
}

/** Seeds the test users (test/support/access.ts) and signs one in. */
export async function signIn(dataSource: DataSource, user: TestUser): Promise<string> {
  await seedTestAccess(dataSource);
  return (await bearerFor(apiUrl(), user)).Authorization;
}

/** Opens one real case over HTTP and waits until the workflow has projected its state: the template to clone. */
export async function openTemplateCase(dataSource: DataSource, counsellor: string): Promise<string> {
  const response = await fetch(`${apiUrl()}/cases`, {
    method: 'POST',
    headers: {
      authorization: counsellor,
      'content-type': 'application/json',
      'idempotency-key': `bench-template-${Date.now()}`,
    },
    body: JSON.stringify(householdRequest()),
  });
  const body = (await response.json()) as { id: string };
  if (response.status !== 201) throw new Error(`intake failed: ${JSON.stringify(body)}`);
  for (let i = 0; i < 300; i++) {
    const [row] = await dataSource.query(`SELECT state_version FROM return_case WHERE id = $1`, [body.id]);
    if (row && row.state_version > 0) return body.id;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('the template case was never projected');
}

/**
 * Clones the template case `count` times by SQL (new ids, references, workflow ids, people and documents), spread
 * over the given offices, stages and due dates, so the read model holds `count` more rows of the real shape.
 * No workflow runs for the clones: the reads are what is measured.
 */
const STAGES = `ARRAY['counselling','screening','consent','travel_documents','booking','departure','arrival','reintegration','monitoring']`;
const ACTORS = `ARRAY['counsellor','counsellor','counsellor','logistics_officer','logistics_officer','logistics_officer','partner_focal_point','partner_focal_point','partner_focal_point']`;

export async function cloneCases(
  dataSource: DataSource,
  templateId: string,
  count: number,
  offices: string[],
  batch = 50_000,
): Promise<void> {
  for (let from = 0; from < count; from += batch) {
    const n = Math.min(batch, count - from);
    await dataSource.transaction(async (em) => {
      await em.query(
        `CREATE TEMP TABLE bench_ids ON COMMIT DROP AS SELECT g AS n, gen_random_uuid() AS id FROM generate_series(1, $1) g`,
        [n],
      );
      await em.query(
        `INSERT INTO return_case (id, reference, stage, outcome, stage_entered_at, host_office, country_of_return, region_of_return,
           counsellor_name, counsellor_email, vulnerabilities, household_size, search_text, idempotency_key, request_hash,
           workflow_id, workflow_started_at, waiting_for, due_at, on_protection_hold, state, state_version, created_at, updated_at, version, next_actor,
           partner_organisation_id)
         SELECT b.id, 'BN-' || lpad((${from} + b.n)::text, 8, '0'), (${STAGES})[1 + b.n % 9],
           NULL, now() - (b.n % 300) * interval '1 hour',
           ($2::text[])[1 + b.n % array_length($2::text[], 1)], c.country, t.region_of_return,
           t.counsellor_name, t.counsellor_email, t.vulnerabilities, t.household_size, 'bn-' || b.n || ' ' || t.search_text, NULL, NULL,
           'bench-' || b.id, now(), t.waiting_for, now() + ((b.n % 61) - 20) * interval '1 day', b.n % 97 = 0,
           t.state, t.state_version, now() - (${count} - ${from} - b.n) * interval '1 second', now(), 1,
           -- whose move it is, by stage (the clones keep the template's "waiting for"); held cases go to a supervisor
           CASE WHEN b.n % 97 = 0 THEN 'supervisor' ELSE (${ACTORS})[1 + b.n % 9] END,
           -- the organisation covering the clone's country, as intake assigns it, so partners' reads see their share
           (SELECT o.id FROM partner_organisation o WHERE c.country = ANY(o.countries) ORDER BY o.created_at, o.id LIMIT 1)
         FROM bench_ids b CROSS JOIN return_case t
           CROSS JOIN LATERAL (SELECT (ARRAY['SN','ML','GN','NG'])[1 + b.n % 4] AS country) c
         WHERE t.id = $1`,
        [templateId, offices],
      );
      await em.query(
        `CREATE TEMP TABLE bench_people ON COMMIT DROP AS SELECT b.id AS case_id, p.id AS old_id, gen_random_uuid() AS new_id
         FROM bench_ids b CROSS JOIN case_person p WHERE p.case_id = $1`,
        [templateId],
      );
      await em.query(
        `INSERT INTO case_person (id, case_id, position, relationship, given_names, family_name, date_of_birth, sex, nationality, languages, vulnerabilities, contact)
         SELECT m.new_id, m.case_id, p.position, p.relationship, p.given_names, p.family_name, p.date_of_birth, p.sex, p.nationality, p.languages, p.vulnerabilities, p.contact
         FROM bench_people m JOIN case_person p ON p.id = m.old_id`,
      );
      const columns: Array<{ column_name: string }> = await em.query(
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'person_document' AND column_name NOT IN ('id', 'person_id') ORDER BY ordinal_position`,
      );
      const list = columns.map((c) => `"${c.column_name}"`).join(', ');
      await em.query(
        `INSERT INTO person_document (person_id, ${list}) SELECT m.new_id, ${columns.map((c) => `d."${c.column_name}"`).join(', ')}
         FROM bench_people m JOIN person_document d ON d.person_id = m.old_id`,
      );
    });
  }
  // VACUUM as autovacuum would have by the time a service holds this many cases (the shared test server runs with
  // autovacuum off): it sets the visibility map, without which no index-only scan skips the heap.
  await dataSource.query(`VACUUM (ANALYZE) return_case, case_person, person_document`);
}

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** Requests answered with a 2xx in the run. */
  ok?: number;
}

/** One autocannon run; `requests` picks each request (e.g. a random case id per request). */
export async function load(options: autocannon.Options): Promise<LoadResult> {
  const result = await autocannon({ duration: 10, ...options });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    ok: result['2xx'],
  };
}

/**
 * CPU seconds (user and system) a child process has used so far, from /proc (Linux). On a machine shared with other
 * work, a process's CPU per request holds steadier than its rate, which moves with the CPU it is given.
 */
export function cpuSeconds(child: Child): number {
  const stat = readFileSync(`/proc/${child.child.pid}/stat`, 'utf8');
  // The fields after the command name, which is in parentheses and may hold spaces: utime and stime are 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

// USER_HZ, 100 on Linux whatever the kernel's own tick.
const CLOCK_TICKS = 100;

/** CPU seconds each thread of a process has used so far, by thread id, with its name (Linux /proc/<pid>/task). */
export function threadCpuSeconds(pid: number): Map<number, { name: string; seconds: number }> {
  const threads = new Map<number, { name: string; seconds: number }>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      threads.set(Number(tid), { name, seconds: (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS });
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return threads;
}

/**
 * The CPU a process's threads used between two `threadCpuSeconds` readings, summed by thread name (tokio's workers,
 * V8's, libuv's pool share a name each), as percent of a core over `seconds`, busiest first.
 */
export function threadCpuLine(
  before: Map<number, { name: string; seconds: number }>,
  after: Map<number, { name: string; seconds: number }>,
  seconds: number,
  pid: number,
): string {
  const byName = new Map<string, { used: number; count: number }>();
  for (const [tid, t] of after) {
    // Node's main thread and its helper threads share the name "node": the main one (its id is the process's) apart.
    const name = tid === pid ? 'main' : t.name;
    const entry = byName.get(name) ?? { used: 0, count: 0 };
    entry.used += t.seconds - (before.get(tid)?.seconds ?? 0);
    entry.count += 1;
    byName.set(name, entry);
  }
  return [...byName]
    .sort((a, b) => b[1].used - a[1].used)
    .map(([name, e]) => `${name}${e.count > 1 ? ` ×${e.count}` : ''} ${((e.used / seconds) * 100).toFixed(2)}%`)
    .join(', ');
}

/** A load run and the CPU the server process used during it, per request answered. */
export async function loadWithCpu(
  server: Child,
  options: autocannon.Options,
): Promise<LoadResult & { cpuMsPerRequest: number }> {
  // The allocation sampler's window (BENCH_ALLOC_PROF) is this load, as the CPU figure's is.
  const sampled = Boolean(process.env.BENCH_ALLOC_PROF);
  if (sampled) server.child.send('alloc:start');
  const before = cpuSeconds(server);
  const result = await load(options);
  const used = cpuSeconds(server) - before;
  if (sampled) server.child.send('alloc:stop');
  const answered = result.rps * Number(options.duration ?? 10);
  return { ...result, cpuMsPerRequest: answered > 0 ? (used * 1000) / answered : NaN };
}

export const line = (r: LoadResult) =>
  `${Math.round(r.rps)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms${r.errors || r.non2xx ? ` (${r.errors} errors, ${r.non2xx} non-2xx)` : ''}`;

export const caseIds = async (dataSource: DataSource, limit: number): Promise<string[]> =>
  (await dataSource.query(`SELECT id FROM return_case ORDER BY random() LIMIT $1`, [limit])).map(
    (r: { id: string }) => r.id,
  );
