import { randomBytes } from 'node:crypto';
import { Client, type WorkflowClientInterceptor } from '@temporalio/client';
import { defaultPayloadConverter } from '@temporalio/common';
import type { SerializableSpan } from '@temporalio/interceptors-opentelemetry';
import { TRACE_HEADER } from '@temporalio/interceptors-opentelemetry/lib/instrumentation';
import { Worker } from '@temporalio/worker';
import { DEFAULT_PROGRAMME_TIMINGS } from '@avrr/domain';
import { CaseRepository } from '@avrr/persistence';
import { caseDataConverter, returnCaseInput } from '@avrr/temporal';
import { caseActionUpdates, RETURN_CASE_WORKFLOW, TRACED_ON_REQUEST, WORKFLOW_TRACING_MEMO } from '@avrr/workflows';
import { CaseActivitiesService } from '../../../../apps/worker/src/activities/case-activities.service';
import { saveCase } from '../../../../test/support/case-rows';
import { counsellingUpdate, stackAndWorkerConnection } from '../../../../test/support/own-worker';

jest.setTimeout(120_000);

const { stack: testStack, connection } = stackAndWorkerConnection();

/** A W3C trace context as a traced API request's client interceptor puts it in the headers. */
function traceparent(): { traceId: string; header: string } {
  const traceId = randomBytes(16).toString('hex');
  return { traceId, header: `00-${traceId}-${randomBytes(8).toString('hex')}-01` };
}

/** Adds `header` as the trace context of the updates this client sends. */
function tracedUpdates(header: string): WorkflowClientInterceptor {
  return {
    startUpdate: (input, next) =>
      next({
        ...input,
        headers: { ...input.headers, [TRACE_HEADER]: defaultPayloadConverter.toPayload({ traceparent: header }) },
      }),
  };
}

/**
 * Runs a case's intake and its counselling on a worker of its own, whose span sink collects what the workflow
 * exports: `memo` as the run was started, the update sent with `traceHeader` when given.
 */
async function spansOf(memo: Record<string, unknown> | undefined, traceHeader?: string): Promise<SerializableSpan[]> {
  const stack = testStack();
  const entity = await saveCase(stack.api.get(CaseRepository));
  const taskQueue = `tracing-${entity.id}`;
  const spans: SerializableSpan[] = [];
  const worker = await Worker.create({
    connection: connection(),
    taskQueue,
    workflowBundle: { codePath: stack.config.temporal.workflowBundlePath! },
    dataConverter: caseDataConverter(stack.config),
    activities: stack.worker.get(CaseActivitiesService).toActivities(),
    sinks: {
      exporter: { export: { fn: (_info: unknown, exported: SerializableSpan[]) => void spans.push(...exported) } },
    },
  });
  const base = stack.api.get(Client);
  const client = new Client({
    connection: base.connection,
    dataConverter: caseDataConverter(stack.config),
    interceptors: { workflow: traceHeader ? [tracedUpdates(traceHeader)] : [] },
  });
  await worker.runUntil(async () => {
    const handle = await client.workflow.start(RETURN_CASE_WORKFLOW, {
      taskQueue,
      workflowId: entity.workflowId,
      args: [returnCaseInput(entity, DEFAULT_PROGRAMME_TIMINGS, { informationAcknowledgement: false })],
      ...(memo ? { memo } : {}),
    });
    await handle.executeUpdate(caseActionUpdates.record_counselling, { args: [counsellingUpdate(entity)] });
    await handle.terminate('the spec is done');
  });
  return spans;
}

describe('workflow spans', () => {
  it('a run started as the starter starts it makes none for calls without a trace', async () => {
    expect(await spansOf({ [WORKFLOW_TRACING_MEMO]: TRACED_ON_REQUEST })).toEqual([]);
  });

  it('a run started as the starter starts it traces an update that carries a trace, and what it schedules', async () => {
    const { traceId, header } = traceparent();
    const spans = await spansOf({ [WORKFLOW_TRACING_MEMO]: TRACED_ON_REQUEST }, header);
    const names = spans.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['HandleUpdate:record_counselling', 'StartActivity:recordCaseEvent']));
    // All of them in the request's trace; nothing of the untraced start.
    expect(spans.every((s) => s.spanContext.traceId === traceId)).toBe(true);
    expect(names).not.toContain('StartActivity:notify'); // the intake's notification, scheduled by the untraced run
  });

  it('a run started before that choice keeps a span for every call, as its history was recorded', async () => {
    // (Its run's own span ends with the run, which this one never does.)
    const names = (await spansOf(undefined)).map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'ValidateUpdate:record_counselling',
        'HandleUpdate:record_counselling',
        'StartActivity:recordCaseEvent',
      ]),
    );
  });
});
