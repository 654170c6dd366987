import { config as loadDotenv } from 'dotenv';
import { assertMatchingWeights, type MatchingWeights, parseDuration, type ProgrammeTimings } from '@avrr/domain';
import { ConfigValidationError, EnvironmentVariables, validateEnvironment } from './environment';
import { type SmtpSettings, smtpSettings } from './smtp.config';
import { type TemporalTlsSettings, temporalTlsSettings } from './temporal-connection.config';

/** The validated configuration, grouped for the parts that use it. */
export class AppConfig {
  readonly env: EnvironmentVariables['NODE_ENV'];
  readonly logLevel: string;
  readonly api: { host: string; port: number; bodyLimitBytes: number; trustProxy: false | number | string };
  readonly database: { url: string };
  readonly redis: { url: string; queuePrefix: string };
  readonly temporal: {
    address: string;
    namespace: string;
    /** Undefined for a plain connection; `{}` is TLS with the system's trusted CAs (Temporal Cloud). */
    tls?: TemporalTlsSettings;
    apiKey?: string;
    taskQueue: string;
    uiUrl: string;
    workflowBundlePath?: string;
    testServerPath?: string;
  };
  readonly smtp: SmtpSettings;
  readonly notifications: { maxAttempts: number; backoffMs: number; digestCron: string; concurrency: number };
  readonly worker: {
    healthPort: number;
    maxCachedWorkflows: number;
    maxConcurrentActivities: number;
    maxConcurrentWorkflowTasks: number;
  };
  readonly contacts: {
    supervisor: string;
    logistics: string;
    partnerFallback: string;
    partnersByCountry: Record<string, string>;
  };
  readonly timings: ProgrammeTimings;
  readonly matchingWeights: MatchingWeights;
  readonly reconciler: { afterSeconds: number; everySeconds: number };
  /** Where the survey weight sets are and which one scores new surveys (loaded by `loadSustainabilityWeightSets`). */
  readonly sustainability: { weightsDir: string; weightSet: string };
  readonly auth: {
    jwtSecret: string;
    accessTokenTtlMs: number;
    refreshTokenTtlMs: number;
    maxFailedLogins: number;
    lockoutMs: number;
  };
  readonly rateLimits: { loginPerMinute: number; apiPerMinute: number };
  readonly cors: { origins: string[] };
  /** Encryption at rest: key-encryption keys by id, the current one, and the blind-index key. */
  readonly dataKeys: { keys: ReadonlyMap<string, Buffer>; current: string; indexKey: Buffer };
  readonly retention: { afterClosureMs: number; sweepEverySeconds: number };
  readonly telemetry: { metricsToken?: string; temporalMetricsAddress?: string; otlpTracesEndpoint?: string };
  /** Deadlines of dependency calls a request waits on, and the Retry-After of the 503 past one. */
  readonly deadlines: {
    temporalMs: number;
    statementMs: number;
    connectMs: number;
    redisMs: number;
    retryAfterSeconds: number;
  };
  /** Which steps need their paper on file: consent its signed declaration, a medical clearance its certificate, a
   * tranche payment its proof of payment. */
  readonly evidence: { signedDeclaration: boolean; medicalCertificate: boolean; proofOfPayment: boolean };
  /** Whether consent waits for the acknowledgement of the country's information sheets; fixed for a case at its start. */
  readonly preDepartureInformation: { acknowledgementRequired: boolean };
  readonly documents: {
    maxBytes: number;
    store: 'postgres' | 's3';
    s3: {
      bucket: string;
      region: string;
      endpoint?: string;
      forcePathStyle: boolean;
      credentials?: { accessKeyId: string; secretAccessKey: string };
    };
  };

