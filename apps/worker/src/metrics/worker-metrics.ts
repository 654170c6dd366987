import type { FastifyInstance } from 'fastify';
import type { AppConfig } from '@avrr/config';
import { createMetricsRegistry, registerMetricsEndpoint } from '@avrr/telemetry';

/**
 * `/metrics` on the worker's health port: Node's process metrics, then the Temporal SDK's worker metrics as its runtime
 * serves them (TEMPORAL_METRICS_ADDRESS), so one scrape of the worker gives both.
 */
export function registerWorkerMetrics(fastify: FastifyInstance, config: AppConfig): void {
  const address = config.telemetry.temporalMetricsAddress;
  const temporalMetrics = address
    ? async () => {
        const response = await fetch(`http://${address}/metrics`, { signal: AbortSignal.timeout(2000) });
        return response.ok ? await response.text() : '';
      }
    : undefined;
  // Without a token the endpoint answers 404: the process metrics would be collected for nobody (see the registry).
  const token = config.telemetry.metricsToken;
  registerMetricsEndpoint(fastify, createMetricsRegistry('worker', Boolean(token)), token, temporalMetrics);
}
