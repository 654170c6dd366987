import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { type Actor, type Role, ROLES } from '@avrr/domain';
import { RequestValidationError } from './request-validation.error';

/**
 * Who is acting. Until accounts and login exist (the access issue), callers declare themselves in the
 * X-Actor-Id, X-Actor-Name and X-Actor-Role headers. This is identification, not authentication.
 */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const headers = ctx.switchToHttp().getRequest<FastifyRequest>().headers;
  const id = String(headers['x-actor-id'] ?? '').trim();
  const name = String(headers['x-actor-name'] ?? '').trim();
  const role = String(headers['x-actor-role'] ?? '').trim();
  const violations = [
    ...(id && id.length <= 200 ? [] : [{ field: 'X-Actor-Id', reason: 'must name who is acting (1 to 200 characters)' }]),
    ...(name && name.length <= 200 ? [] : [{ field: 'X-Actor-Name', reason: "must give the acting person's name" }]),
    ...(ROLES.includes(role as Role) ? [] : [{ field: 'X-Actor-Role', reason: `must be one of ${ROLES.join(', ')}` }]),
  ];
  if (violations.length > 0) throw new RequestValidationError(violations);
  return { id, name, role: role as Role };
});
