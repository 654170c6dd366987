import { connect, type AddressInfo, type Socket } from 'node:net';
import { createServer, type TLSSocket } from 'node:tls';
import { readFileSync } from 'node:fs';
import type { TestCertificates } from './test-certificates';

/**
 * A TLS endpoint in front of the suite's Temporal dev server, as a TLS-terminating load balancer stands in front of
 * a Temporal frontend: it demands a client certificate signed by the test CA (mutual TLS), speaks HTTP/2 (gRPC) by
 * ALPN, and passes the decrypted bytes on. The pinned Temporal CLI's dev server has no TLS options of its own.
 */
export class TlsFront {
  /** Connections that completed the handshake with a client certificate the CA signed. */
  authorizedConnections = 0;
  private readonly sockets = new Set<Socket>();

  private readonly server: ReturnType<typeof createServer>;
  port = 0;

  private constructor(certificates: TestCertificates, host: string, port: number) {
    this.server = createServer(
      {
        key: readFileSync(certificates.serverKeyFile),
        cert: readFileSync(certificates.serverCertFile),
        ca: readFileSync(certificates.caFile),
        requestCert: true,
        rejectUnauthorized: true,
        ALPNProtocols: ['h2'],
      },
      (client: TLSSocket) => {
        this.authorizedConnections += 1;
        const upstream = connect(port, host);
        for (const socket of [client, upstream]) {
          this.sockets.add(socket);
          socket.once('close', () => this.sockets.delete(socket));
          socket.on('error', () => undefined);
        }
        client.pipe(upstream).pipe(client);
        client.once('close', () => upstream.destroy());
        upstream.once('close', () => client.destroy());
      },
    );
    // A refused handshake (no client certificate, unknown CA) is the point of some tests, not an error.
    this.server.on('tlsClientError', () => undefined);
  }

  /** Listens on a free loopback port and passes connections on to `target` (host:port). */
  static async start(certificates: TestCertificates, target: string): Promise<TlsFront> {
    const separator = target.lastIndexOf(':');
    const front = new TlsFront(certificates, target.slice(0, separator), Number(target.slice(separator + 1)));
    await new Promise<void>((resolve) => front.server.listen(0, '127.0.0.1', resolve));
    front.port = (front.server.address() as AddressInfo).port;
    return front;
  }

  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => this.server.close(resolve));
  }
}
