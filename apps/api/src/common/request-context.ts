// Each request's id, async context (nestjs-cls) and log line, set up by Fastify hooks. They replace three Express-style
// middlewares that ran through @fastify/middie on every request: pino-http, nestjs-pino's context binding and
// nestjs-cls's middleware. pino-http built and serialised (with redaction) two child loggers for every request before
// anything was logged; here the request's logger is built only when a line is written: the "request completed" line
// (at info), or a log line of the application inside the request. The lines carry the same fields as pino-http's.
import { type DynamicModule, Global, Inject, Injectable, Module, Scope } from '@nestjs/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ClsModule, ClsService, ClsServiceManager } from 'nestjs-cls';
import { Logger, type Params, PARAMS_PROVIDER_TOKEN, PinoLogger } from 'nestjs-pino';
import type { Logger as Pino } from 'pino';
import { type Options, pinoHttp } from 'pino-http';
import { AppConfig, loggerParams, REQUEST_ID_HEADER } from '@avrr/config';

/** The root logger of request lines: pino-http's own, so its serialisers and redaction apply as before. */
export const REQUEST_LOGGER = Symbol('REQUEST_LOGGER');

/** Where the request's logger sits in its async context. */
const REQUEST_LOG = 'requestLog';

type RawRequest = IncomingMessage & { id?: string; query?: unknown };

declare module 'fastify' {
  interface FastifyRequest {
    requestLog: RequestLog | null;
  }
}

/** A request's logger, made on first use with the bindings pino-http gave it: the request (serialised) and its id. */
class RequestLog {
  private child?: Pino;
  readonly startedAt = Date.now();

  constructor(
    private readonly root: Pino,
    private readonly request: FastifyRequest,
    readonly response: ServerResponse,
  ) {}

  get logger(): Pino {
    if (!this.child) {
      // pino's request serialiser reads the query from the raw request, where middie used to copy it.
      (this.request.raw as RawRequest).query = this.request.query;
      this.child = this.root.child({ req: this.request.raw, requestId: this.request.id });
    }
    return this.child;
  }
}

/**
 * nestjs-pino's logger, reading the request's logger from the request's nestjs-cls context instead of a second
 * AsyncLocalStorage of its own (each one enabled costs every promise of the process a copy of its store).
 */
@Injectable({ scope: Scope.TRANSIENT })
export class RequestPinoLogger extends PinoLogger {
  constructor(@Inject(PARAMS_PROVIDER_TOKEN) params: Params) {
    super(params);
  }

  override get logger(): Pino {
    const cls = ClsServiceManager.getClsService();
    return (cls.isActive() && cls.get<RequestLog | undefined>(REQUEST_LOG)?.logger) || super.logger;
  }
}

/** The API's logger (nestjs-pino's `Logger`, as `app.useLogger` takes it) and nestjs-cls's `ClsService`. */
@Global()
@Module({})
export class RequestContextModule {
  static forRoot(): DynamicModule {
    const providers = [
      { provide: PARAMS_PROVIDER_TOKEN, inject: [AppConfig], useFactory: (c: AppConfig) => loggerParams(c, 'api') },
      { provide: PinoLogger, useClass: RequestPinoLogger },
      Logger,
      {
        provide: REQUEST_LOGGER,
        inject: [PARAMS_PROVIDER_TOKEN],
        useFactory: (params: Params) => pinoHttp(params.pinoHttp as Options).logger,
      },
    ];
    return {
      module: RequestContextModule,
      imports: [ClsModule],
      providers,
      exports: [...providers.map((p) => ('provide' in p ? p.provide : p)), ClsModule],
    };
  }
}

/**
 * Registers the hooks; called before any other request hook of the application's own, so that they all run in the
 * request's context. The request id is Fastify's (`genReqId` of the adapter: the caller's X-Request-Id when sane, else a
 * new one), so the error bodies, the audit entries, the log lines and the X-Request-Id response header all name the
 * same id.
 */
export function registerRequestContext(fastify: FastifyInstance, cls: ClsService, root: Pino): void {
  fastify.decorateRequest('requestLog', null);
  fastify.addHook('onRequest', (request, reply, done) => {
    // pino's request serialiser reads the id from the raw request.
    (request.raw as RawRequest).id = request.id;
    reply.raw.setHeader(REQUEST_ID_HEADER, request.id);
    const log = new RequestLog(root, request, reply.raw);
    request.requestLog = log;
    cls.run(() => {
      cls.set('requestId', request.id);
      cls.set(REQUEST_LOG, log);
      done();
    });
  });
  fastify.addHook('onResponse', (request, _reply, done) => {
    logCompletion(root, request, 'request completed');
    done();
  });
  fastify.addHook('onRequestAbort', (request, done) => {
    logCompletion(root, request, 'request aborted');
    done();
  });
}

/** pino-http's line for a finished request, at info; health checks are not logged. */
function logCompletion(root: Pino, request: FastifyRequest, message: string): void {
  const log = request.requestLog;
  // No log when the request never reached the hooks (a CORS preflight is answered before them), as with pino-http.
  if (!log || !root.isLevelEnabled('info') || request.raw.url?.startsWith('/health')) return;
  const res = log.response;
  const responseTime = Date.now() - log.startedAt;
  if (res.statusCode >= 500) {
    const err = new Error(`failed with status code ${res.statusCode}`);
    log.logger.info({ res, err, responseTime }, 'request errored');
  } else {
    log.logger.info({ res, responseTime }, message);
  }
}
