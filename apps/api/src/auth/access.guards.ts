import { createHash } from 'node:crypto';
import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ThrottlerGuard } from '@nestjs/throttler';
import { isAllowed, type Permission } from '@avrr/domain';
import { AuditService } from '../audit/audit.service';
import { type AuthenticatedRequest, BEFORE_PASSWORD_CHANGE_KEY, PERMISSION_KEY, PUBLIC_KEY } from './access.decorators';
import { SessionCheck } from './session-check';
import { TokenService } from './token.service';

/** Reads the bearer token. Every route needs one unless marked @Public(). */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly sessions: SessionCheck,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    if (ctx.getType() !== 'http') return true;
    const request = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
    const match = /^bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    const principal = match ? await this.tokens.verify(match[1]) : null;
    if (principal && !(await this.sessions.isActive(principal.sessionId!))) {
      throw new UnauthorizedException({
        code: 'session_ended',
        message: 'This sign-in has ended (signed out, or the account changed): sign in again.',
      });
    }
    if (principal) request.principal = principal;
    if (principal || this.isPublic(ctx)) return true;
    throw new UnauthorizedException({
      code: match ? 'invalid_token' : 'missing_token',
      message: match
        ? 'The access token is expired or invalid: refresh it or sign in again.'
        : 'Sign in first: send Authorization: Bearer <access token>.',
    });
  }

  private isPublic(ctx: ExecutionContext): boolean {
    return this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [ctx.getHandler(), ctx.getClass()]) ?? false;
  }
}

/** Rate limits count per signed-in user, and per client address before sign-in. */
@Injectable()
export class UserThrottlerGuard extends ThrottlerGuard {
  /** The counters' keys already hashed, by what they hash: a user sends many requests to the same route. */
  private readonly keys = new Map<string, string>();

  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    const principal = (req as { principal?: AuthenticatedRequest['principal'] }).principal;
    return principal ? `user:${principal.userId}` : `ip:${String(req.ip)}`;
  }

  /** The library's key (the same SHA-256, so counters are shared with any instance), hashed once per route and caller. */
  protected override generateKey(context: ExecutionContext, suffix: string, name: string): string {
    const text = `${context.getClass().name}-${context.getHandler().name}-${name}-${suffix}`;
    let key = this.keys.get(text);
    if (key === undefined) {
      // Bounded: callers come and go (client addresses before sign-in), so the map is emptied when it grows large.
      if (this.keys.size >= 10_000) this.keys.clear();
      key = createHash('sha256').update(text).digest('hex');
      this.keys.set(text, key);
    }
    return key;
  }
}

/**
 * Applies the route's permission (PERMISSION_ROLES). A refusal is a 403 and an audit entry. A sign-in with a temporary
 * password is refused everything but the routes marked @OpenBeforePasswordChange().
 */
@Injectable()
export class PermissionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    if (ctx.getType() !== 'http') return true;
    const request = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
    const principal = request.principal;
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [ctx.getHandler(), ctx.getClass()])) return true;
    const permission = this.reflector.get<Permission | undefined>(PERMISSION_KEY, ctx.getHandler());
    if (!principal) return false;
    // The flag comes with the token, so ordinary requests pay one property read for it, and no query.
    if (principal.mustChangePassword && !this.reflector.get<boolean>(BEFORE_PASSWORD_CHANGE_KEY, ctx.getHandler())) {
      throw new ForbiddenException({
        code: 'password_change_required',
        message: 'Signed in with a temporary password: choose your own first (POST /auth/password).',
      });
    }
    if (permission && isAllowed(principal.role, permission)) return true;
    await this.audit.record({
      actorId: principal.userId,
      actorRole: principal.role,
      action: permission ?? `${request.method} ${request.routeOptions.url ?? request.url}`,
      outcome: 'denied',
      caseId: caseIdOf(request),
      subject: subjectOf(request),
    });
    throw new ForbiddenException({
      code: 'permission_denied',
      message: permission
        ? `A ${principal.role.replace(/_/g, ' ')} may not do this (${permission}).`
        : 'This route is not open to anyone yet.',
    });
  }
}

/** The case a request is about: the `:id` of a route under /cases. */
export function caseIdOf(request: AuthenticatedRequest): string | null {
  const route = request.routeOptions.url ?? '';
  const id = (request.params as Record<string, string> | undefined)?.id;
  return route.startsWith('/cases/:id') && id && /^[0-9a-f-]{36}$/i.test(id) ? id : null;
}

/** The other route parameters (an asset, a transfer, a user…), for the audit entry's subject. */
export function subjectOf(request: AuthenticatedRequest): string | null {
  const params = Object.entries((request.params ?? {}) as Record<string, string>).filter(
    ([k]) => k !== 'id' || caseIdOf(request) === null,
  );
  return params.length ? params.map(([k, v]) => `${k}=${v}`).join(',') : null;
}
