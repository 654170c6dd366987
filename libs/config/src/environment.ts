// Over 400 lines: every environment variable in one validated class, the one reader of process.env.
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  Matches,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  ValidateIf,
  IsString,
  IsUrl,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

const DURATION = /^\d+\s*(ms|s|m|h|d|w)$/;
const PEM = /-----BEGIN [A-Z0-9 ]+-----[\s\S]+-----END [A-Z0-9 ]+-----/;

const toBoolean = ({ value }: { value: unknown }) =>
  value === true || value === 'true' || value === '1'
    ? true
    : value === false || value === 'false' || value === '0'
      ? false
      : value;

// Fixed development keys, so that dev and test data stay readable across restarts; never for production.
const DEVELOPMENT_DATA_KEY = 'ZGV2ZWxvcG1lbnQtb25seS1kYXRhLWtleS0wMDAwMDA=';
const DEVELOPMENT_INDEX_KEY = 'ZGV2ZWxvcG1lbnQtb25seS1pbmRleC1rZXktMDAwMDA=';

/** Every environment variable the service reads, with its default. `.env.example` mirrors this list. */
/** An address, a CIDR range or one of proxy-addr's names, as TRUST_PROXY lists them. */
const TRUSTED_PROXY = '(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(/\\d{1,3})?)';

