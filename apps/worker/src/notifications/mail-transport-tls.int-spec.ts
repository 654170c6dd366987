import { type AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { loadAppConfig } from '@avrr/config';
import { makeTestCertificates } from '../../../../test/support/test-certificates';
import { MailTransport } from './mail-transport';

// A relay with TLS (smtp-server, with a certificate a throwaway CA signed for RELAY_NAME), and what it saw: the
// logins and the mails, each with whether the connection was encrypted at that moment.
const RELAY_NAME = 'relay.avrr.test';
const certificates = makeTestCertificates(RELAY_NAME);
const otherCa = makeTestCertificates(RELAY_NAME);

interface Seen {
  logins: { user: string; secure: boolean }[];
  mails: { secure: boolean; subject: string }[];
}

const relays: SMTPServer[] = [];

afterAll(async () => {
  await Promise.all(relays.map((r) => new Promise((resolve) => r.close(() => resolve(undefined)))));
});

async function relay(options: SMTPServerOptions, signedBy = certificates): Promise<{ port: number; seen: Seen }> {
  const seen: Seen = { logins: [], mails: [] };
  const server = new SMTPServer({
    key: signedBy.read(signedBy.serverKeyFile),
    cert: signedBy.read(signedBy.serverCertFile),
    authOptional: true,
    logger: false,
    onAuth(auth, session, callback) {
      seen.logins.push({ user: auth.username ?? '', secure: session.secure });
      callback(null, { user: auth.username });
    },
    onData(stream, session, callback) {
      let text = '';
      stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
      stream.on('end', () => {
        seen.mails.push({ secure: session.secure, subject: /^Subject: (.*)$/m.exec(text)?.[1] ?? '' });
        callback();
      });
    },
    ...options,
  });
  relays.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.server.address() as AddressInfo).port, seen };
}

async function sendOne(settings: Record<string, string>): Promise<string> {
  const transport = new MailTransport(
    loadAppConfig({
      SMTP_HOST: '127.0.0.1',
      SMTP_SECURE: undefined,
      SMTP_USER: undefined,
      SMTP_PASSWORD: undefined,
      SMTP_REQUIRE_TLS: undefined,
      SMTP_TLS_CA_CERT: undefined,
      SMTP_TLS_CA_CERT_PATH: certificates.caFile,
      SMTP_TLS_SERVER_NAME: RELAY_NAME,
      ...settings,
    }),
  );
  try {
    return await transport.send({ to: 'counsellor@example.org', subject: 'Case update', text: 'Hello', headers: {} });
  } finally {
    await transport.onApplicationShutdown();
  }
}

const credentials = { SMTP_USER: 'avrr', SMTP_PASSWORD: 'relay-password' };

describe('MailTransport over TLS', () => {
  it('upgrades with STARTTLS to a relay signed by the configured CA, before it logs in and sends', async () => {
    const { port, seen } = await relay({ secure: false });
    await expect(sendOne({ SMTP_PORT: String(port), ...credentials })).resolves.toEqual(expect.any(String));
    expect(seen.logins).toEqual([{ user: 'avrr', secure: true }]);
    expect(seen.mails).toEqual([{ secure: true, subject: 'Case update' }]);
  });

  it('connects with TLS from the first byte when SMTP_SECURE is set', async () => {
    const { port, seen } = await relay({ secure: true });
    await sendOne({ SMTP_PORT: String(port), SMTP_SECURE: 'true', ...credentials });
    expect(seen.logins).toEqual([{ user: 'avrr', secure: true }]);
    expect(seen.mails).toEqual([{ secure: true, subject: 'Case update' }]);
  });

  it('sends neither the password nor the mail to a relay that does not offer STARTTLS', async () => {
    const { port, seen } = await relay({ secure: false, disabledCommands: ['STARTTLS'] });
    await expect(sendOne({ SMTP_PORT: String(port), ...credentials })).rejects.toThrow(/STARTTLS/);
    expect(seen).toEqual({ logins: [], mails: [] });
  });

  it('refuses a relay whose certificate another CA signed', async () => {
    const { port, seen } = await relay({ secure: false }, otherCa);
    await expect(sendOne({ SMTP_PORT: String(port), ...credentials })).rejects.toThrow(/certificate/i);
    expect(seen).toEqual({ logins: [], mails: [] });
  });

  it('refuses a relay whose certificate names another host than the one it checks against', async () => {
    const { port, seen } = await relay({ secure: false });
    await expect(
      sendOne({ SMTP_PORT: String(port), SMTP_TLS_SERVER_NAME: 'other.avrr.test', ...credentials }),
    ).rejects.toThrow(/other\.avrr\.test/);
    expect(seen).toEqual({ logins: [], mails: [] });
  });
});
