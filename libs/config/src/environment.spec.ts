import { ConfigValidationError, EnvironmentVariables, validateEnvironment } from './environment';
import { AppConfig } from './app-config';

describe('validateEnvironment', () => {
  it('fills every default when nothing is set', () => {
    const env = validateEnvironment({});
    expect(env).toBeInstanceOf(EnvironmentVariables);
    expect(env).toMatchObject({
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
      API_HOST: '127.0.0.1',
      API_PORT: 3000,
      BODY_LIMIT_BYTES: 1024 * 1024,
      DOCUMENT_MAX_BYTES: 64 * 1024 * 1024,
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/avrr',
      REDIS_URL: 'redis://127.0.0.1:6379/0',
      QUEUE_PREFIX: 'avrr',
      TEMPORAL_ADDRESS: '127.0.0.1:7233',
      TEMPORAL_NAMESPACE: 'default',
      TEMPORAL_TASK_QUEUE: 'return-cases',
      SMTP_PORT: 1025,
      SMTP_SECURE: false,
      NOTIFICATION_MAX_ATTEMPTS: 6,
      NOTIFICATION_BACKOFF_MS: 2000,
      WORKER_HEALTH_PORT: 3001,
      CASE_RECONCILE_AFTER_SECONDS: 30,
      CASE_RECONCILE_EVERY_SECONDS: 60,
      WORKER_MAX_CACHED_WORKFLOWS: 50,
      WORKER_MAX_CONCURRENT_ACTIVITIES: 20,
      WORKER_MAX_CONCURRENT_WORKFLOW_TASKS: 10,
    });
    expect(env.WORKFLOW_BUNDLE_PATH).toBeUndefined();
  });

  it('wants a bucket when files go to S3', () => {
    expect(() => validateEnvironment({ DOCUMENT_STORE: 's3' })).toThrow(/DOCUMENT_S3_BUCKET/);
    expect(validateEnvironment({ DOCUMENT_STORE: 's3', DOCUMENT_S3_BUCKET: 'case-files' }).DOCUMENT_S3_BUCKET).toBe(
      'case-files',
    );
  });

  it('requires every paper by default, turns each requirement off one by one, and refuses a word it cannot read', () => {
    const on = new AppConfig(validateEnvironment({})).evidence;
    expect(on).toEqual({ signedDeclaration: true, medicalCertificate: true, proofOfPayment: true });
    const off = new AppConfig(validateEnvironment({ REQUIRE_PROOF_OF_PAYMENT: 'false' })).evidence;
    expect(off).toEqual({ signedDeclaration: true, medicalCertificate: true, proofOfPayment: false });
    expect(new AppConfig(validateEnvironment({})).preDepartureInformation.acknowledgementRequired).toBe(true);
    expect(
      new AppConfig(validateEnvironment({ REQUIRE_INFORMATION_ACKNOWLEDGED: 'false' })).preDepartureInformation
        .acknowledgementRequired,
    ).toBe(false);
    expect(() => validateEnvironment({ REQUIRE_SIGNED_DECLARATION: 'sometimes' })).toThrow(
      /REQUIRE_SIGNED_DECLARATION/,
    );
  });

  it('treats an empty variable as unset and uses the default', () => {
    const env = validateEnvironment({ API_PORT: '', DATABASE_URL: '', LOG_LEVEL: '' });
    expect(env.API_PORT).toBe(3000);
    expect(env.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/avrr');
    expect(env.LOG_LEVEL).toBe('info');
  });

  it('turns numeric and boolean strings into numbers and booleans', () => {
    const env = validateEnvironment({ API_PORT: '8080', SMTP_SECURE: 'true', NOTIFICATION_MAX_ATTEMPTS: '3' });
    expect(env.API_PORT).toBe(8080);
    expect(env.SMTP_SECURE).toBe(true);
    expect(env.NOTIFICATION_MAX_ATTEMPTS).toBe(3);
    expect(validateEnvironment({ SMTP_SECURE: '0' }).SMTP_SECURE).toBe(false);
  });

  it('trusts no proxy by default, and reads a hop count or a list of addresses', () => {
    const trust = (TRUST_PROXY?: string) => new AppConfig(validateEnvironment({ TRUST_PROXY })).api.trustProxy;
    expect(trust()).toBe(false);
    expect(trust('1')).toBe(1);
    expect(trust('10.0.0.0/8,192.168.1.7,loopback')).toBe('10.0.0.0/8,192.168.1.7,loopback');
    expect(trust('::1,fd00::/8')).toBe('::1,fd00::/8');
    for (const TRUST_PROXY of ['true', '10.0.0.0/8;', 'everyone'])
      expect(() => validateEnvironment({ TRUST_PROXY })).toThrow(/TRUST_PROXY/);
  });

  it('accepts postgresql:// and rediss:// URLs', () => {
    const env = validateEnvironment({
      DATABASE_URL: 'postgresql://app:secret@db.internal:5433/avrr',
      REDIS_URL: 'rediss://cache.internal:6380/2',
    });
    expect(env.DATABASE_URL).toBe('postgresql://app:secret@db.internal:5433/avrr');
    expect(env.REDIS_URL).toBe('rediss://cache.internal:6380/2');
  });

  it('ignores variables it does not know', () => {
    expect(() => validateEnvironment({ PATH: '/usr/bin', HOME: '/root' })).not.toThrow();
  });

  it.each([
    ['API_PORT', 'abc'],
    ['API_PORT', '70000'],
    ['DATABASE_URL', 'http://x'],
    ['REDIS_URL', 'postgres://127.0.0.1:5432/avrr'],
    ['NODE_ENV', 'staging'],
    ['LOG_LEVEL', 'verbose'],
    ['SMTP_SECURE', 'maybe'],
    ['BODY_LIMIT_BYTES', '10'],
    ['DOCUMENT_MAX_BYTES', 'lots'],
    ['DOCUMENT_STORE', 'floppy'],
    ['DOCUMENT_S3_ENDPOINT', 'not a url'],
    ['CASE_RECONCILE_AFTER_SECONDS', '0'],
    ['WORKER_MAX_CACHED_WORKFLOWS', '0'],
    ['WORKER_MAX_CONCURRENT_ACTIVITIES', 'many'],
  ])('refuses %s=%s with a ConfigValidationError naming the variable', (name, value) => {
    let thrown: unknown;
    try {
      validateEnvironment({ [name]: value });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigValidationError);
    const message = (thrown as Error).message;
    expect(message).toMatch(/^Invalid environment:/);
    expect(message).toMatch(new RegExp(`^  ${name}=`, 'm'));
  });

  it('lists every invalid variable, and only those, in one error', () => {
    let message = '';
    try {
      validateEnvironment({ API_PORT: 'abc', DATABASE_URL: 'http://x', SMTP_HOST: 'mail.internal' });
    } catch (error) {
      message = (error as Error).message;
    }
    const named = message
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split('=')[0]);
    expect(named.sort()).toEqual(['API_PORT', 'DATABASE_URL']);
  });

  it('reads the data keys, and refuses a current key not listed or the development keys in production', () => {
    const key = (n: number) => Buffer.alloc(32, n).toString('base64');
    const own = { DATA_KEYS: `k2026a:${key(1)},k2025:${key(2)}`, DATA_KEY_CURRENT: 'k2026a', DATA_INDEX_KEY: key(3) };
    expect(validateEnvironment(own)).toMatchObject(own);
    expect(() => validateEnvironment({ ...own, DATA_KEY_CURRENT: 'k2027' })).toThrow(/DATA_KEY_CURRENT: must name/);
    expect(() => validateEnvironment({ ...own, DATA_KEYS: 'k1:short' })).toThrow(/DATA_KEYS/);
    const production = { NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(40) };
    expect(() => validateEnvironment(production)).toThrow(/DATA_KEYS: production needs its own keys/);
    expect(() => validateEnvironment({ ...production, ...own })).not.toThrow();
  });
});
