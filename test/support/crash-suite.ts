import { Client } from '@temporalio/client';
import { Client as PgClient } from 'pg';
import { returnCaseWorkflowId } from '@avrr/workflows';
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

/** A case workflow's history, read for its activities: which were scheduled, and where each first one started. */
export async function activityHistory(client: Client, caseId: string) {
  const events = (await client.workflow.getHandle(returnCaseWorkflowId(caseId)).fetchHistory()).events ?? [];
  const scheduled = (name: string) =>
    events.filter((e) => e.activityTaskScheduledEventAttributes?.activityType?.name === name);
  const startedOf = (name: string) =>
    events.find(
      (e) => String(e.activityTaskStartedEventAttributes?.scheduledEventId) === String(scheduled(name)[0].eventId),
    )!;
  return { events, scheduled, startedOf };
}
