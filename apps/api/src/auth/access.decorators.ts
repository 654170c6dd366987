import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { type Actor, actorOf, caseScopeFor, type Permission, type Principal } from '@avrr/domain';
import type { CaseScope, OpportunityScope } from '@avrr/persistence';
import { PUBLIC_EXTENSION } from '../common/common-responses';

export const PERMISSION_KEY = 'avrr:permission';
export const PUBLIC_KEY = 'avrr:public';

/** The one permission a route needs (see PERMISSION_ROLES); a route without one is refused to everybody. */
export const RequirePermission = (permission: Permission) => SetMetadata(PERMISSION_KEY, permission);

export const BEFORE_PASSWORD_CHANGE_KEY = 'avrr:before-password-change';

/**
 * A route open to a sign-in whose password must still be changed (changing it, signing out, who am I); every other
 * route answers such a sign-in 403 `password_change_required`.
 */
export const OpenBeforePasswordChange = () => SetMetadata(BEFORE_PASSWORD_CHANGE_KEY, true);

export const LOGIN_THROTTLE_KEY = 'avrr:login-throttle';

/** Counts against the stricter sign-in rate limit (per client address), on top of the API's. */
export const LoginThrottle = () => SetMetadata(LOGIN_THROTTLE_KEY, true);

/** A route anyone may call without signing in: health checks, sign-in itself. */
export const Public = () =>
  // The extension tells the document the route needs no token (common-responses.ts turns it into `security: []`).
  applyDecorators(SetMetadata(PUBLIC_KEY, true), ApiExtension(PUBLIC_EXTENSION, true));

export type AuthenticatedRequest = FastifyRequest & { principal?: Principal };

export function principalOf(ctx: ExecutionContext): Principal {
  const principal = ctx.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  // The authentication guard runs before any handler; a missing principal here is a wiring mistake.
  if (!principal) throw new Error('No principal on an authenticated route');
  return principal;
}

export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal =>
  principalOf(ctx),
);

/** Who is acting, for timelines and workflow updates. */
export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor =>
  actorOf(principalOf(ctx)),
);

/** Which cases the caller may see; every repository read takes it. */
export const CurrentScope = createParamDecorator((_: unknown, ctx: ExecutionContext): CaseScope =>
  caseScopeFor(principalOf(ctx)),
);

/**
 * Which opportunities the caller may see and manage: a partner, their organisation's own, in its countries (a focal
 * point without an organisation, none).
 */
export const CurrentOpportunityScope = createParamDecorator((_: unknown, ctx: ExecutionContext): OpportunityScope => {
  const principal = principalOf(ctx);
  if (principal.role !== 'partner_focal_point') return {};
  if (!principal.partnerOrganisationId) return { countries: [] };
  return { countries: [...principal.countries], partnerOrganisationId: principal.partnerOrganisationId };
});
