/**
 * Exports the Temporal histories that the replay test replays (test/histories/<name>.json). It drives the
 * representative cases of test/support/representative-cases.ts over HTTP on the real stack, waits until each
 * workflow is idle, and writes its history in Temporal's JSON history format (test/support/history-json.ts: the SDK's
 * historyToJSON, with a fallback for the duplicate protobufjs copies this install has).
 *
 * It does nothing in a normal run. To (re-)export, create the flag file and run this spec in the test environment:
 *
 *   touch test/histories/.export
 *   TEST_SLOT=2 bash scripts/test.sh --selectProjects e2e --testPathPattern export-histories
 *
 * A history already in test/histories is kept, not rewritten: it is what workflows started by the code of its day
 * look like, and those must go on replaying. A new path of the workflow gets a new representative case, and only the
 * histories missing are exported (delete a file to record it again, knowing that the old one is then lost). The flag
 * file is consumed (deleted) by a successful export, so a forgotten flag cannot rewrite anything on every run;
 * test/histories/.gitignore keeps it out of commits. Never re-record to make a failing replay pass: a replay failure
 * means that workflows already running in production would fail the same way when their worker is upgraded (use
 * patched() for such changes).
 */
import { existsSync, mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { Client, WorkflowHandle } from '@temporalio/client';
import { loadAppConfig } from '@avrr/config';
import { returnCaseWorkflowId } from '@avrr/workflows';
import { caseDataConverter } from '@avrr/temporal';
import { historyToJSON, openSealedPayloads } from './support/history-json';
import { REPRESENTATIVE_CASES } from './support/representative-cases';
import { startStack, TestStack } from './support/stack';

const HISTORIES_DIR = path.join(__dirname, 'histories');
const EXPORT_FLAG = path.join(HISTORIES_DIR, '.export');
const exportRequested = loadAppConfig().env === 'test' && existsSync(EXPORT_FLAG);
const [codec] = caseDataConverter(loadAppConfig()).payloadCodecs!;

jest.setTimeout(180_000);

/** The history once the workflow has nothing in flight: no activity running, no workflow task, no new events. */
async function idleHistory(handle: WorkflowHandle, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const before = await handle.describe();
    const busy = (before.raw.pendingActivities?.length ?? 0) > 0 || !!before.raw.pendingWorkflowTask;
    if (!busy) {
      const history = await handle.fetchHistory();
      const after = await handle.describe();
      if ((history.events?.length ?? 0) === after.historyLength && after.historyLength === before.historyLength)
        return history;
    }
    if (Date.now() > deadline)
      throw new Error(`workflow ${handle.workflowId} did not become idle within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

(exportRequested ? describe : describe.skip)('exporting the histories the replay test replays', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startStack();
  });

  afterAll(async () => {
    await stack?.close();
  });

  it('drives each representative case to its end and writes its history to test/histories', async () => {
    const client = stack.api.get(Client);
    mkdirSync(HISTORIES_DIR, { recursive: true });
    for (const representative of REPRESENTATIVE_CASES) {
      const file = path.join(HISTORIES_DIR, `${representative.name}.json`);
      if (existsSync(file)) continue;
      const c = await representative.drive(stack.baseUrl);
      const history = await idleHistory(client.workflow.getHandle(returnCaseWorkflowId(c.caseId)));
      // Opened with the service's codec: the committed histories are plaintext fixtures, replayed without keys.
      const opened = await openSealedPayloads(JSON.parse(historyToJSON(history)), codec);
      writeFileSync(file, `${JSON.stringify(opened, null, 2)}\n`);
      console.log(`exported ${representative.name}.json: ${history.events!.length} events (case ${c.body.reference})`);
    }
    unlinkSync(EXPORT_FLAG);
  });
});