  constructor(e: EnvironmentVariables) {
    this.env = e.NODE_ENV;
    this.logLevel = e.LOG_LEVEL;
    this.api = {
      host: e.API_HOST,
      port: e.API_PORT,
      bodyLimitBytes: e.BODY_LIMIT_BYTES,
      // Fastify's forms: false (none), a hop count, or proxy-addr's list.
      trustProxy: e.TRUST_PROXY === '' ? false : /^\d+$/.test(e.TRUST_PROXY) ? Number(e.TRUST_PROXY) : e.TRUST_PROXY,
    };
    this.database = { url: e.DATABASE_URL };
    this.evidence = {
      signedDeclaration: e.REQUIRE_SIGNED_DECLARATION,
      medicalCertificate: e.REQUIRE_MEDICAL_CERTIFICATE,
      proofOfPayment: e.REQUIRE_PROOF_OF_PAYMENT,
    };
    this.preDepartureInformation = { acknowledgementRequired: e.REQUIRE_INFORMATION_ACKNOWLEDGED };
    this.documents = {
      maxBytes: e.DOCUMENT_MAX_BYTES,
      store: e.DOCUMENT_STORE,
      s3: {
        bucket: e.DOCUMENT_S3_BUCKET ?? '',
        region: e.DOCUMENT_S3_REGION,
        endpoint: e.DOCUMENT_S3_ENDPOINT,
        forcePathStyle: e.DOCUMENT_S3_FORCE_PATH_STYLE,
        credentials:
          e.DOCUMENT_S3_ACCESS_KEY_ID && e.DOCUMENT_S3_SECRET_ACCESS_KEY
            ? { accessKeyId: e.DOCUMENT_S3_ACCESS_KEY_ID, secretAccessKey: e.DOCUMENT_S3_SECRET_ACCESS_KEY }
            : undefined,
      },
    };
    this.redis = { url: e.REDIS_URL, queuePrefix: e.QUEUE_PREFIX };
    this.temporal = {
      address: e.TEMPORAL_ADDRESS,
      namespace: e.TEMPORAL_NAMESPACE,
      tls: temporalTlsSettings(e),
      apiKey: e.TEMPORAL_API_KEY,
      taskQueue: e.TEMPORAL_TASK_QUEUE,
      uiUrl: e.TEMPORAL_UI_URL,
      workflowBundlePath: e.WORKFLOW_BUNDLE_PATH,
      testServerPath: e.TEMPORAL_TEST_SERVER_PATH,
    };
    this.smtp = smtpSettings(e);
    this.notifications = {
      maxAttempts: e.NOTIFICATION_MAX_ATTEMPTS,
      backoffMs: e.NOTIFICATION_BACKOFF_MS,
      digestCron: e.NOTIFICATION_DIGEST_CRON,
      concurrency: e.NOTIFICATION_CONCURRENCY,
    };
    if (e.WORKER_MAX_CONCURRENT_WORKFLOW_TASKS > e.WORKER_MAX_CACHED_WORKFLOWS) {
      throw new ConfigValidationError(
        'Invalid environment:\n  WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: must not exceed WORKER_MAX_CACHED_WORKFLOWS',
      );
    }
    this.worker = {
      healthPort: e.WORKER_HEALTH_PORT,
      maxCachedWorkflows: e.WORKER_MAX_CACHED_WORKFLOWS,
      maxConcurrentActivities: e.WORKER_MAX_CONCURRENT_ACTIVITIES,
      maxConcurrentWorkflowTasks: e.WORKER_MAX_CONCURRENT_WORKFLOW_TASKS,
    };
    this.contacts = {
      supervisor: e.SUPERVISOR_EMAIL,
      logistics: e.LOGISTICS_EMAIL,
      partnerFallback: e.PARTNER_FALLBACK_EMAIL,
      partnersByCountry: Object.fromEntries(
        e.PARTNER_EMAILS.split(',')
          .filter(Boolean)
          .map((pair) => pair.split('=') as [string, string]),
      ),
    };
    this.matchingWeights = parseMatchingWeights(e.MATCHING_WEIGHTS);
    this.timings = {
      travelDocumentDeadlineMs: parseDuration(e.TRAVEL_DOCUMENT_DEADLINE),
      travelDocumentReminderBeforeMs: parseDuration(e.TRAVEL_DOCUMENT_REMINDER_BEFORE),
      departureConfirmationAfterMs: parseDuration(e.DEPARTURE_CONFIRMATION_AFTER),
      departureReminderBeforeMs: parseDuration(e.DEPARTURE_REMINDER_BEFORE),
      arrivalConfirmationAfterMs: parseDuration(e.ARRIVAL_CONFIRMATION_AFTER),
      arrivalReminderBeforeMs: parseDuration(e.ARRIVAL_REMINDER_BEFORE),
      planDueAfterArrivalMs: parseDuration(e.PLAN_DUE_AFTER_ARRIVAL),
      planReminderBeforeMs: parseDuration(e.PLAN_REMINDER_BEFORE),
      followUpMonths: e.FOLLOW_UP_MONTHS.split(',').map(Number),
      followUpReminderBeforeMs: parseDuration(e.FOLLOW_UP_REMINDER_BEFORE),
      closedCaseReopenWindowMs: parseDuration(e.CLOSED_CASE_REOPEN_WINDOW),
      protectionHoldReviewAfterMs: parseDuration(e.PROTECTION_HOLD_REVIEW_AFTER),
      protectionHoldReviewReminderBeforeMs: parseDuration(e.PROTECTION_HOLD_REVIEW_REMINDER_BEFORE),
      finalReportRequired: true,
    };
    this.reconciler = { afterSeconds: e.CASE_RECONCILE_AFTER_SECONDS, everySeconds: e.CASE_RECONCILE_EVERY_SECONDS };
    this.sustainability = { weightsDir: e.SUSTAINABILITY_WEIGHTS_DIR, weightSet: e.SUSTAINABILITY_WEIGHT_SET };
    this.auth = {
      jwtSecret: e.JWT_SECRET,
      accessTokenTtlMs: parseDuration(e.ACCESS_TOKEN_TTL),
      refreshTokenTtlMs: parseDuration(e.REFRESH_TOKEN_TTL),
      maxFailedLogins: e.LOGIN_MAX_FAILURES,
      lockoutMs: parseDuration(e.LOGIN_LOCKOUT),
    };
    this.rateLimits = { loginPerMinute: e.RATE_LIMIT_LOGIN_PER_MINUTE, apiPerMinute: e.RATE_LIMIT_API_PER_MINUTE };
    this.cors = { origins: e.CORS_ORIGINS.split(',').filter(Boolean) };
    this.dataKeys = {
      keys: new Map(
        e.DATA_KEYS.split(',').map((pair) => {
          const [id, key] = pair.split(':');
          return [id, Buffer.from(key, 'base64')];
        }),
      ),
      current: e.DATA_KEY_CURRENT,
      indexKey: Buffer.from(e.DATA_INDEX_KEY, 'base64'),
    };
    this.deadlines = {
      temporalMs: parseDuration(e.TEMPORAL_CALL_TIMEOUT),
      statementMs: parseDuration(e.DATABASE_STATEMENT_TIMEOUT),
      connectMs: parseDuration(e.DATABASE_CONNECT_TIMEOUT),
      redisMs: parseDuration(e.REDIS_COMMAND_TIMEOUT),
      retryAfterSeconds: e.RETRY_AFTER_SECONDS,
    };
    this.retention = {
      afterClosureMs: parseDuration(e.RETENTION_AFTER_CLOSURE),
      sweepEverySeconds: e.RETENTION_SWEEP_EVERY_SECONDS,
    };
    this.telemetry = {
      metricsToken: e.METRICS_TOKEN,
      temporalMetricsAddress: e.TEMPORAL_METRICS_ADDRESS,
      otlpTracesEndpoint: e.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT,
    };
  }
}

/**
 * The one place that reads `process.env`: values already set win over `.env`, as with Nest's ConfigModule.
 * `overrides` lets tests and scripts change a value without touching the process environment.
 */
export function loadAppConfig(overrides: Record<string, string | undefined> = {}): AppConfig {
  loadDotenv({ quiet: true });
  return new AppConfig(validateEnvironment({ ...process.env, ...overrides }));
}

function parseMatchingWeights(text: string): MatchingWeights {
  const weights = Object.fromEntries(
    text
      .split(',')
      .map((pair) => pair.split('='))
      .map(([k, v]) => [k, Number(v)]),
  );
  try {
    assertMatchingWeights(weights as MatchingWeights);
  } catch (error) {
    throw new ConfigValidationError(
      `Invalid environment:\n  MATCHING_WEIGHTS=${JSON.stringify(text)}: ${(error as Error).message}`,
    );
  }
  return weights as MatchingWeights;
}
