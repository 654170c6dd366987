import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { RequestValidationError } from './request-validation.error';

/** The Idempotency-Key header, when sent: 1 to 200 printable characters. */
export const IdempotencyKey = createParamDecorator((_: unknown, ctx: ExecutionContext): string | undefined => {
  const value = ctx.switchToHttp().getRequest<FastifyRequest>().headers['idempotency-key'];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^[\x21-\x7e]{1,200}$/.test(value)) {
    throw new RequestValidationError([
      { field: 'Idempotency-Key', reason: 'must be 1 to 200 printable characters without spaces' },
    ]);
  }
  return value;
});
