import { ChildProcess, spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import * as path from 'node:path';
import { checkAnswersFrom } from './openapi-contract';

const ROOT = path.resolve(__dirname, '../..');
const OUTPUT_KEPT = 200_000;

const running = new Set<ApiProcess>();
process.once('exit', () => {
  for (const api of running) api.child.kill('SIGKILL');
});

/** A port nothing listens on now, for a child process that must be told its port. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * The API app (apps/api/src/main.ts) as a child process on the suite's environment plus `env`, listening on a port
 * of its own: several of them make the instances behind a load balancer.
 */
export class ApiProcess {
  private output = '';
  private readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  private constructor(
    readonly child: ChildProcess,
    readonly port: number,
  ) {
    child.stdout!.on(
      'data',
      (chunk: Buffer) => (this.output = (this.output + chunk.toString('utf8')).slice(-OUTPUT_KEPT)),
    );
    child.stderr!.on(
      'data',
      (chunk: Buffer) => (this.output = (this.output + chunk.toString('utf8')).slice(-OUTPUT_KEPT)),
    );
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    void this.exited.then(() => running.delete(this));
  }

  /** Starts an API and waits until it answers GET /health. */
  static async start(env: Record<string, string | undefined> = {}, timeoutMs = 60_000): Promise<ApiProcess> {
    const port = await freePort();
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, API_HOST: '127.0.0.1', API_PORT: String(port), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const api = new ApiProcess(child, port);
    checkAnswersFrom(api.baseUrl);
    running.add(api);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (!api.alive) throw new Error(`API ${child.pid} exited while starting:\n${api.output.slice(-5000)}`);
      const answered = await fetch(`${api.baseUrl}/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (answered) return api;
      if (Date.now() > deadline) {
        await api.kill();
        throw new Error(`API ${child.pid} did not answer within ${timeoutMs} ms:\n${api.output.slice(-5000)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  get log(): string {
    return this.output;
  }

  /** Stops the process (SIGTERM: a graceful stop) and resolves once it is gone. */
  async kill(signal: NodeJS.Signals = 'SIGTERM'): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (this.alive) this.child.kill(signal);
    return this.exited;
  }
}
