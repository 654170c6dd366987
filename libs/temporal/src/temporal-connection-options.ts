import type { AppConfig } from '@avrr/config';
import type { TLSConfig } from '@temporalio/client';

/** What both `Connection` (client) and `NativeConnection` (worker) take to reach the Temporal frontend. */
export interface TemporalConnectionOptions {
  address: string;
  tls?: TLSConfig;
  apiKey?: string;
}

/**
 * The one place that turns the configuration into connection options: the API's client, the worker, the health
 * check and the scripts all connect through it, so none of them can miss the TLS or the API key.
 */
export function temporalConnectionOptions(config: Pick<AppConfig, 'temporal'>): TemporalConnectionOptions {
  const { address, tls, apiKey } = config.temporal;
  return { address, ...(tls && { tls: { ...tls } }), ...(apiKey && { apiKey }) };
}
