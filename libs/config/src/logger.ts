import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { trace } from '@opentelemetry/api';
import type { Params } from 'nestjs-pino';
import type { AppConfig } from './app-config';

export const REQUEST_ID_HEADER = 'x-request-id';

/** A request's id: the caller's X-Request-Id when it is sane, else a new one. */
export function requestIdFor(req: IncomingMessage): string {
  const given = req.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
}

/** JSON logs with a request id: the caller's X-Request-Id when it is sane, else a new one. */
export function loggerParams(config: AppConfig, app: string): Params {
  return {
    pinoHttp: {
      level: config.logLevel,
      base: { app },
      genReqId: (req: IncomingMessage, res) => {
        const id = requestIdFor(req);
        res.setHeader(REQUEST_ID_HEADER, id);
        return id;
      },
      customProps: (req) => ({ requestId: req.id }),
      // Every line written inside a traced request or activity names its trace, so logs and traces join.
      mixin: () => {
        const context = trace.getActiveSpan()?.spanContext();
        return context ? { traceId: context.traceId, spanId: context.spanId } : {};
      },
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], censor: '[redacted]' },
      autoLogging: { ignore: (req) => req.url?.startsWith('/health') ?? false },
    },
  };
}
