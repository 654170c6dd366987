import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '@avrr/domain';
import { UNAVAILABLE_MESSAGES, unavailableDependency } from './dependency-failure';

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  code?: string;
  violations?: Array<{ field: string; reason: string }>;
  details?: Record<string, unknown>;
  /** A refusal's reasons as codes with parameters (`libs/domain/src/case/case-reasons.ts`), for translation. */
  reasons?: unknown[];
  requestId?: string;
}

/** Domain error codes that mean "not found" rather than "not allowed now". */
const NOT_FOUND_CODES = new Set(['case_not_found', 'user_not_found', 'service_provider_not_found']);

/**
 * The one place errors become HTTP answers. Bodies never carry stack traces or SQL; anything unexpected is a
 * plain 500 with the request id, and the details go to the log.
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(HttpExceptionFilter.name);

  /** @param retryAfterSeconds the Retry-After of a 503 for a dependency that did not answer in time */
  constructor(private readonly retryAfterSeconds = 5) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const dependency = unavailableDependency(exception);
    const body: ErrorBody = dependency
      ? {
          statusCode: 503,
          error: 'Service Unavailable',
          code: `${dependency}_unavailable`,
          message: UNAVAILABLE_MESSAGES[dependency],
        }
      : this.toBody(exception);
    body.requestId = String(request.id);
    if (dependency) {
      void reply.header('Retry-After', String(this.retryAfterSeconds));
      this.logger.warn(
        {
          requestId: request.id,
          dependency,
          reason: exception instanceof Error ? exception.message : String(exception),
        },
        'dependency unavailable',
      );
    } else if (body.statusCode >= 500) {
      // Name, message and stack only: a database error carries the query parameters, which hold personal data.
      const error =
        exception instanceof Error
          ? { name: exception.name, message: exception.message, stack: exception.stack }
          : { value: String(exception) };
      this.logger.error({ err: error, requestId: request.id }, 'request failed');
    }
    void reply.status(body.statusCode).send(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof DomainError) {
      const statusCode = NOT_FOUND_CODES.has(exception.code) ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
      // Coded reasons sit beside the details, which clients show as words.
      const { reasons, ...details } = exception.details ?? {};
      return {
        statusCode,
        error: httpReason(statusCode),
        code: exception.code,
        message: exception.message,
        ...(Object.keys(details).length > 0 ? { details } : {}),
        ...(Array.isArray(reasons) ? { reasons } : {}),
      };
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const response = exception.getResponse();
      const fields = typeof response === 'object' && response !== null ? (response as Record<string, unknown>) : {};
      const message = Array.isArray(fields.message)
        ? fields.message.join('; ')
        : String(fields.message ?? exception.message);
      return {
        statusCode,
        error: httpReason(statusCode),
        message,
        ...(typeof fields.code === 'string' ? { code: fields.code } : {}),
        ...(Array.isArray(fields.violations) ? { violations: fields.violations as ErrorBody['violations'] } : {}),
      };
    }
    // Fastify's own errors (malformed JSON, body too large, wrong content type) carry their status.
    const fastifyError = exception as { statusCode?: number; code?: string; message?: string };
    if (
      typeof fastifyError.statusCode === 'number' &&
      fastifyError.statusCode >= 400 &&
      fastifyError.statusCode < 500
    ) {
      return {
        statusCode: fastifyError.statusCode,
        error: httpReason(fastifyError.statusCode),
        code: fastifyError.code,
        message: fastifyMessage(fastifyError),
      };
    }
    return { statusCode: 500, error: 'Internal Server Error', message: 'Something went wrong on our side.' };
  }
}

function httpReason(status: number): string {
  const name = HttpStatus[status];
  return name
    ? name
        .toLowerCase()
        .split('_')
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join(' ')
    : 'Error';
}

function fastifyMessage(error: { code?: string; message?: string }): string {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'The request body is larger than this service accepts.';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'The request body must be JSON (Content-Type: application/json).';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'The request body is empty; a JSON object is expected.';
    default:
      return error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.message?.includes('JSON')
        ? `The request body is not valid JSON: ${error.message}`
        : (error.message ?? 'Bad request');
  }
}
