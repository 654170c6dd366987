import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { AppConfig } from '@avrr/config';

/** The SMTP connection, configured by environment (a local catcher in dev and test). */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly transporter: Transporter;

  constructor(private readonly config: AppConfig) {
    const { host, port, secure, user, password } = config.smtp;
    this.transporter = createTransport({
      host,
      port,
      secure,
      auth: user ? { user, pass: password } : undefined,
      // A local catcher has no TLS; a real relay negotiates it with STARTTLS.
      ignoreTLS: !secure && !user,
    });
  }

  async send(message: { to: string; subject: string; text: string; headers: Record<string, string> }): Promise<string> {
    const info = await this.transporter.sendMail({ from: this.config.smtp.from, ...message });
    return info.messageId;
  }

  onApplicationShutdown(): void {
    this.transporter.close();
  }
}
