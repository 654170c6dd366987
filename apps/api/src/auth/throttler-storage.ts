import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import type { ThrottlerStorage } from '@nestjs/throttler';
import type { RedisOptions } from 'ioredis';

const COMMAND = 'avrrThrottle';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * The shared rate-limit counters in Redis, with the library's own script, sent by its SHA (EVALSHA, loaded again by
 * ioredis when Redis does not know it) instead of in full (EVAL) on every request: the request pays for a script of
 * about a kilobyte, turned into a command and written out each time, before any counting.
 */
export class RedisThrottlerStorage extends ThrottlerStorageRedisService {
  constructor(options: RedisOptions) {
    super(options);
    this.redis.defineCommand(COMMAND, { numberOfKeys: 2, lua: this.scriptSrc });
  }

  override async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const run = (this.redis as unknown as Record<string, (...args: Array<string | number>) => Promise<unknown>>)[
      COMMAND
    ];
    const result = await run.call(
      this.redis,
      `{${key}:${throttlerName}}:hits`,
      `{${key}:${throttlerName}}:blocked`,
      throttlerName,
      ttl,
      limit,
      blockDuration,
    );
    if (!Array.isArray(result) || result.length !== 4 || result.some((v) => typeof v !== 'number')) {
      throw new TypeError(`the rate-limit script answered ${JSON.stringify(result)}, not four numbers`);
    }
    const [totalHits, timeToExpire, isBlocked, timeToBlockExpire] = result as number[];
    return {
      totalHits,
      timeToExpire: Math.ceil(timeToExpire / 1000),
      isBlocked: isBlocked === 1,
      timeToBlockExpire: Math.ceil(timeToBlockExpire / 1000),
    };
  }
}
