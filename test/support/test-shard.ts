/**
 * scripts/test.sh runs jest in TEST_WORKERS processes side by side. Wherever two suites could see each other's data,
 * each process has services of its own: a database copied from the migrated one, a Temporal task queue, a Redis key
 * prefix (BullMQ, rate limits, sign-out notices) and a mail catcher. Process 1 keeps the suite's settings, so a run
 * in band is what it always was. scripts/test.sh makes the databases and starts the mail catchers by the same rule.
 */
export function shardEnvironment(env: NodeJS.ProcessEnv, worker: number): Record<string, string> {
  const workers = Number(env.TEST_WORKERS ?? '1');
  if (!Number.isInteger(worker) || worker < 1 || worker > workers) {
    throw new Error(`jest process ${worker} has no services: scripts/test.sh starts ${workers} (TEST_WORKERS)`);
  }
  if (worker === 1) return {};
  const shard: Record<string, string> = {};
  const suffix = `w${worker}`;
  if (env.DATABASE_URL) {
    const url = new URL(env.DATABASE_URL);
    url.pathname = `${url.pathname}_${suffix}`;
    shard.DATABASE_URL = url.toString();
  }
  if (env.TEMPORAL_TASK_QUEUE) shard.TEMPORAL_TASK_QUEUE = `${env.TEMPORAL_TASK_QUEUE}-${suffix}`;
  if (env.QUEUE_PREFIX) shard.QUEUE_PREFIX = `${env.QUEUE_PREFIX}-${suffix}`;
  if (env.SMTP_PORT) shard.SMTP_PORT = String(Number(env.SMTP_PORT) + worker - 1);
  if (env.MAIL_CATCHER_URL) {
    const url = new URL(env.MAIL_CATCHER_URL);
    url.port = String(Number(url.port) + worker - 1);
    shard.MAIL_CATCHER_URL = url.toString().replace(/\/$/, '');
  }
  return shard;
}
