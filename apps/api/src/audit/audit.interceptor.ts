import {
  CallHandler,
  ExecutionContext,
  type INestApplication,
  Injectable,
  NestInterceptor,
  RequestMethod,
} from '@nestjs/common';
import { INTERCEPTORS_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { from, type Observable, switchMap } from 'rxjs';
import { maskPersonalData, type Permission } from '@avrr/domain';
import type { AuditChange } from '@avrr/persistence';
import { type AuthenticatedRequest, PERMISSION_KEY } from '../auth/access.decorators';
import { caseIdOf, subjectOf } from '../auth/access.guards';
import { AuditService } from './audit.service';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Routes that can never be a write: the interceptor is not attached to them (see `attachAuditInterceptor`). */
const READ_ROUTES = new Set([RequestMethod.GET, RequestMethod.HEAD, RequestMethod.OPTIONS]);

/**
 * Every successful write by a signed-in person leaves an audit entry, named by the route's permission. The
 * changes are what the service described (before and after), or else the request body; personal values masked.
 * The entry is written before the answer goes out, so an answered write is always in the trail. A service whose write
 * is one transaction writes the entry in it (`AuditService.recordIn`), so the two commit or roll back together; the
 * interceptor then adds none.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {}

  intercept(ctx: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
    const principal = request.principal;
    if (ctx.getType() !== 'http' || !principal || !WRITES.has(request.method)) return next.handle();
    const permission = this.reflector.get<Permission | undefined>(PERMISSION_KEY, ctx.getHandler());
    const entry = {
      actorId: principal.userId,
      actorRole: principal.role,
      action: permission ?? `${request.method} ${request.routeOptions.url}`,
      outcome: 'ok' as const,
      caseId: caseIdOf(request),
      subject: subjectOf(request),
      changes: bodyChanges(request.body),
    };
    this.audit.prepare(entry);
    return next.handle().pipe(
      switchMap((result) =>
        this.audit.recordedInTransaction()
          ? from([result])
          : from(
              this.audit
                .record({
                  ...entry,
                  caseId: entry.caseId ?? caseIdFromResult(result),
                  changes: this.audit.pendingChanges() ?? entry.changes,
                })
                .then(() => result),
            ),
      ),
    );
  }
}

function bodyChanges(body: unknown): AuditChange[] {
  if (body === null || typeof body !== 'object') return [];
  const masked = maskPersonalData(body) as Record<string, unknown>;
  return Object.entries(masked).map(([path, after]) => ({ path, after }));
}

/** A case opened by this request names itself in the answer. */
function caseIdFromResult(result: unknown): string | null {
  const id = (result as { id?: unknown } | null)?.id;
  return typeof id === 'string' && (result as { reference?: unknown }).reference !== undefined ? id : null;
}

/**
 * Attaches the audit interceptor to every route of the application that is not a GET, HEAD or OPTIONS route, as
 * `@UseInterceptors` would, before the routes are registered (`app.init()`); it still checks each request's method.
 * As a global interceptor it also wrapped every read, where it does nothing, and Nest then ran each read through an
 * rxjs pipeline and bound an AsyncResource for it; a route without interceptors skips both. Returns how many routes it
 * was attached to. Calling it again (another application in the same process) replaces the earlier instance.
 */
export function attachAuditInterceptor(app: INestApplication): number {
  const interceptor = app.get(AuditInterceptor);
  const scanner = new MetadataScanner();
  let attached = 0;
  for (const module of app.get(ModulesContainer).values()) {
    for (const controller of module.controllers.values()) {
      const prototype = (controller.metatype as { prototype?: Record<string, unknown> } | null)?.prototype;
      if (!prototype) continue;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name] as object;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined || READ_ROUTES.has(method)) continue;
        const others = ((Reflect.getMetadata(INTERCEPTORS_METADATA, handler) ?? []) as unknown[]).filter(
          (i) => !(i instanceof AuditInterceptor),
        );
        // First, as the one global interceptor was: outside any interceptor of the route's own.
        Reflect.defineMetadata(INTERCEPTORS_METADATA, [interceptor, ...others], handler);
        attached++;
      }
    }
  }
  return attached;
}
