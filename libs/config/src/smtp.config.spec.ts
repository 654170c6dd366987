import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { loadAppConfig } from './app-config';
import { ConfigValidationError } from './environment';

const CERT = '-----BEGIN CERTIFICATE-----\nMIIBfake\n-----END CERTIFICATE-----\n';
const dir = mkdtempSync(path.join(tmpdir(), 'smtp-tls-'));
const caFile = path.join(dir, 'ca.pem');
writeFileSync(caFile, CERT);
const notPem = path.join(dir, 'not.pem');
writeFileSync(notPem, 'hello');

// Every SMTP TLS setting unset, whatever the suite's environment holds, plus the ones a case names.
const smtp = (values: Record<string, string>) =>
  loadAppConfig({
    SMTP_SECURE: undefined,
    SMTP_USER: undefined,
    SMTP_PASSWORD: undefined,
    SMTP_REQUIRE_TLS: undefined,
    SMTP_TLS_CA_CERT_PATH: undefined,
    SMTP_TLS_CA_CERT: undefined,
    SMTP_TLS_SERVER_NAME: undefined,
    ...values,
  }).smtp;

function refusal(values: Record<string, string>): string {
  try {
    smtp(values);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigValidationError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigValidationError');
}

describe('SMTP settings', () => {
  it('leave TLS out for the local catcher: no user, no TLS setting', () => {
    expect(smtp({})).toMatchObject({ secure: false, requireTls: false });
    expect(smtp({}).tls).toBeUndefined();
  });

  it('require STARTTLS as soon as a user is set, so that the password never travels in clear', () => {
    expect(smtp({ SMTP_USER: 'avrr', SMTP_PASSWORD: 'secret' })).toMatchObject({
      requireTls: true,
      user: 'avrr',
      password: 'secret',
    });
  });

  it('require it too when a CA or a server name is given, and read the CA from a file or inline', () => {
    expect(smtp({ SMTP_TLS_CA_CERT_PATH: caFile })).toMatchObject({ requireTls: true });
    expect(smtp({ SMTP_TLS_CA_CERT_PATH: caFile }).tls?.ca?.toString()).toBe(CERT);
    expect(smtp({ SMTP_TLS_CA_CERT: CERT.replace(/\n/g, '\\n') }).tls?.ca?.toString()).toBe(CERT);
    expect(smtp({ SMTP_TLS_SERVER_NAME: 'relay.internal' })).toMatchObject({
      requireTls: true,
      tls: { servername: 'relay.internal' },
    });
  });

  it('keep an explicit choice: STARTTLS required without a user, or off for a relay without one', () => {
    expect(smtp({ SMTP_REQUIRE_TLS: 'true' }).requireTls).toBe(true);
    expect(smtp({ SMTP_REQUIRE_TLS: 'false', SMTP_TLS_CA_CERT_PATH: caFile, SMTP_SECURE: 'true' })).toMatchObject({
      secure: true,
      requireTls: false,
    });
  });

  it.each([
    [
      { SMTP_USER: 'avrr', SMTP_REQUIRE_TLS: 'false' },
      /^ {2}SMTP_REQUIRE_TLS=false: contradicts SMTP_USER \(the password would be sent in clear\)/m,
    ],
    [
      { SMTP_TLS_CA_CERT_PATH: '/nonexistent/ca.pem' },
      /^ {2}SMTP_TLS_CA_CERT_PATH="\/nonexistent\/ca.pem": cannot read it \(ENOENT\)/m,
    ],
    [{ SMTP_TLS_CA_CERT_PATH: notPem }, /^ {2}SMTP_TLS_CA_CERT_PATH=".*not.pem": the file holds no PEM block/m],
    [{ SMTP_TLS_CA_CERT_PATH: caFile, SMTP_TLS_CA_CERT: CERT }, /SMTP_TLS_CA_CERT_PATH, SMTP_TLS_CA_CERT: set one/],
    [{ SMTP_TLS_CA_CERT: 'not a certificate' }, /^ {2}SMTP_TLS_CA_CERT="not a certificate": must be a PEM/m],
    [{ SMTP_REQUIRE_TLS: 'maybe' }, /^ {2}SMTP_REQUIRE_TLS/m],
    [{ SMTP_TLS_SERVER_NAME: 'not a host/name' }, /^ {2}SMTP_TLS_SERVER_NAME=/m],
  ])('refuse %j at boot, naming the variable', (values, message) => {
    expect(refusal(values)).toMatch(message);
  });
});
