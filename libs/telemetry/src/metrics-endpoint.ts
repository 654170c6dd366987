import { timingSafeEqual, createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/**
 * A Prometheus registry for one process, with its app label and, unless `processMetrics` is false, Node's own process
 * metrics. Those include an event-loop delay monitor that wakes the process every 10 ms (about 0.35% of a core when
 * it has nothing else to do), so a process whose metrics nobody can scrape goes without.
 */
export function createMetricsRegistry(app: string, processMetrics = true): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ app });
  if (processMetrics) collectDefaultMetrics({ register: registry });
  return registry;
}

/**
 * `GET /metrics` as a plain Fastify route, outside the API's guards and rate limits: Prometheus presents the configured
 * bearer token. Without a token configured the route answers 404, so an installation exposes nothing by accident.
 * `extra` appends text that is already in Prometheus format (the Temporal SDK's own metrics).
 */
export function registerMetricsEndpoint(
  fastify: FastifyInstance,
  registry: Registry,
  token: string | undefined,
  extra?: () => Promise<string>,
): void {
  const expected = token ? digest(`Bearer ${token}`) : undefined;
  fastify.get('/metrics', { logLevel: 'warn' }, async (request, reply) => {
    if (!expected)
      return reply.status(404).send({ statusCode: 404, error: 'Not Found', message: 'Metrics are not enabled.' });
    // Compared as digests of equal length, so the comparison takes the same time whatever the header holds.
    if (!timingSafeEqual(digest(request.headers.authorization ?? ''), expected)) {
      return reply
        .status(401)
        .send({ statusCode: 401, error: 'Unauthorized', message: 'A metrics bearer token is required.' });
    }
    const own = await registry.metrics();
    const more = extra ? await extra().catch(() => '') : '';
    return reply.header('content-type', registry.contentType).send(more ? `${own}\n${more}` : own);
  });
}

/**
 * HTTP latency by route and status: one histogram observation per answered request, from Fastify's own timer. The
 * route is the pattern Fastify matched (`/cases/:id`), never the raw URL, so the label set stays small.
 */
export function instrumentHttpLatency(fastify: FastifyInstance, registry: Registry): void {
  const latency = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method, route and status.',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  fastify.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    if (route === '/metrics') return;
    latency.observe({ method: request.method, route, status_code: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}
