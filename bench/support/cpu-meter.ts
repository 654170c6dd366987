// CPU used by each process of a bench run (API, worker, Temporal server, PostgreSQL backends, the load generator),
// from /proc (Linux) over a measured window. On two shared cores the service's rate is bound by the total CPU an
// operation costs across all of them, so each bench prints that cost per operation, process by process.
import { readdirSync, readFileSync } from 'node:fs';

// USER_HZ, 100 on Linux whatever the kernel's own tick.
const CLOCK_TICKS = 100;

/** utime + stime of one process in seconds, or undefined once it has gone. */
export function processCpuSeconds(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The fields after the command name, which is in parentheses and may hold spaces: utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}

/** The pids whose command line contains every one of `parts` (the processes of this bench's slot). */
export function pidsMatching(...parts: string[]): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (parts.every((p) => cmdline.includes(p))) pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

/** A named group of processes; `pids` is asked again at each sample, so backends that come and go are counted. */
export interface CpuTarget {
  name: string;
  pids: () => number[];
}

/** The processes of this bench's slot, from the environment scripts/bench.sh sets. */
export function slotTargets(children: Record<string, number | undefined>): CpuTarget[] {
  const temporalPort = (process.env.TEMPORAL_ADDRESS ?? '').split(':').pop();
  const database = new URL(process.env.DATABASE_URL ?? 'postgres://x/none').pathname.slice(1);
  const targets: CpuTarget[] = Object.entries(children)
    .filter(([, pid]) => pid !== undefined)
    .map(([name, pid]) => ({ name, pids: () => [pid!] }));
  const temporal = pidsMatching('temporal', 'start-dev', `--port ${temporalPort} `);
  targets.push({ name: 'temporal', pids: () => temporal });
  // PostgreSQL names each backend's process after its user, database and client: "postgres: 15/main: user db host".
  targets.push({ name: 'postgres', pids: () => pidsMatching('postgres:', ` ${database} `) });
  targets.push({ name: 'bench', pids: () => [process.pid] });
  return targets;
}

/**
 * Samples the targets' CPU every `everyMs` from start() to stop(). A process seen for the first time during the window
 * counts from zero (a backend opened meanwhile); one that exits counts up to its last sample.
 * The cluster's own processes (WAL writer, checkpointer) and Redis are shared by every slot and are not counted.
 */
export class CpuMeter {
  private first = new Map<string, Map<number, number>>();
  private last = new Map<string, Map<number, number>>();
  private timer?: NodeJS.Timeout;
  private startedAt = 0;
  private stoppedAt = 0;

  constructor(
    private readonly targets: CpuTarget[],
    private readonly everyMs = 500,
  ) {}

  start(): this {
    for (const t of this.targets) {
      this.first.set(t.name, new Map());
      this.last.set(t.name, new Map());
    }
    this.sample(true);
    this.startedAt = performance.now();
    this.timer = setInterval(() => this.sample(false), this.everyMs);
    return this;
  }

  private sample(initial: boolean): void {
    for (const t of this.targets) {
      const first = this.first.get(t.name)!;
      const last = this.last.get(t.name)!;
      for (const pid of t.pids()) {
        const s = processCpuSeconds(pid);
        if (s === undefined) continue;
        if (!first.has(pid)) first.set(pid, initial ? s : 0);
        last.set(pid, s);
      }
    }
  }

  /** CPU seconds of each target since start(), and the window's length in seconds; the meter keeps sampling. */
  read(): { seconds: number; cpu: Record<string, number> } {
    this.sample(false);
    this.stoppedAt = performance.now();
    const cpu: Record<string, number> = {};
    for (const t of this.targets) {
      const first = this.first.get(t.name)!;
      let sum = 0;
      for (const [pid, s] of this.last.get(t.name)!) sum += s - first.get(pid)!;
      cpu[t.name] = sum;
    }
    return { seconds: (this.stoppedAt - this.startedAt) / 1000, cpu };
  }

  stop(): { seconds: number; cpu: Record<string, number> } {
    clearInterval(this.timer);
    return this.read();
  }
}

/**
 * Waits until the service's background work has settled (the workflows and activities an operation set going after
 * it answered): the summed CPU of the targets stays under `quiet` of a core for two samples in a row, or `maxMs` passes.
 */
