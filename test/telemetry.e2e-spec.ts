import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ApiProcess, freePort } from './support/api-process';
import { ACTORS, isoDay } from './support/case-driver';
import { householdRequest, postJson } from './support/fixtures';
import { poll } from './support/poll';
import { startStack, TestStack } from './support/stack';
import { WorkerProcess } from './support/worker-process';

// The API in this process reads it when it starts; the child processes inherit it.
const METRICS_TOKEN = `metrics-${randomUUID()}`;
process.env.METRICS_TOKEN = METRICS_TOKEN;

interface ExportedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: Record<string, unknown>;
}

/** An OTLP/HTTP receiver: what the API and the worker export, as they would to a collector. */
function otlpReceiver(spans: ExportedSpan[]): Server {
  return createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      const payload = JSON.parse(body || '{}');
      for (const resourceSpans of payload.resourceSpans ?? []) {
        const service = attributesOf(resourceSpans.resource?.attributes)['service.name'] as string;
        for (const scope of resourceSpans.scopeSpans ?? []) {
          for (const span of scope.spans ?? []) {
            spans.push({
              service,
              traceId: span.traceId,
              spanId: span.spanId,
              parentSpanId: span.parentSpanId,
              name: span.name,
              kind: span.kind,
              attributes: attributesOf(span.attributes),
            });
          }
        }
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
}

function attributesOf(list: Array<{ key: string; value: Record<string, unknown> }> = []): Record<string, unknown> {
  return Object.fromEntries(list.map(({ key, value }) => [key, Object.values(value)[0]]));
}

describe('telemetry', () => {
  let stack: TestStack;
  let receiver: Server;
  let api: ApiProcess;
  let worker: WorkerProcess;
  let workerHealthPort: number;
  let prometheus: ChildProcess | undefined;
  const spans: ExportedSpan[] = [];

  beforeAll(async () => {
    stack = await startStack({ worker: false });
    receiver = otlpReceiver(spans);
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const address = receiver.address();
    const endpoint = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/v1/traces`;
    workerHealthPort = await freePort();
    [api, worker] = await Promise.all([
      ApiProcess.start({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: endpoint }),
      WorkerProcess.start(90_000, {
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: endpoint,
        WORKER_HEALTH_PORT: String(workerHealthPort),
        TEMPORAL_METRICS_ADDRESS: `127.0.0.1:${await freePort()}`,
      }),
    ]);
  }, 150_000);

  afterAll(async () => {
    prometheus?.kill('SIGKILL');
    await Promise.all([api?.kill(), worker?.kill('SIGTERM')]);
    await new Promise((resolve) => receiver?.close(resolve));
    await stack?.close();
  });

  it("joins one action's trace from the HTTP request through the Temporal client, the workflow and its activities, to SQL", async () => {
    const created = await postJson(`${api.baseUrl}/cases`, householdRequest(), {
      ...ACTORS.counsellor,
      'Idempotency-Key': randomUUID(),
    });
    expect(created.status).toBe(201);
    const caseId = created.body.id as string;
    const counselled = await postJson(
      `${api.baseUrl}/cases/${caseId}/counselling-sessions`,
      {
        heldOn: isoDay(0),
        language: 'fr',
        optionsDiscussed: ['legal_stay', 'onward_migration', 'return'],
        countryInformationProvided: true,
        informedChoiceConfirmed: true,
      },
      { ...ACTORS.counsellor, 'Idempotency-Key': randomUUID() },
    );
    expect(counselled.status).toBe(200);

    const trace = await poll(
      'the action trace with its workflow, activity and SQL spans',
      async () => {
        const request = spans.find(
          (s) =>
            s.service === 'avrr-api' &&
            s.kind === 2 &&
            s.attributes['avrr.case_id'] === caseId &&
            s.attributes['avrr.action'],
        );
        if (!request) return undefined;
        const parts = spans.filter((s) => s.traceId === request.traceId);
        const has = (service: string, test: (s: ExportedSpan) => boolean) =>
          parts.some((s) => s.service === service && test(s));
        const complete =
          has('avrr-api', (s) => s.name.startsWith('StartWorkflowUpdate')) &&
          has('avrr-worker', (s) => s.name.startsWith('HandleUpdate')) &&
          has('avrr-worker', (s) => s.name.startsWith('RunActivity') && s.attributes['avrr.case_id'] === caseId) &&
          has('avrr-worker', (s) => s.attributes['db.system'] === 'postgresql') &&
          has('avrr-api', (s) => s.attributes['db.system'] === 'postgresql');
        return complete ? { request, parts } : undefined;
      },
      60_000,
    );
    expect(trace.request.attributes['avrr.action']).toBe('record_counselling');
    // Every span of the trace hangs from another span of it, up to the request: one tree, not pieces.
    const ids = new Set(trace.parts.map((s) => s.spanId));
    const orphans = trace.parts.filter(
      (s) => s.spanId !== trace.request.spanId && s.parentSpanId && !ids.has(s.parentSpanId),
    );
    expect(orphans.map((s) => s.name)).toEqual([]);
  }, 90_000);

  it('serves /metrics to Prometheus with its token only, and a real Prometheus reads the API and the worker', async () => {
    expect((await fetch(`${stack.baseUrl}/metrics`)).status).toBe(401);
    expect(
      (await fetch(`${stack.baseUrl}/metrics`, { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status,
    ).toBe(401);
    const own = await fetch(`${stack.baseUrl}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(own.status).toBe(200);
    const text = await own.text();
    expect(text).toMatch(/^avrr_cases\{.*stage="[a-z_]+".*\} [1-9]\d*$/m);
    expect(text).toMatch(/^avrr_queue_jobs\{.*queue=".+".*state="failed".*\} \d+/m);
    expect(text).toMatch(/^http_request_duration_seconds_count\{.*route="\/auth\/login".*\} [1-9]/m);

    const dir = mkdtempSync(path.join(tmpdir(), 'avrr-prometheus-'));
    const port = await freePort();
    const scrape = (job: string, target: string) =>
      `  - job_name: ${job}\n    scrape_interval: 1s\n    authorization: { credentials: ${METRICS_TOKEN} }\n    static_configs: [{ targets: ['${target}'] }]\n`;
    writeFileSync(
      path.join(dir, 'prometheus.yml'),
      `scrape_configs:\n${scrape('api', new URL(stack.baseUrl).host)}${scrape('worker', `127.0.0.1:${workerHealthPort}`)}`,
    );
    prometheus = spawn(
      process.env.PROMETHEUS_PATH ?? 'prometheus',
      [
        `--config.file=${path.join(dir, 'prometheus.yml')}`,
        `--storage.tsdb.path=${path.join(dir, 'data')}`,
        `--web.listen-address=127.0.0.1:${port}`,
      ],
      { stdio: 'ignore' },
    );
    const query = async (promql: string) => {
      const reply = await fetch(`http://127.0.0.1:${port}/api/v1/query?query=${encodeURIComponent(promql)}`).catch(
        () => undefined,
      );
      if (!reply?.ok) return [];
      return (
        (await reply.json()) as { data: { result: Array<{ metric: Record<string, string>; value: [number, string] }> } }
      ).data.result;
    };
    const stages = await poll(
      'avrr_cases in Prometheus',
      async () => {
        const result = await query('avrr_cases{job="api"}');
        return result.length > 0 ? result : undefined;
      },
      60_000,
    );
    expect(stages.some((r) => Number(r.value[1]) >= 1)).toBe(true);
    const workerUp = await poll(
      'the worker scraped',
      async () => (await query('up{job="worker"} == 1')).length > 0 || undefined,
      60_000,
    );
    expect(workerUp).toBe(true);
    // The Temporal SDK's own worker metrics come through the worker's /metrics.
    const temporal = await poll(
      'Temporal SDK metrics',
      async () => {
        const result = await query('{job="worker", __name__=~"temporal_.+"}');
        return result.length > 0 ? result : undefined;
      },
      60_000,
    );
    expect(temporal.length).toBeGreaterThan(0);
  }, 120_000);
});
