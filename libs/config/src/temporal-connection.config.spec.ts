import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { loadAppConfig } from './app-config';
import { ConfigValidationError } from './environment';

const CERT = '-----BEGIN CERTIFICATE-----\nMIIBfake\n-----END CERTIFICATE-----\n';
const KEY = '-----BEGIN PRIVATE KEY-----\nMIIEfake\n-----END PRIVATE KEY-----\n';
const dir = mkdtempSync(path.join(tmpdir(), 'temporal-tls-'));
const caFile = path.join(dir, 'ca.pem');
writeFileSync(caFile, CERT);

// Every Temporal setting unset, whatever the suite's environment holds, plus the ones a case names.
const temporal = (values: Record<string, string>) =>
  loadAppConfig({
    TEMPORAL_TLS: undefined,
    TEMPORAL_TLS_SERVER_CA_CERT_PATH: undefined,
    TEMPORAL_TLS_SERVER_CA_CERT: undefined,
    TEMPORAL_TLS_CLIENT_CERT_PATH: undefined,
    TEMPORAL_TLS_CLIENT_CERT: undefined,
    TEMPORAL_TLS_CLIENT_KEY_PATH: undefined,
    TEMPORAL_TLS_CLIENT_KEY: undefined,
    TEMPORAL_TLS_SERVER_NAME: undefined,
    TEMPORAL_API_KEY: undefined,
    ...values,
  }).temporal;

function refusal(values: Record<string, string>): string {
  try {
    temporal(values);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigValidationError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigValidationError');
}

describe('Temporal connection settings', () => {
  it('connect in plain text when no TLS setting is given (the dev server)', () => {
    expect(temporal({}).tls).toBeUndefined();
    expect(temporal({}).apiKey).toBeUndefined();
  });

  it('read the CA from a file and the client pair from inline PEM values, with escaped newlines', () => {
    const settings = temporal({
      TEMPORAL_TLS_SERVER_CA_CERT_PATH: caFile,
      TEMPORAL_TLS_CLIENT_CERT: CERT.replace(/\n/g, '\\n'),
      TEMPORAL_TLS_CLIENT_KEY: KEY,
      TEMPORAL_TLS_SERVER_NAME: 'temporal.internal',
    });
    expect(settings.tls?.serverRootCACertificate?.toString()).toBe(CERT);
    expect(settings.tls?.clientCertPair?.crt.toString()).toBe(CERT);
    expect(settings.tls?.clientCertPair?.key.toString()).toBe(KEY);
    expect(settings.tls?.serverNameOverride).toBe('temporal.internal');
  });

  it('turn TLS on, with the system CAs, for a Temporal Cloud API key', () => {
    const settings = temporal({ TEMPORAL_API_KEY: 'cloud-api-key-123', TEMPORAL_NAMESPACE: 'avrr.a1b2c' });
    expect(settings).toMatchObject({ tls: {}, apiKey: 'cloud-api-key-123', namespace: 'avrr.a1b2c' });
  });

  it('turn TLS on when TEMPORAL_TLS=true alone', () => {
    expect(temporal({ TEMPORAL_TLS: 'true' }).tls).toEqual({});
  });

  it.each([
    [
      { TEMPORAL_TLS_SERVER_CA_CERT_PATH: '/nonexistent/ca.pem' },
      /^ {2}TEMPORAL_TLS_SERVER_CA_CERT_PATH="\/nonexistent\/ca.pem": cannot read it \(ENOENT\)/m,
    ],
    [
      { TEMPORAL_TLS_SERVER_CA_CERT_PATH: caFile, TEMPORAL_TLS_SERVER_CA_CERT: CERT },
      /TEMPORAL_TLS_SERVER_CA_CERT_PATH, TEMPORAL_TLS_SERVER_CA_CERT: set one/,
    ],
    [
      { TEMPORAL_TLS_CLIENT_CERT: CERT },
      /^ {2}TEMPORAL_TLS_CLIENT_KEY: mutual TLS needs the client certificate and its key/m,
    ],
    [{ TEMPORAL_TLS_CLIENT_KEY: 'not a key' }, /^ {2}TEMPORAL_TLS_CLIENT_KEY="not a key": must be a PEM private key/m],
    [{ TEMPORAL_TLS: 'false', TEMPORAL_API_KEY: 'cloud-api-key-123' }, /^ {2}TEMPORAL_TLS=false: contradicts/m],
    [{ TEMPORAL_TLS_SERVER_NAME: 'not a host/name' }, /^ {2}TEMPORAL_TLS_SERVER_NAME=/m],
  ])('refuse %j at boot, naming the variable', (values, message) => {
    expect(refusal(values)).toMatch(message);
  });
});