export class EnvironmentVariables {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @IsString()
  @IsNotEmpty()
  API_HOST = '127.0.0.1';

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  @Max(65535)
  API_PORT = 3000;

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1024)
  @Max(50 * 1024 * 1024)
  BODY_LIMIT_BYTES = 1024 * 1024;

  /**
   * Which proxies in front of the API may name the client (X-Forwarded-For), whose address the rate limits count: empty
   * trusts none, so a client cannot pick its own address; a number trusts that many hops; or a comma-separated list of
   * addresses, CIDR ranges or proxy-addr's names (loopback, linklocal, uniquelocal).
   */
  @Matches(new RegExp(`^(|\\d{1,2}|${TRUSTED_PROXY}(,${TRUSTED_PROXY})*)$`), {
    message: 'must be empty, a number of hops, or a comma-separated list of addresses or CIDR ranges',
  })
  TRUST_PROXY = '';

  /** The largest file a case file takes (uploads stream, so this bounds storage, not memory). */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1024)
  @Max(2 * 1024 * 1024 * 1024)
  DOCUMENT_MAX_BYTES = 64 * 1024 * 1024;

  /** The programme's evidence rules: which steps need their paper in the case file first (all on by default). */
  @Transform(toBoolean)
  @IsBoolean()
  REQUIRE_SIGNED_DECLARATION = true;

  @Transform(toBoolean)
  @IsBoolean()
  REQUIRE_MEDICAL_CERTIFICATE = true;

  @Transform(toBoolean)
  @IsBoolean()
  REQUIRE_PROOF_OF_PAYMENT = true;

  /** Consent waits until the returnee acknowledged the information sheets for the country of return (issue 16). */
  @Transform(toBoolean)
  @IsBoolean()
  REQUIRE_INFORMATION_ACKNOWLEDGED = true;

  /** Where uploaded files' bytes live: PostgreSQL (default) or an S3-compatible bucket. */
  @IsIn(['postgres', 's3'])
  DOCUMENT_STORE: 'postgres' | 's3' = 'postgres';

  @ValidateIf((e: EnvironmentVariables) => e.DOCUMENT_STORE === 's3')
  @IsString()
  @IsNotEmpty()
  DOCUMENT_S3_BUCKET?: string;

  @IsString()
  @IsNotEmpty()
  DOCUMENT_S3_REGION = 'us-east-1';

  /** An S3-compatible service (MinIO, Ceph…); unset for AWS S3 itself. */
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_tld: false })
  DOCUMENT_S3_ENDPOINT?: string;

  @Transform(toBoolean)
  @IsBoolean()
  DOCUMENT_S3_FORCE_PATH_STYLE = false;

  /** Both or neither; neither uses the SDK's own credential chain (instance role, profile). */
  @ValidateIf((e: EnvironmentVariables) => e.DOCUMENT_S3_SECRET_ACCESS_KEY !== undefined)
  @IsString()
  @IsNotEmpty()
  DOCUMENT_S3_ACCESS_KEY_ID?: string;

  @ValidateIf((e: EnvironmentVariables) => e.DOCUMENT_S3_ACCESS_KEY_ID !== undefined)
  @IsString()
  @IsNotEmpty()
  DOCUMENT_S3_SECRET_ACCESS_KEY?: string;

  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/avrr';

  @IsUrl({ protocols: ['redis', 'rediss'], require_tld: false })
  REDIS_URL = 'redis://127.0.0.1:6379/0';

  /** Key prefix of every BullMQ queue, so that two stacks can share one Redis. */
  @IsString()
  @IsNotEmpty()
  QUEUE_PREFIX = 'avrr';

  @IsString()
  @IsNotEmpty()
  TEMPORAL_ADDRESS = '127.0.0.1:7233';

  @IsString()
  @IsNotEmpty()
  TEMPORAL_NAMESPACE = 'default';

  @IsString()
  @IsNotEmpty()
  TEMPORAL_TASK_QUEUE = 'return-cases';

  @IsUrl({ require_tld: false })
  TEMPORAL_UI_URL = 'http://127.0.0.1:8233';

  // Connecting to a production Temporal (self-hosted with TLS or mutual TLS, or Temporal Cloud). Names follow the
  // Temporal CLI's environment variables. Each certificate or key is a file path (…_PATH) or the PEM itself.
  /** TLS on or off; unset means on as soon as any TLS setting or an API key is given. */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  TEMPORAL_TLS?: boolean;

  @IsOptional()
  @IsString()
  TEMPORAL_TLS_SERVER_CA_CERT_PATH?: string;

  @IsOptional()
  @Matches(PEM, { message: 'must be a PEM certificate (-----BEGIN CERTIFICATE-----…)' })
  TEMPORAL_TLS_SERVER_CA_CERT?: string;

  @IsOptional()
  @IsString()
  TEMPORAL_TLS_CLIENT_CERT_PATH?: string;

  @IsOptional()
  @Matches(PEM, { message: 'must be a PEM certificate (-----BEGIN CERTIFICATE-----…)' })
  TEMPORAL_TLS_CLIENT_CERT?: string;

  @IsOptional()
  @IsString()
  TEMPORAL_TLS_CLIENT_KEY_PATH?: string;

  @IsOptional()
  @Matches(PEM, { message: 'must be a PEM private key (-----BEGIN … PRIVATE KEY-----)' })
  TEMPORAL_TLS_CLIENT_KEY?: string;

  /** The name checked against the server's certificate, when it differs from the host in TEMPORAL_ADDRESS. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9.-]{1,253}$/, { message: 'must be a host name' })
  TEMPORAL_TLS_SERVER_NAME?: string;

  /** A Temporal Cloud API key (sent as a bearer token; needs TLS). */
  @IsOptional()
  @IsString()
  @MinLength(8)
  TEMPORAL_API_KEY?: string;

  /** A prebuilt workflow bundle (`npm run build:workflows`); without it the worker bundles from source. */
  @IsOptional()
  @IsString()
  WORKFLOW_BUNDLE_PATH?: string;

  /** Test tooling: Temporal's time-skipping test server binary, installed by scripts/test.sh. */
  @IsOptional()
  @IsString()
  TEMPORAL_TEST_SERVER_PATH?: string;

  @IsString()
  @IsNotEmpty()
  SMTP_HOST = '127.0.0.1';

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(65535)
  SMTP_PORT = 1025;

  @Transform(toBoolean)
  @IsBoolean()
  SMTP_SECURE = false;

  @IsOptional()
  @IsString()
  SMTP_USER?: string;

  @IsOptional()
  @IsString()
  SMTP_PASSWORD?: string;

  /**
   * STARTTLS required: a relay that does not offer it fails the send, instead of receiving the mail (and the password)
   * in clear. Unset means required as soon as SMTP_USER, a CA or a server name is set; the local catcher has no TLS.
   */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  SMTP_REQUIRE_TLS?: boolean;

  /** The CA that signed the relay's certificate, as a file (…_PATH) or the PEM itself; unset: the system's CAs. */
  @IsOptional()
  @IsString()
  SMTP_TLS_CA_CERT_PATH?: string;

  @IsOptional()
  @Matches(PEM, { message: 'must be a PEM certificate (-----BEGIN CERTIFICATE-----…)' })
  SMTP_TLS_CA_CERT?: string;

  /** The name checked against the relay's certificate, when it differs from SMTP_HOST (an IP, a load balancer). */
  @IsOptional()
  @Matches(/^[A-Za-z0-9.-]{1,253}$/, { message: 'must be a host name' })
  SMTP_TLS_SERVER_NAME?: string;

  @IsString()
  @IsNotEmpty()
  MAIL_FROM = 'AVRR service <no-reply@avrr.local>';

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(50)
  NOTIFICATION_MAX_ATTEMPTS = 6;

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(10)
  NOTIFICATION_BACKOFF_MS = 2000;

  /**
   * Notification jobs one worker delivers at once. One at a time, the rate is a job's latency (the queue's round
   * trips, the SMTP exchange, the inbox rows), not the CPU. Each job in flight may hold one SMTP connection: the relay
   * sees at most this many plus one (the digest).
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(50)
  NOTIFICATION_CONCURRENCY = 4;

  /** When the daily digest goes out, as a cron pattern in UTC (minute hour * * *). */
  @Matches(/^\S+ \S+ \S+ \S+ \S+$/, { message: 'must be a cron pattern of five fields' })
  NOTIFICATION_DIGEST_CRON = '0 6 * * *';

  /** The SMTP catcher's web address in dev and test, where sent mail can be read; unset elsewhere. */
  @IsOptional()
  @IsUrl({ require_tld: false })
  MAIL_CATCHER_URL?: string;

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(0)
  @Max(65535)
  WORKER_HEALTH_PORT = 3001;

  /**
   * Workflows the worker keeps in memory between tasks (about 2 MB each as measured, heap slack included); a case not
   * cached is replayed from its history when it next wakes. Bounds the worker's memory whatever the number of cases
   * asleep: 50 keeps a worker near 300 MB (docs/PERFORMANCE.md, P4), 200 near 650 MB.
   */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(100_000)
  WORKER_MAX_CACHED_WORKFLOWS = 50;

  /** Activities one worker runs at once (each may hold one of the process's 10 database connections). */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(1000)
  WORKER_MAX_CONCURRENT_ACTIVITIES = 20;

  /** Workflow tasks one worker runs at once; must not exceed the cache. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(1000)
  WORKER_MAX_CONCURRENT_WORKFLOW_TASKS = 10;

  /** Who hears about a case: team addresses for office supervisors and logistics, and partners by country (not per user account). */
  @IsEmail()
  SUPERVISOR_EMAIL = 'supervisor@avrr.local';

  @IsEmail()
  LOGISTICS_EMAIL = 'logistics@avrr.local';

  @IsEmail()
  PARTNER_FALLBACK_EMAIL = 'partners@avrr.local';

  /** Partner focal points by country of return: "SN=focal.sn@partner.org,ML=focal.ml@partner.org". */
  @Matches(/^(|[A-Z]{2}=[^,=\s]+@[^,=\s]+(,[A-Z]{2}=[^,=\s]+@[^,=\s]+)*)$/, {
    message: 'must be a comma-separated list of CC=email pairs',
  })
  PARTNER_EMAILS = '';

  // Programme timings: durations like 21d, 72h or 30m; follow-ups in calendar months after arrival.
  @Matches(DURATION)
  TRAVEL_DOCUMENT_DEADLINE = '21d';

  @Matches(DURATION)
  TRAVEL_DOCUMENT_REMINDER_BEFORE = '7d';

  @Matches(DURATION)
  DEPARTURE_CONFIRMATION_AFTER = '2d';

  @Matches(DURATION)
  DEPARTURE_REMINDER_BEFORE = '1d';

  @Matches(DURATION)
  ARRIVAL_CONFIRMATION_AFTER = '72h';

  @Matches(DURATION)
  ARRIVAL_REMINDER_BEFORE = '24h';

  @Matches(DURATION)
  PLAN_DUE_AFTER_ARRIVAL = '30d';

  @Matches(DURATION)
  PLAN_REMINDER_BEFORE = '7d';

  @Matches(/^\d{1,3}(,\d{1,3})*$/, { message: 'must be a comma-separated list of months, e.g. 3,6,12' })
  FOLLOW_UP_MONTHS = '3,6,12';

  @Matches(DURATION)
  FOLLOW_UP_REMINDER_BEFORE = '14d';

  @Matches(DURATION)
  CLOSED_CASE_REOPEN_WINDOW = '365d';

  @Matches(DURATION)
  PROTECTION_HOLD_REVIEW_AFTER = '30d';

  @Matches(DURATION)
  PROTECTION_HOLD_REVIEW_REMINDER_BEFORE = '7d';

  /** Matching weights: component=weight pairs summing to 1 (occupation, skills, education, languages, region, type). */
  @Matches(
    /^(occupation|skills|education|languages|region|type)=\d+(\.\d+)?(,(occupation|skills|education|languages|region|type)=\d+(\.\d+)?){5}$/,
    {
      message: 'must list the six components as name=weight pairs, e.g. occupation=0.3,skills=0.2,…',
    },
  )
  MATCHING_WEIGHTS = 'occupation=0.3,skills=0.2,education=0.1,languages=0.1,region=0.15,type=0.15';

  /** How old an unstarted case must be before the reconciler starts its workflow. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  CASE_RECONCILE_AFTER_SECONDS = 30;

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  CASE_RECONCILE_EVERY_SECONDS = 60;

  /** Where the sustainability survey weight sets live (one `<version>.json` each); relative to the working directory. */
  @IsString()
  @IsNotEmpty()
  SUSTAINABILITY_WEIGHTS_DIR = 'config/sustainability-weights';

  /** The weight set that scores new surveys; a file `<version>.json` in SUSTAINABILITY_WEIGHTS_DIR must hold it. */
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, { message: 'must be a weight set version such as v1-example' })
  SUSTAINABILITY_WEIGHT_SET = 'v1-example';

  // Accounts and access.
  /** Signs access tokens (HS256). Production refuses the development default. */
  @IsString()
  @MinLength(32)
  JWT_SECRET = 'development-only-secret-change-me-0123456789';

  // Encryption at rest (docs/ACCESS.md). Keys are 32 bytes in base64; production refuses the development keys.
  /** Key-encryption keys, `id:<base64 32 bytes>` separated by commas; old ones stay listed until rotated away. */
  @Matches(/^[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/]{43}=(,[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/]{43}=)*$/, {
    message: 'must be id:<base64 of 32 bytes>, separated by commas',
  })
  DATA_KEYS = `dev2026:${DEVELOPMENT_DATA_KEY}`;

  /** The id, among DATA_KEYS, that wraps new data keys (and that `npm run keys:rotate` re-wraps to). */
  @Matches(/^[A-Za-z0-9_-]{1,32}$/)
  DATA_KEY_CURRENT = 'dev2026';

  /** Keys the HMAC blind indexes (document numbers); it does not rotate with DATA_KEYS, or every index changes. */
  @Matches(/^[A-Za-z0-9+/]{43}=$/, { message: 'must be the base64 of 32 bytes' })
  DATA_INDEX_KEY = DEVELOPMENT_INDEX_KEY;

  @Matches(DURATION)
  ACCESS_TOKEN_TTL = '10m';

  @Matches(DURATION)
  REFRESH_TOKEN_TTL = '14d';

  /** Failed logins in a row that lock an account, and for how long. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES = 5;

  @Matches(DURATION)
  LOGIN_LOCKOUT = '15m';

  /** Requests per minute: login attempts per client address, and API calls per user (or address when anonymous). */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  RATE_LIMIT_LOGIN_PER_MINUTE = 10;

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  RATE_LIMIT_API_PER_MINUTE = 600;

  /** Origins allowed by CORS, comma-separated; empty allows none (same-origin only). */
  @Matches(/^(|https?:\/\/[^,\s]+(,https?:\/\/[^,\s]+)*)$/, {
    message: 'must be a comma-separated list of http(s) origins',
  })
  CORS_ORIGINS = '';

  /** Closed cases are anonymised this long after closure; the sweep runs every RETENTION_SWEEP_EVERY_SECONDS. */
  @Matches(DURATION)
  RETENTION_AFTER_CLOSURE = '730d';

  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  RETENTION_SWEEP_EVERY_SECONDS = 3600;

  // Telemetry.
  /**
   * The bearer token Prometheus presents to `/metrics` on the API and the worker's health port. Unset, `/metrics`
   * answers 404: the figures name no person, but queue depths and case counts are not for the open internet.
   */
  @IsOptional()
  @IsString()
  @MinLength(16)
  METRICS_TOKEN?: string;

  /** Where the worker's Temporal SDK serves its own Prometheus metrics (host:port), folded into its /metrics; unset is off. */
  @IsOptional()
  @Matches(/^[\w.-]+:\d{1,5}$/, { message: 'must be host:port, e.g. 127.0.0.1:9464' })
  TEMPORAL_METRICS_ADDRESS?: string;

  /** OTLP/HTTP traces endpoint (e.g. http://collector:4318/v1/traces); unset, no trace is exported. */
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true, protocols: ['http', 'https'] })
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?: string;
  /**
   * Deadlines of the calls a request waits on. Past one the API answers 503 with Retry-After and a code naming the
   * dependency instead of hanging (a Temporal update is long enough for the workflow to run its handler).
   */
  @Matches(DURATION)
  TEMPORAL_CALL_TIMEOUT = '10s';

  /** The longest one SQL statement may run (0ms: no limit), and the wait for a pool connection. */
  @Matches(DURATION)
  DATABASE_STATEMENT_TIMEOUT = '10s';

  @Matches(DURATION)
  DATABASE_CONNECT_TIMEOUT = '3s';

  /** The longest a Redis command of the API (rate limits, sign-out news) may take. */
  @Matches(DURATION)
  REDIS_COMMAND_TIMEOUT = '2s';

  /** The Retry-After of a 503 answered because a dependency did not answer in time. */
  @Transform(({ value }) => Number(value))
  @IsInt()
  @Min(1)
  @Max(3600)
  RETRY_AFTER_SECONDS = 5;
}

