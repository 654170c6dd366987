import { ConfigValidationError, type EnvironmentVariables } from './environment';
import { type PemSetting, readPemSetting } from './pem-setting';

/** TLS towards the Temporal frontend, certificates already read: what `@temporalio/client` and the worker take. */
export interface TemporalTlsSettings {
  serverRootCACertificate?: Buffer;
  clientCertPair?: { crt: Buffer; key: Buffer };
  serverNameOverride?: string;
}

/**
 * Reads the Temporal TLS settings at boot, so that a missing file, a certificate without its key or TLS turned off
 * under an API key stops the process with the variable's name rather than failing on the first workflow call.
 * Returns undefined for a plain connection (the dev server).
 */
export function temporalTlsSettings(e: EnvironmentVariables): TemporalTlsSettings | undefined {
  const problems: string[] = [];
  const pem = (name: PemSetting) => readPemSetting(e, name, problems);
  const ca = pem('TEMPORAL_TLS_SERVER_CA_CERT');
  const crt = pem('TEMPORAL_TLS_CLIENT_CERT');
  const key = pem('TEMPORAL_TLS_CLIENT_KEY');
  const hasCert = Boolean(e.TEMPORAL_TLS_CLIENT_CERT || e.TEMPORAL_TLS_CLIENT_CERT_PATH);
  const hasKey = Boolean(e.TEMPORAL_TLS_CLIENT_KEY || e.TEMPORAL_TLS_CLIENT_KEY_PATH);
  if (hasCert !== hasKey) {
    problems.push(
      `  ${hasCert ? 'TEMPORAL_TLS_CLIENT_KEY' : 'TEMPORAL_TLS_CLIENT_CERT'}: mutual TLS needs the client certificate and its key`,
    );
  }
  const anyTlsSetting = Boolean(
    e.TEMPORAL_TLS_SERVER_CA_CERT ||
    e.TEMPORAL_TLS_SERVER_CA_CERT_PATH ||
    hasCert ||
    hasKey ||
    e.TEMPORAL_TLS_SERVER_NAME,
  );
  if (e.TEMPORAL_TLS === false && (anyTlsSetting || e.TEMPORAL_API_KEY)) {
    problems.push(
      `  TEMPORAL_TLS=false: contradicts the TLS settings or the API key that are set (an API key is only sent over TLS)`,
    );
  }
  if (problems.length > 0) throw new ConfigValidationError(`Invalid environment:\n${problems.join('\n')}`);

  const enabled = e.TEMPORAL_TLS ?? (anyTlsSetting || Boolean(e.TEMPORAL_API_KEY));
  if (!enabled) return undefined;
  return {
    ...(ca && { serverRootCACertificate: ca }),
    ...(crt && key && { clientCertPair: { crt, key } }),
    ...(e.TEMPORAL_TLS_SERVER_NAME && { serverNameOverride: e.TEMPORAL_TLS_SERVER_NAME }),
  };
}
