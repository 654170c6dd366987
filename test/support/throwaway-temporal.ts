import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { Connection } from '@temporalio/client';

/** A port nobody listens on now (the kernel's choice), for a server this test starts. */
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

/**
 * A Temporal dev server of the test's own (in memory, on a free port), so that pausing it with SIGSTOP or stopping it
 * harms no other suite. It uses the CLI scripts/test.sh installed (TEMPORAL_CLI).
 */
export class ThrowawayTemporal {
  private constructor(
    private readonly child: ChildProcess,
    readonly address: string,
  ) {}

  static async start(timeoutMs = 60_000): Promise<ThrowawayTemporal> {
    const cli = process.env.TEMPORAL_CLI;
    if (!cli) throw new Error('TEMPORAL_CLI is not set: run this test through npm test (scripts/test.sh)');
    const port = await freePort();
    const child = spawn(
      cli,
      [
        'server',
        'start-dev',
        '--ip',
        '127.0.0.1',
        '--port',
        String(port),
        '--headless',
        '--log-level',
        'error',
        '--search-attribute',
        'CaseStage=Keyword',
        '--search-attribute',
        'CountryOfReturn=Keyword',
        '--search-attribute',
        'HostOffice=Keyword',
      ],
      { stdio: 'ignore' },
    );
    process.once('exit', () => child.kill('SIGKILL'));
    const server = new ThrowawayTemporal(child, `127.0.0.1:${port}`);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const connection = await Connection.connect({ address: server.address, connectTimeout: 2000 });
        await connection.close();
        return server;
      } catch (error) {
        if (child.exitCode !== null || Date.now() > deadline) {
          child.kill('SIGKILL');
          throw new Error(`the throwaway Temporal on ${server.address} did not start: ${String(error)}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
    }
  }

  /** Freezes the server as a stalled host would: connections stay open, nothing answers. */
  pause(): void {
    this.child.kill('SIGSTOP');
  }

  resume(): void {
    this.child.kill('SIGCONT');
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGCONT');
    this.child.kill('SIGKILL');
    await exited;
  }
}
