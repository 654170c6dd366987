// Bundled into the workflow sandbox as its interceptor module (workflow-bundle.ts), in place of OpenTelemetry's own.
//
// OpenTelemetry's workflow interceptors make a span for every call into and out of a workflow and export it through a
// sink, whether or not anyone traces. Inside the sandbox that is costly: each of their promises also has its stack
// captured by the SDK, and without a trace the spans go nowhere. A profile of the lifecycle bench put them at about a
// sixth of the worker's CPU. So a run started with TRACED_ON_REQUEST gets OpenTelemetry's interceptors only for the
// calls that carry a trace context (a traced API request), and for what those calls schedule.
//
// A run started before has its history recorded with a span around every call. The spans' own awaits move when an
// update's completion is sent relative to other commands of the same activation, so such a run keeps them all: its
// replay must see the same order (the memo is in its history, so the choice never changes for a run).
import * as otel from '@opentelemetry/api';
import {
  OpenTelemetryInboundInterceptor,
  OpenTelemetryInternalsInterceptor,
  OpenTelemetryOutboundInterceptor,
} from '@temporalio/interceptors-opentelemetry/lib/workflow';
import { extractContextFromHeaders } from '@temporalio/interceptors-opentelemetry/lib/instrumentation';
import {
  type ActivityInput,
  type GetLogAttributesInput,
  type Headers,
  type LocalActivityInput,
  type Next,
  type QueryInput,
  type SignalInput,
  type UpdateInput,
  type WorkflowExecuteInput,
  type WorkflowInboundCallsInterceptor,
  type WorkflowInterceptors,
  type WorkflowOutboundCallsInterceptor,
  workflowInfo,
} from '@temporalio/workflow';
import { TRACED_ON_REQUEST, WORKFLOW_TRACING_MEMO } from '../contracts/workflow-tracing';

/**
 * Whether the run traces every call, as runs started before TRACED_ON_REQUEST were recorded. Read at each call, not
 * when the interceptors are made: the SDK makes them before it sets the run's memo.
 */
function tracesEveryCall(): boolean {
  return workflowInfo().memo?.[WORKFLOW_TRACING_MEMO] !== TRACED_ON_REQUEST;
}

/** Whether a call's headers carry a valid trace context (OpenTelemetry's client interceptor put one there). */
function carriesTrace(headers: Headers): boolean {
  if (tracesEveryCall()) return true;
  const context = extractContextFromHeaders(headers);
  const span = context && otel.trace.getSpanContext(context);
  return span !== undefined && otel.isSpanContextValid(span);
}

/** Whether the workflow code runs inside a traced call's span: what it schedules then joins that trace. */
function inTrace(): boolean {
  if (tracesEveryCall()) return true;
  const span = otel.trace.getSpanContext(otel.context.active());
  return span !== undefined && otel.isSpanContextValid(span);
}

// Each method hands OpenTelemetry's promise back as it is (no await of its own), so a run that traces every call
// goes through exactly the awaits it was recorded with.
class InboundOnRequest implements WorkflowInboundCallsInterceptor {
  constructor(private readonly traced: OpenTelemetryInboundInterceptor) {}

  execute(input: WorkflowExecuteInput, next: Next<WorkflowInboundCallsInterceptor, 'execute'>): Promise<unknown> {
    return carriesTrace(input.headers) ? this.traced.execute(input, next) : next(input);
  }

  handleSignal(input: SignalInput, next: Next<WorkflowInboundCallsInterceptor, 'handleSignal'>): Promise<void> {
    return carriesTrace(input.headers) ? this.traced.handleSignal(input, next) : next(input);
  }

  handleUpdate(input: UpdateInput, next: Next<WorkflowInboundCallsInterceptor, 'handleUpdate'>): Promise<unknown> {
    return carriesTrace(input.headers) ? this.traced.handleUpdate(input, next) : next(input);
  }

  validateUpdate(input: UpdateInput, next: Next<WorkflowInboundCallsInterceptor, 'validateUpdate'>): void {
    if (carriesTrace(input.headers)) this.traced.validateUpdate(input, next);
    else next(input);
  }

  handleQuery(input: QueryInput, next: Next<WorkflowInboundCallsInterceptor, 'handleQuery'>): Promise<unknown> {
    return carriesTrace(input.headers) ? this.traced.handleQuery(input, next) : next(input);
  }
}

/** The case workflow schedules activities and local activities only (no children, signals out or Nexus). */
class OutboundOnRequest implements WorkflowOutboundCallsInterceptor {
  constructor(private readonly traced: OpenTelemetryOutboundInterceptor) {}

  scheduleActivity(
    input: ActivityInput,
    next: Next<WorkflowOutboundCallsInterceptor, 'scheduleActivity'>,
  ): Promise<unknown> {
    return inTrace() ? this.traced.scheduleActivity(input, next) : next(input);
  }

  scheduleLocalActivity(
    input: LocalActivityInput,
    next: Next<WorkflowOutboundCallsInterceptor, 'scheduleLocalActivity'>,
  ): Promise<unknown> {
    return inTrace() ? this.traced.scheduleLocalActivity(input, next) : next(input);
  }

  /** The trace's ids on the workflow's log lines, when there is a trace. */
  getLogAttributes(
    input: GetLogAttributesInput,
    next: Next<WorkflowOutboundCallsInterceptor, 'getLogAttributes'>,
  ): Record<string, unknown> {
    return this.traced.getLogAttributes(input, next);
  }
}

export const interceptors = (): WorkflowInterceptors => ({
  inbound: [new InboundOnRequest(new OpenTelemetryInboundInterceptor())],
  outbound: [new OutboundOnRequest(new OpenTelemetryOutboundInterceptor())],
  internals: [new OpenTelemetryInternalsInterceptor()],
});
