/**
 * Redis did not answer a producer's command in time. The API's queues share the workers' connection, which waits
 * through a Redis outage by design (a blocked worker must not fail), so a request bounds its own wait instead; the
 * HTTP edge answers 503 `redis_unavailable`.
 */
export class RedisUnavailableError extends Error {
  constructor(what: string, ms: number) {
    super(`Redis did not answer ${what} within ${ms} ms`);
    this.name = 'RedisUnavailableError';
  }
}

/**
 * Waits at most `ms` for `call`. The command may still run when Redis answers again: use it where such a late command
 * is harmless (a re-import of the same feed, a read-only export).
 */
export async function withinRedisDeadline<T>(what: string, ms: number, call: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RedisUnavailableError(what, ms)), ms);
  });
  try {
    return await Promise.race([call, late]);
  } finally {
    clearTimeout(timer);
  }
}
