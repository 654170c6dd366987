import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const READY = 'Temporal worker polling';
const OUTPUT_KEPT = 200_000;

/** Every worker process a test started and that may still run; killed when the test process exits, whatever happens. */
const running = new Set<WorkerProcess>();
process.once('exit', () => {
  for (const worker of running) worker.child.kill('SIGKILL');
});

/**
 * The worker app (apps/worker/src/main.ts) as a real child process, on the suite's environment, so that a test can
 * kill it as a crash would: SIGKILL, no shutdown hook, no draining.
 */
export class WorkerProcess {
  private output = '';
  private readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  private constructor(readonly child: ChildProcess) {
    child.stdout!.on('data', (chunk: Buffer) => this.keep(chunk));
    child.stderr!.on('data', (chunk: Buffer) => this.keep(chunk));
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    void this.exited.then(() => running.delete(this));
  }

  /**
   * Starts a worker and waits until its Temporal worker polls the task queue. It inherits the suite's environment
   * (scripts/test.sh), with a free health port and info logs so that its readiness line is printed; `env` changes
   * or (undefined) removes variables.
   */
  static async start(timeoutMs = 60_000, env: Record<string, string | undefined> = {}): Promise<WorkerProcess> {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/worker/src/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, WORKER_HEALTH_PORT: '0', LOG_LEVEL: 'info', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const worker = new WorkerProcess(child);
    running.add(worker);
    try {
      await worker.waitForOutput(READY, timeoutMs);
    } catch (error) {
      await worker.kill();
      throw error;
    }
    return worker;
  }

  get pid(): number {
    return this.child.pid!;
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** What the process printed so far (the last part of it), to explain a failure. */
  get log(): string {
    return this.output;
  }

  async waitForOutput(text: string, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.output.includes(text)) {
      if (!this.alive)
        throw new Error(`worker ${this.pid} exited before printing "${text}":\n${this.output.slice(-5000)}`);
      if (Date.now() > deadline)
        throw new Error(
          `worker ${this.pid} did not print "${text}" within ${timeoutMs} ms:\n${this.output.slice(-5000)}`,
        );
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Kills the process (SIGKILL by default: a crash) and resolves once it is gone. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (this.alive) this.child.kill(signal);
    return this.exited;
  }

  /** Kills every worker process still running. */
  static async killAll(): Promise<void> {
    await Promise.all([...running].map((worker) => worker.kill()));
  }

  private keep(chunk: Buffer): void {
    this.output = (this.output + chunk.toString('utf8')).slice(-OUTPUT_KEPT);
  }
}
