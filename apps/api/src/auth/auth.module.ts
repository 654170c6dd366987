import { createSecretKey } from 'node:crypto';
import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { AppConfig } from '@avrr/config';
import { redisOptionsFromUrl } from '@avrr/messaging';
import { PersistenceModule } from '@avrr/persistence';
import { AuditController } from '../audit/audit.controller';
import { AuditInterceptor } from '../audit/audit.interceptor';
import { AuditService } from '../audit/audit.service';
import { LOGIN_THROTTLE_KEY } from './access.decorators';
import { AuthenticationGuard, PermissionGuard, UserThrottlerGuard } from './access.guards';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { SessionCheck } from './session-check';
import { RedisThrottlerStorage } from './throttler-storage';
import { TokenService } from './token.service';

const MINUTE_MS = 60_000;

/**
 * Sign-in, and the three guards every request passes in this order: who is calling (bearer token), how often
 * (rate limits in Redis, shared by every API instance), and whether their role may call this route. Then the
 * audit interceptor records each write.
 */
@Global()
@Module({
  imports: [
    PersistenceModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      // A key object made once: given the string, jsonwebtoken first tries it as a public key on every verify, and
      // that failed parse cost more CPU than the signature check itself.
      useFactory: (config: AppConfig) => ({
        privateKey: createSecretKey(Buffer.from(config.auth.jwtSecret)),
        publicKey: createSecretKey(Buffer.from(config.auth.jwtSecret)),
        signOptions: { algorithm: 'HS256', expiresIn: Math.floor(config.auth.accessTokenTtlMs / 1000) },
      }),
    }),
    ThrottlerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        throttlers: [
          { name: 'api', ttl: MINUTE_MS, limit: config.rateLimits.apiPerMinute },
          {
            name: 'login',
            ttl: MINUTE_MS,
            limit: config.rateLimits.loginPerMinute,
            skipIf: (ctx) => Reflect.getMetadata(LOGIN_THROTTLE_KEY, ctx.getHandler()) !== true,
          },
        ],
        // Given options, the storage owns its connection and closes it on shutdown. A request fails fast rather than
        // waiting on a Redis that is down.
        storage: new RedisThrottlerStorage({
          ...redisOptionsFromUrl(config.redis.url),
          keyPrefix: `${config.redis.queuePrefix}:throttle:`,
          maxRetriesPerRequest: 2,
          // The offline queue stays on to ride out a reconnect, but no command waits past the deadline (a paused
          // Redis holds the connection open): the request then answers 503 redis_unavailable.
          commandTimeout: config.deadlines.redisMs,
          // Every request counts itself here: the counts of one turn of the event loop go out in one write and come
          // back in one read, instead of a socket write each (a third of the CPU of a request that reads nothing).
          // Each count is still its own atomic script call, answered to its own request.
          enableAutoPipelining: true,
        }),
      }),
    }),
  ],
  controllers: [AuthController, AuditController],
  providers: [
    TokenService,
    SessionCheck,
    AuthService,
    AuditService,
    { provide: APP_GUARD, useClass: AuthenticationGuard },
    { provide: APP_GUARD, useClass: UserThrottlerGuard },
    { provide: APP_GUARD, useClass: PermissionGuard },
    // Attached to the routes that may write, by attachAuditInterceptor at start-up.
    AuditInterceptor,
  ],
  exports: [AuditService, AuthService, SessionCheck],
})
export class AuthModule {}
