import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import * as path from 'node:path';
import { poll } from './poll';

const ROOT = path.resolve(__dirname, '../..');

/** A port nothing listens on now, for a child process that must be told its port. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The API app (apps/api/src/main.ts) as a real child process on the suite's environment, as production runs it. */
export class ApiProcess {
  private output = '';

  private constructor(
    readonly child: ChildProcess,
    readonly baseUrl: string,
  ) {
    child.stdout!.on('data', (chunk: Buffer) => (this.output = (this.output + chunk.toString('utf8')).slice(-100_000)));
    child.stderr!.on('data', (chunk: Buffer) => (this.output = (this.output + chunk.toString('utf8')).slice(-100_000)));
  }

  static async start(env: Record<string, string> = {}): Promise<ApiProcess> {
    const port = await freePort();
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, API_PORT: String(port), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const api = new ApiProcess(child, `http://127.0.0.1:${port}`);
    process.once('exit', () => child.kill('SIGKILL'));
    await poll(
      `API process on port ${port}`,
      async () => {
        if (child.exitCode !== null) throw new Error(`API process exited:\n${api.output.slice(-5000)}`);
        return fetch(`${api.baseUrl}/health`).then((r) => r.ok).catch(() => false);
      },
      60_000,
    );
    return api;
  }

  get log(): string {
    return this.output;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
  }
}
