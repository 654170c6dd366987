import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import Redis from 'ioredis';
import { AppConfig } from '@avrr/config';
import { redisOptionsFromUrl } from './redis-connection';

/** Redis answers a PING, on a connection of its own so that a blocked queue connection cannot hide it. */
@Injectable()
export class RedisHealthIndicator implements OnApplicationShutdown {
  private readonly client: Redis;

  constructor(
    config: AppConfig,
    private readonly indicators: HealthIndicatorService,
  ) {
    this.client = new Redis({
      ...redisOptionsFromUrl(config.redis.url),
      lazyConnect: true,
      maxRetriesPerRequest: 1,
      connectTimeout: 2000,
    });
  }

  async isHealthy(key: string) {
    const session = this.indicators.check(key);
    try {
      const answer = await this.client.ping();
      return answer === 'PONG' ? session.up() : session.down({ message: `unexpected answer ${answer}` });
    } catch (error) {
      return session.down({ message: error instanceof Error ? error.message : String(error) });
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.client.disconnect();
  }
}
