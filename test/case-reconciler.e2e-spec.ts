import { randomUUID } from 'node:crypto';
import { Client, WorkflowNotFoundError } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { CaseRepository, ReturnCaseEntity, SYSTEM_SCOPE, TimelineRepository } from '@avrr/persistence';
import { RETURN_CASE_WORKFLOW } from '@avrr/workflows';
import { CaseReconcilerProcessor } from '../apps/worker/src/reconciler/case-reconciler.processor';
import { caseDraft, deleteCases } from './support/case-draft';
import { ACTORS } from './support/case-driver';
import { householdRequest, postJson } from './support/fixtures';
import { startStack, TestStack } from './support/stack';

jest.setTimeout(60_000);

let stack: TestStack;
let cases: CaseRepository;
let dataSource: DataSource;
let client: Client;
let reconciler: CaseReconcilerProcessor;
let timeline: TimelineRepository;

beforeAll(async () => {
  stack = await startStack();
  cases = stack.api.get(CaseRepository);
  dataSource = stack.api.get(DataSource);
  client = stack.api.get(Client);
  reconciler = stack.worker.get(CaseReconcilerProcessor);
  timeline = stack.api.get(TimelineRepository);
});

afterAll(async () => {
  await stack?.close();
});

/** A case saved as an intake saves it, whose workflow start never happened (the process died in between). */
async function caseLeftBehind(
  ageSeconds: number,
  options: Parameters<typeof caseDraft>[1] = {},
): Promise<ReturnCaseEntity> {
  const draft = await caseDraft(cases, { ...options, workflowStarted: false });
  await cases.insert(draft);
  await dataSource.query(`UPDATE return_case SET created_at = now() - make_interval(secs => $2) WHERE id = $1`, [
    draft.id,
    ageSeconds,
  ]);
  return draft;
}

/** Waits until the case's workflow has run its intake step, which it records on the timeline. */
async function waitForIntakeRecorded(id: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const types = (await timeline.listForCase(id)).map((e) => e.type);
    if (types.includes('intake_recorded')) return;
    if (Date.now() > deadline) throw new Error(`case ${id} never recorded its intake; timeline: ${types.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('the case reconciler', () => {
  it('starts the workflow of a case saved before a crash, marks it started, and starts nothing the second time', async () => {
    const left = await caseLeftBehind(stack.config.reconciler.afterSeconds + 60);
    await expect(client.workflow.getHandle(left.workflowId).describe()).rejects.toBeInstanceOf(WorkflowNotFoundError);

    const first = await reconciler.process();
    expect(first.started).toBeGreaterThanOrEqual(1);

    const description = await client.workflow.getHandle(left.workflowId).describe();
    expect(description.type).toBe(RETURN_CASE_WORKFLOW);
    expect(description.taskQueue).toBe(stack.config.temporal.taskQueue);
    expect(description.status.name).toBe('RUNNING');
    expect((await cases.findById(left.id, SYSTEM_SCOPE))!.workflowStartedAt).toBeInstanceOf(Date);
    expect((await cases.findUnstarted(new Date(), 1000)).map((c) => c.id)).not.toContain(left.id);

    const second = await reconciler.process();
    expect(second).toEqual({ started: 0, failed: 0 });
    const again = await client.workflow.getHandle(left.workflowId).describe();
    expect(again.runId).toBe(description.runId);

    // The started workflow is the real one: it runs and records the intake on the case's timeline.
    await waitForIntakeRecorded(left.id);
  });

  it('leaves alone a case younger than the reconcile delay, whose intake may still be starting it', async () => {
    const young = await caseLeftBehind(0);
    try {
      await reconciler.process();
      await expect(client.workflow.getHandle(young.workflowId).describe()).rejects.toBeInstanceOf(
        WorkflowNotFoundError,
      );
      expect((await cases.findById(young.id, SYSTEM_SCOPE))!.workflowStartedAt).toBeNull();
    } finally {
      await deleteCases(dataSource, [young.id]);
    }
  });
});

describe('a retried POST for a case whose workflow start was not confirmed', () => {
  it('starts the workflow and answers with the saved case', async () => {
    // The request hash is what the API computes from the validated body: take it from a case the API made.
    const request = householdRequest();
    const made = await postJson(`${stack.baseUrl}/cases`, request, {
      ...ACTORS.counsellor,
      'Idempotency-Key': randomUUID(),
    });
    expect(made.status).toBe(201);
    const [{ request_hash: requestHash }] = await dataSource.query(
      `SELECT request_hash FROM return_case WHERE id = $1`,
      [made.body.id],
    );
    expect(requestHash).toMatch(/^[0-9a-f]{64}$/);

    // The crash: the first POST under this key saved its row, then died before starting the workflow.
    const key = randomUUID();
    // Saved in the request's office, as the intake saved it: the retry finds it within the counsellor's offices.
    const left = await caseLeftBehind(0, { idempotencyKey: key, requestHash, hostOffice: request.hostOffice });
    await expect(client.workflow.getHandle(left.workflowId).describe()).rejects.toBeInstanceOf(WorkflowNotFoundError);

    const retried = await postJson(`${stack.baseUrl}/cases`, request, { ...ACTORS.counsellor, 'Idempotency-Key': key });
    expect(retried.status).toBe(201);
    expect(retried.headers.get('idempotent-replayed')).toBe('true');
    expect(retried.body.id).toBe(left.id);
    expect(retried.body.workflow).toEqual({ id: left.workflowId, started: true, status: 'running' });

    const description = await client.workflow.getHandle(left.workflowId).describe();
    expect(description.type).toBe(RETURN_CASE_WORKFLOW);
    expect((await cases.findById(left.id, SYSTEM_SCOPE))!.workflowStartedAt).toBeInstanceOf(Date);
    await waitForIntakeRecorded(left.id);
  });
});
