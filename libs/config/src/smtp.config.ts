import { ConfigValidationError, type EnvironmentVariables } from './environment';
import { readPemSetting } from './pem-setting';

/** The SMTP relay, its certificate authority already read: what the worker's mail transport takes. */
export interface SmtpSettings {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when `requireTls`. */
  secure: boolean;
  /** A relay that does not offer STARTTLS fails the send; when false, the connection stays in clear. */
  requireTls: boolean;
  tls?: { ca?: Buffer; servername?: string };
  user?: string;
  password?: string;
  from: string;
  catcherUrl?: string;
}

/**
 * Reads the SMTP settings at boot. Credentials never travel in clear: with SMTP_USER, STARTTLS is required unless TLS
 * is implicit, and turning it off beside a user stops the process with the variables' names.
 */
export function smtpSettings(e: EnvironmentVariables): SmtpSettings {
  const problems: string[] = [];
  const ca = readPemSetting(e, 'SMTP_TLS_CA_CERT', problems);
  if (e.SMTP_REQUIRE_TLS === false && e.SMTP_USER && !e.SMTP_SECURE)
    problems.push('  SMTP_REQUIRE_TLS=false: contradicts SMTP_USER (the password would be sent in clear)');
  if (problems.length > 0) throw new ConfigValidationError(`Invalid environment:\n${problems.join('\n')}`);

  const tlsSettingGiven = Boolean(ca || e.SMTP_TLS_SERVER_NAME);
  const requireTls = e.SMTP_REQUIRE_TLS ?? Boolean(e.SMTP_USER || tlsSettingGiven);
  return {
    host: e.SMTP_HOST,
    port: e.SMTP_PORT,
    secure: e.SMTP_SECURE,
    requireTls,
    ...(tlsSettingGiven && {
      tls: { ...(ca && { ca }), ...(e.SMTP_TLS_SERVER_NAME && { servername: e.SMTP_TLS_SERVER_NAME }) },
    }),
    user: e.SMTP_USER,
    password: e.SMTP_PASSWORD,
    from: e.MAIL_FROM,
    catcherUrl: e.MAIL_CATCHER_URL,
  };
}
