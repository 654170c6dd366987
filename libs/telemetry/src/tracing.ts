import { trace, type Attributes } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { IORedisInstrumentation } from '@opentelemetry/instrumentation-ioredis';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor, NoopSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';

export interface Tracing {
  /** Where finished spans go; the worker also hands it the workflow spans that the sandbox exports through a sink. */
  readonly spanProcessor: SpanProcessor;
  readonly resource: Resource;
  shutdown(): Promise<void>;
}

let current: Tracing | undefined;

/**
 * Starts tracing for this process: HTTP in and out, PostgreSQL (pg) and Redis (ioredis), exported over OTLP/HTTP.
 * The instrumentations patch those modules when they are loaded, so this runs first in main.ts, before the app is
 * imported. Without an endpoint nothing is recorded: no provider is registered and every tracer is a no-op.
 */
export function startTracing(service: string, endpoint: string | undefined): Tracing | undefined {
  if (!endpoint || current) return current;
  const resource = new Resource({ [ATTR_SERVICE_NAME]: service });
  const spanProcessor = new BatchSpanProcessor(new OTLPTraceExporter({ url: endpoint }), {
    scheduledDelayMillis: 1000,
  });
  const provider = new NodeTracerProvider({ resource, spanProcessors: [spanProcessor] });
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        // Probes and scrapes would drown the traces that matter.
        ignoreIncomingRequestHook: (request) => /^\/(health|metrics)/.test(request.url ?? ''),
      }),
      new PgInstrumentation({ enhancedDatabaseReporting: false }),
      new IORedisInstrumentation(),
    ],
  });
  current = { spanProcessor, resource, shutdown: () => provider.shutdown() };
  return current;
}

/** The tracing this process started, or a no-op processor for the workflow sink when tracing is off. */
export function workflowSpanProcessor(): { spanProcessor: SpanProcessor; resource: Resource } {
  return current ?? { spanProcessor: new NoopSpanProcessor(), resource: new Resource({}) };
}

/** Names the case and the action on the span in progress (the HTTP request's, or the activity's). */
export function annotateSpan(attributes: { caseId?: string; action?: string }): void {
  const span = trace.getActiveSpan();
  if (!span) return;
  const named: Attributes = {};
  if (attributes.caseId) named['avrr.case_id'] = attributes.caseId;
  if (attributes.action) named['avrr.action'] = attributes.action;
  span.setAttributes(named);
}