export class ConfigValidationError extends Error {}

export function validateEnvironment(raw: Record<string, unknown>): EnvironmentVariables {
  const env = plainToInstance(EnvironmentVariables, stripEmpty(raw), { exposeDefaultValues: true });
  const errors = validateSync(env, { skipMissingProperties: false, forbidUnknownValues: true });
  if (errors.length > 0) {
    const lines = errors.map(
      (e) => `  ${e.property}=${JSON.stringify(e.value)}: ${Object.values(e.constraints ?? {}).join('; ')}`,
    );
    throw new ConfigValidationError(`Invalid environment:\n${lines.join('\n')}`);
  }
  if (env.NODE_ENV === 'production' && env.JWT_SECRET === new EnvironmentVariables().JWT_SECRET) {
    throw new ConfigValidationError(
      'Invalid environment:\n  JWT_SECRET: production needs its own secret, not the development default',
    );
  }
  const keyIds = env.DATA_KEYS.split(',').map((pair) => pair.split(':')[0]);
  if (!keyIds.includes(env.DATA_KEY_CURRENT) || new Set(keyIds).size !== keyIds.length) {
    throw new ConfigValidationError(
      'Invalid environment:\n  DATA_KEY_CURRENT: must name one of the ids in DATA_KEYS, each id listed once',
    );
  }
  if (
    env.NODE_ENV === 'production' &&
    (env.DATA_KEYS.includes(DEVELOPMENT_DATA_KEY) || env.DATA_INDEX_KEY === DEVELOPMENT_INDEX_KEY)
  ) {
    throw new ConfigValidationError(
      'Invalid environment:\n  DATA_KEYS: production needs its own keys, not the development ones',
    );
  }
  return env;
}

// An empty variable in a .env file means "use the default", as people expect.
function stripEmpty(raw: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== '' && v !== undefined));
}