export async function settle(targets: CpuTarget[], quiet = 0.1, maxMs = 60_000): Promise<void> {
  const total = () =>
    targets.reduce((sum, t) => sum + t.pids().reduce((s, pid) => s + (processCpuSeconds(pid) ?? 0), 0), 0);
  const until = Date.now() + maxMs;
  let calm = 0;
  let before = total();
  while (Date.now() < until && calm < 2) {
    await new Promise((r) => setTimeout(r, 1000));
    const now = total();
    calm = now - before < quiet ? calm + 1 : 0;
    before = now;
  }
}

/** "api 1.23 + worker 0.45 + … = 2.10 ms CPU/op (2 cores: ≤ 952 ops/s)" */
export function cpuLine(cpu: Record<string, number>, operations: number, unit = 'op'): string {
  const parts = Object.entries(cpu).map(([name, s]) => `${name} ${((s * 1000) / operations).toFixed(2)}`);
  const total = Object.values(cpu).reduce((a, b) => a + b, 0);
  const perOp = (total * 1000) / operations;
  return `${parts.join(' + ')} = ${perOp.toFixed(2)} ms CPU/${unit} (2 cores: at most ${Math.round(2000 / perOp)} ${unit}s/s)`;
}

/** CPU seconds of a process's threads so far, summed by thread name (libuv pool, V8 platform, Temporal's Rust core…). */
export function threadCpuSeconds(pid: number): Map<string, number> {
  const byName = new Map<string, number>();
  let tids: string[] = [];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return byName;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replace(/\d+$/, '#');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      byName.set(name, (byName.get(name) ?? 0) + (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS);
    } catch {
      // the thread ended meanwhile
    }
  }
  return byName;
}

/** "node 12.3, tokio-runtime-w 4.5, …" ms per operation, the largest first (threads that ended meanwhile are lost). */
export function threadLine(before: Map<string, number>, after: Map<string, number>, operations: number): string {
  return [...after]
    .map(([name, s]) => [name, s - (before.get(name) ?? 0)] as const)
    .filter(([, s]) => s > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([name, s]) => `${name} ${((s * 1000) / operations).toFixed(2)}`)
    .join(', ');
}

/**
 * What each target uses at rest (the worker's pollers and sweeps, the Temporal server's own timers), per second, over
 * `seconds` with no load: subtracted from a window's CPU (`netOfIdle`), so a longer settling tail adds no noise.
 */
export async function idleRates(targets: CpuTarget[], seconds = 5): Promise<Record<string, number>> {
  const meter = new CpuMeter(targets).start();
  await new Promise((r) => setTimeout(r, seconds * 1000));
  const { seconds: measured, cpu } = meter.stop();
  return Object.fromEntries(Object.entries(cpu).map(([name, s]) => [name, s / measured]));
}

export function netOfIdle(
  window: { seconds: number; cpu: Record<string, number> },
  idle: Record<string, number>,
): Record<string, number> {
  return Object.fromEntries(
    Object.entries(window.cpu).map(([name, s]) => [name, Math.max(0, s - (idle[name] ?? 0) * window.seconds)]),
  );
}

type CpuWindow = { seconds: number; cpu: Record<string, number> };

/** The lines P2 and P3 print after their ratio: each side's CPU per operation, by process, then by thread. */
export function printCpuReport(report: {
  /** The service's load window, then the same meter once the workflows it started have settled. */
  service: { window: CpuWindow; settled: CpuWindow; operations: number; during: string };
  bare: { cpu: CpuWindow; operations: number; label: string };
  idle: Record<string, number>;
  unit: string;
  bareUnit: string;
  /** The API's and the worker's threads, before and after the service's window. */
  threads: { before: Map<string, number>[]; after: Map<string, number>[] };
}): void {
  const { service, bare, idle, unit, bareUnit, threads } = report;
  const tail = (service.settled.seconds - service.window.seconds).toFixed(1);
  console.log(`  CPU, service ${service.during}: ${cpuLine(service.window.cpu, service.operations, unit)}`);
  console.log(`  CPU, service until settled (+${tail} s): ${cpuLine(service.settled.cpu, service.operations, unit)}`);
  console.log(
    `  CPU, service until settled, net of each process's idle use: ${cpuLine(netOfIdle(service.settled, idle), service.operations, unit)}`,
  );
  console.log(`  CPU, ${bare.label}: ${cpuLine(bare.cpu.cpu, bare.operations, bareUnit)}`);
  console.log(`  CPU, bare, net of idle: ${cpuLine(netOfIdle(bare.cpu, idle), bare.operations, bareUnit)}`);
  ['API', 'worker'].forEach((name, i) =>
    console.log(
      `  ${name} threads, ms/${unit}: ${threadLine(threads.before[i], threads.after[i], service.operations)}`,
    ),
  );
}
