import helmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import multipart from '@fastify/multipart';
import { HttpException, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { createHash } from 'node:crypto';
import { Logger } from 'nestjs-pino';
import { AppConfig, loadAppConfig, requestIdFor } from '@avrr/config';
import { ClsService } from 'nestjs-cls';
import { AppModule } from './app.module';
import { attachAuditInterceptor } from './audit/audit.interceptor';
import { AuthService } from './auth/auth.service';
import { createApiDocument } from './common/api-document';
import { HttpExceptionFilter } from './common/http-exception.filter';
import { registerRequestContext, REQUEST_LOGGER } from './common/request-context';
import { inspect, registerJsonBodyParser } from './common/json-body.parser';
import { validationExceptionFactory } from './common/request-validation.error';
import { QUEUE_DASHBOARD_ROUTE } from './notifications/notifications.module';
import { registerWebApp } from './web-app/web-app';
import { instrumentHttpLatency, registerMetricsEndpoint } from '@avrr/telemetry';
import { ProgrammeMetrics } from './metrics/programme-metrics';

/** Builds the API application, configured exactly as in production; tests call this too. */
export async function createApiApp(): Promise<NestFastifyApplication> {
  const config = loadAppConfig();
  // The request id (see registerRequestContext). No Express-style middleware is used, so middie is not registered.
  const adapter = new FastifyAdapter({
    bodyLimit: config.api.bodyLimitBytes,
    trustProxy: config.api.trustProxy,
    genReqId: requestIdFor,
    skipMiddie: true,
  });
  // bodyParser off: Fastify's own parsers stay, and registerJsonBodyParser replaces the JSON one.
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, adapter, {
    bufferLogs: true,
    bodyParser: false,
  });
  try {
    await configure(app, config);
  } catch (error) {
    // Close what the module already opened (database, Redis, Temporal) so a failed start leaves nothing behind.
    await app.close();
    throw error;
  }
  return app;
}

async function configure(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  // First of the application's request hooks, so that the others run in the request's context.
  registerRequestContext(app.getHttpAdapter().getInstance(), app.get(ClsService), app.get(REQUEST_LOGGER));
  // Security headers. The API docs page (Swagger UI) loads its own inline scripts and styles, which the
  // default content security policy would block; everything else gets the strict default.
  const headers = await securityHeaders({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
      },
    },
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (_request, reply, done) => {
      // On the raw response, as helmet sets them: a route's own header (a stricter policy) still replaces one.
      for (const [name, value] of headers) reply.raw.setHeader(name, value);
      done();
    });
  app.enableCors({
    origin: config.cors.origins.length ? config.cors.origins : false,
    credentials: false,
    allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'If-Match', 'X-Request-Id'],
    exposedHeaders: ['ETag', 'Location', 'Idempotent-Replayed', 'X-Request-Id'],
  });
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: validationExceptionFactory,
    }),
  );
  app.useGlobalFilters(new HttpExceptionFilter(config.deadlines.retryAfterSeconds));
  // Every write is audited: a start-up that found no route to attach the audit to is a broken one.
  if (attachAuditInterceptor(app) === 0) throw new Error('no write route found for the audit interceptor');
  protectQueueDashboard(app);
  const fastify = app.getHttpAdapter().getInstance();
  registerJsonBodyParser(fastify);
  const metrics = app.get(ProgrammeMetrics).registry;
  instrumentHttpLatency(fastify, metrics);
  registerMetricsEndpoint(fastify, metrics, config.telemetry.metricsToken);
  // Uploads (the case file's papers) are read as streams by their route; the limits are applied there.
  await app.register(multipart, { throwFileSizeLimit: false });
  // Query strings are text for the database too: a NUL character there is refused like one in a body.
  fastify.addHook('preValidation', async (request) => {
    const problem = inspect(request.query);
    if (problem) throw problem;
  });

  const document = createApiDocument(app);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/json' });
  // The browser app (apps/web, built into dist/web) under /app/, when it has been built.
  await registerWebApp(app);
}

/**
 * The headers helmet sets for these options. @fastify/helmet builds the helmet middleware again on every request
 * (the policy parsed each time); without per-request nonces its headers are the same for every response, so they are
 * taken once, from the plugin itself on a probe instance, and set by one hook.
 */
async function securityHeaders(options: FastifyHelmetOptions): Promise<Array<[string, string]>> {
  const bare = await probeHeaders(async () => undefined);
  const withHelmet = await probeHeaders((probe) => probe.register(helmet, options));
  return Object.entries(withHelmet)
    .filter(([name]) => !(name in bare))
    .map(([name, value]) => [name, String(value)]);
}

async function probeHeaders(setUp: (probe: FastifyInstance) => PromiseLike<unknown>): Promise<Record<string, unknown>> {
  const probe = Fastify();
  try {
    await setUp(probe);
    probe.get('/', async () => '');
    return (await probe.inject('/')).headers;
  } finally {
    await probe.close();
  }
}

/**
 * The queue dashboard is for administrators: HTTP basic auth with an administrator's email and password, checked
 * like a sign-in (lockout, audit). A browser sends the header on every request of the dashboard, so a successful
 * check is remembered for a minute rather than hashed again each time.
 */
function protectQueueDashboard(app: NestFastifyApplication): void {
  const auth = app.get(AuthService);
  const recentlyChecked = new Map<string, number>();
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', async (request, reply) => {
      // The route Fastify matched, not the raw URL: `/%71ueues` reaches the same routes as `/queues`.
      if (!(request.routeOptions.url ?? '').startsWith(QUEUE_DASHBOARD_ROUTE)) return;
      // The scheme name is case-insensitive (RFC 9110).
      const match = /^basic\s+(\S+)$/i.exec(request.headers.authorization ?? '');
      const credentials = match ? Buffer.from(match[1], 'base64').toString('utf8') : '';
      const separator = credentials.indexOf(':');
      const key = createHash('sha256').update(credentials).digest('hex');
      if ((recentlyChecked.get(key) ?? 0) > Date.now()) return;
      if (separator > 0) {
        try {
          const user = await auth.checkCredentials(
            credentials.slice(0, separator),
            credentials.slice(separator + 1),
            'queues.sign_in',
            'administrator',
          );
          // A temporary password opens nothing but its own change, here as in the API.
          if (user.mustChangePassword) {
            await reply.status(403).send({
              statusCode: 403,
              error: 'Forbidden',
              code: 'password_change_required',
              message: 'Signed in with a temporary password: choose your own in the web app first.',
            });
            return;
          }
          for (const [k, until] of recentlyChecked) if (until <= Date.now()) recentlyChecked.delete(k);
          recentlyChecked.set(key, Date.now() + 60_000);
          return;
        } catch (error) {
          if (!(error instanceof HttpException)) throw error;
        }
      }
      await reply.status(401).header('WWW-Authenticate', 'Basic realm="queues"').send({
        statusCode: 401,
        error: 'Unauthorized',
        message: "The queue dashboard needs an administrator's email and password.",
      });
    });
}
