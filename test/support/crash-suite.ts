import { Client } from '@temporalio/client';
import { Client as PgClient } from 'pg';
import { startStack, type TestStack } from './stack';
import { WorkerProcess } from './worker-process';

/** What a suite that kills workers works with, filled in by its beforeAll. */
export interface CrashSuite {
  stack: TestStack;
  client: Client;
  db: PgClient;
  /** Every worker started, for their output when a test fails. */
  workers: WorkerProcess[];
  startWorker(): Promise<WorkerProcess>;
}

/**
 * Sets up a suite that kills workers as a crash would: the API in this process, each worker a child process (see
 * WorkerProcess), and a database client of its own to watch what was committed.
 */
export function crashSuite(): CrashSuite {
  const suite = {
    workers: [] as WorkerProcess[],
    async startWorker() {
      const worker = await WorkerProcess.start();
      suite.workers.push(worker);
      return worker;
    },
  } as CrashSuite;
  beforeAll(async () => {
    suite.stack = await startStack({ worker: false });
    suite.client = suite.stack.api.get(Client);
    suite.db = new PgClient({ connectionString: suite.stack.config.database.url });
    await suite.db.connect();
  });
  afterAll(async () => {
    await WorkerProcess.killAll();
    // A failed test can leave a call waiting on a workflow that no worker runs; the server must not wait for it.
    suite.stack?.api.getHttpServer().closeAllConnections();
    await suite.db?.end();
    await suite.stack?.close();
  });
  return suite;
}
