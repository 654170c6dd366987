import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '@avrr/config';
import { redisOptionsFromUrl } from '@avrr/messaging';
import { AccountsRepository } from '@avrr/persistence';

// How long an answer is trusted before the database is asked again. Revocations reach every instance at once through
// Redis; this bounds what a revocation lost with a Redis outage can outlive (the cache is dropped on reconnect too).
const REMEMBER_MS = 15_000;

/**
 * Whether the sign-in behind an access token still stands: logout, a reused refresh token, a disabled account and
 * a change of role, scope or password all revoke its refresh-token family, and the access token stops working with
 * it instead of living on until it expires. Each API instance caches the answer; a revocation is published on a
 * Redis channel and every instance drops its cached answer on hearing it.
 */
@Injectable()
export class SessionCheck implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(SessionCheck.name);
  private readonly known = new Map<string, { active: boolean; until: number }>();
  private readonly channel: string;
  private publisher?: Redis;
  private subscriber?: Redis;

  constructor(
    private readonly accounts: AccountsRepository,
    private readonly config: AppConfig,
  ) {
    this.channel = `${config.redis.queuePrefix}:sessions-revoked`;
  }

  async onModuleInit(): Promise<void> {
    const options = {
      ...redisOptionsFromUrl(this.config.redis.url),
      maxRetriesPerRequest: 1,
      commandTimeout: this.config.deadlines.redisMs,
    };
    this.publisher = new Redis(options);
    // A subscribing connection may send nothing else; it re-subscribes by itself after a reconnect.
    this.subscriber = new Redis({ ...options, maxRetriesPerRequest: null });
    for (const connection of [this.publisher, this.subscriber]) {
      connection.on('error', (error: Error) => this.logger.warn(`Redis (sign-out news): ${error.message}`));
    }
    this.subscriber.on('message', (_channel: string, familyId: string) => this.known.delete(familyId));
    // Revocations published while this instance was cut off are lost: forget every cached answer after a reconnect.
    this.subscriber.on('ready', () => this.known.clear());
    try {
      // Bounded by the command timeout: the API starts without Redis, and the subscription follows when it is back.
      await this.subscriber.subscribe(this.channel);
    } catch (error) {
      this.logger.warn(`not yet subscribed to ${this.channel}: ${(error as Error).message}`);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.subscriber?.disconnect();
    this.publisher?.disconnect();
  }

  async isActive(sessionId: string): Promise<boolean> {
    const now = Date.now();
    const cached = this.known.get(sessionId);
    if (cached && cached.until > now) return cached.active;
    const active = await this.accounts.sessionActive(sessionId);
    if (this.known.size > 10_000) for (const [id, entry] of this.known) if (entry.until <= now) this.known.delete(id);
    this.known.set(sessionId, { active, until: now + REMEMBER_MS });
    return active;
  }

  /** The sign-ins (refresh-token families) were revoked: every API instance stops trusting its cached answer. */
  async revoked(familyIds: string[]): Promise<void> {
    for (const id of familyIds) this.known.delete(id);
    try {
      for (const id of familyIds) await this.publisher?.publish(this.channel, id);
    } catch (error) {
      // The revocation stands in the database; other instances see it when their cached answer expires.
      this.logger.warn(`could not publish a sign-out to other instances: ${(error as Error).message}`);
    }
  }
}
