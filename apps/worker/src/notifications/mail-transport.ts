import { connect, type Socket } from 'node:net';
import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { AppConfig } from '@avrr/config';

const CONNECT_TIMEOUT_MS = 10_000;
const SOCKET_TIMEOUT_MS = 60_000;

/**
 * The SMTP connections, configured by environment (a local catcher in dev and test). Pooled: a connection (and, with a
 * real relay, its TLS handshake) serves many mails instead of one each, which was most of a mail's cost in the worker.
 * A relay that stops answering fails the send within SOCKET_TIMEOUT_MS, and the job is retried, instead of holding it
 * for nodemailer's ten-minute default.
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly transporter: Transporter;
  /** The sends under way, which shutdown lets finish before it closes the pool. */
  private readonly sending = new Set<Promise<unknown>>();
  private closing = false;

  constructor(private readonly config: AppConfig) {
    const { host, port, secure, requireTls, tls, user, password } = config.smtp;
    this.transporter = createTransport({
      pool: true,
      // As many as the jobs that send mail at once (the notifications', and the digest's one), so a send never waits.
      maxConnections: config.notifications.concurrency + 1,
      connectionTimeout: CONNECT_TIMEOUT_MS,
      greetingTimeout: CONNECT_TIMEOUT_MS,
      socketTimeout: SOCKET_TIMEOUT_MS,
      getSocket: openWithoutDelay,
      host,
      port,
      secure,
      auth: user ? { user, pass: password } : undefined,
      // STARTTLS, required (a relay that does not offer it gets neither the password nor the mail), or not attempted
      // (the local catcher). Opportunistic STARTTLS, nodemailer's default, would fall back to clear without a word.
      requireTLS: requireTls,
      ignoreTLS: !secure && !requireTls,
      tls,
    });
  }

  async send(message: { to: string; subject: string; text: string; headers: Record<string, string> }): Promise<string> {
    // Refused once shutdown began: the job fails now and is retried, instead of waiting on a pool about to close.
    if (this.closing) throw new Error('The mail transport is shutting down; the notification will be retried.');
    const sending = this.transporter.sendMail({ from: this.config.smtp.from, ...message });
    this.sending.add(sending);
    try {
      return (await sending).messageId;
    } finally {
      this.sending.delete(sending);
    }
  }

  /**
   * nodemailer's pool, once closed, neither sends nor answers a mail that reaches it later (and a send reaches it some
   * ticks after `sendMail`), so the job would hang and the worker's shutdown with it: the sends under way finish first.
   */
  async onApplicationShutdown(): Promise<void> {
    this.closing = true;
    await Promise.allSettled([...this.sending]);
    this.transporter.close();
  }
}

/**
 * Opens the pool's TCP connections with Nagle's algorithm off. nodemailer's own keep it on, so each message's last
 * small write waited for the relay's delayed acknowledgement: about 45 ms a mail against the local catcher, 2–4 ms
 * without (most of a notification job's time). nodemailer still negotiates TLS on the socket (STARTTLS, or at once when
 * `SMTP_SECURE`) and times the greeting; the connection's own timeout is kept here, as nodemailer's starts only after.
 */
export function openWithoutDelay(
  options: { host?: string; port?: number },
  callback: (error: Error | null, socketOptions?: { connection: Socket }) => void,
): void {
  const socket = connect({ host: options.host, port: options.port!, noDelay: true, keepAlive: true });
  const failed = (error: Error) => callback(error);
  const timedOut = () => socket.destroy(new Error('Connection timeout'));
  socket.once('error', failed);
  socket.setTimeout(CONNECT_TIMEOUT_MS, timedOut);
  socket.once('connect', () => {
    socket.setTimeout(0);
    socket.removeListener('timeout', timedOut);
    socket.removeListener('error', failed);
    callback(null, { connection: socket });
  });
}
