import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { loadAppConfig } from '@avrr/config';
import { MailTransport } from './mail-transport';

// Below nodemailer's own 30 s greeting timeout: a transport without its bound fails this test.
jest.setTimeout(20_000);

const open: Server[] = [];
const sockets = new Set<Socket>();

afterAll(async () => {
  sockets.forEach((s) => s.destroy());
  await Promise.all(open.map((s) => new Promise((resolve) => s.close(resolve))));
});

/** A TCP server on a free port, whose connections `onConnection` handles. */
async function listen(onConnection: (socket: Socket) => void): Promise<number> {
  const server = createServer((socket) => {
    sockets.add(socket);
    onConnection(socket);
  });
  open.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as { port: number }).port;
}

function transportTo(port: number): MailTransport {
  return new MailTransport(loadAppConfig({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port) }));
}

const mail = (n: number) => ({ to: 'counsellor@example.org', subject: `Mail ${n}`, text: 'Hello', headers: {} });

describe('MailTransport', () => {
  it('sends several mails over one SMTP connection', async () => {
    // A proxy in front of the test's mail catcher counts the connections the transport opens.
    let connections = 0;
    const catcherPort = Number(process.env.SMTP_PORT);
    const port = await listen((client) => {
      connections += 1;
      const upstream = createConnection(catcherPort, '127.0.0.1');
      sockets.add(upstream);
      client.pipe(upstream).pipe(client);
    });
    const transport = transportTo(port);
    try {
      for (let n = 1; n <= 3; n++) expect(await transport.send(mail(n))).toEqual(expect.any(String));
      expect(connections).toBe(1);
    } finally {
      await transport.onApplicationShutdown();
    }
  });

  it('lets a send under way finish when the worker shuts down, and refuses the ones after', async () => {
    const transport = transportTo(Number(process.env.SMTP_PORT));
    const underWay = transport.send(mail(1));
    await transport.onApplicationShutdown();
    await expect(underWay).resolves.toEqual(expect.any(String));
    await expect(transport.send(mail(2))).rejects.toThrow(/shutting down/);
  });

  it('fails a send when nothing listens at the relay address, with the reason', async () => {
    // A port that was just free: listened on, then closed.
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    await new Promise((resolve) => server.close(resolve));
    const transport = transportTo(port);
    try {
      await expect(transport.send(mail(1))).rejects.toThrow(/ECONNREFUSED/);
    } finally {
      await transport.onApplicationShutdown();
    }
  });

  it('fails a send to a relay that accepts the connection but never greets, instead of waiting on it', async () => {
    const port = await listen(() => undefined);
    const transport = transportTo(port);
    try {
      await expect(transport.send(mail(1))).rejects.toThrow(/greeting/i);
    } finally {
      await transport.onApplicationShutdown();
    }
  });
});
