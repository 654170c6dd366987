import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { from, type Observable, switchMap } from 'rxjs';
import { maskPersonalData, type Permission } from '@avrr/domain';
import type { AuditChange } from '@avrr/persistence';
import { type AuthenticatedRequest, PERMISSION_KEY } from '../auth/access.decorators';
import { caseIdOf, subjectOf } from '../auth/access.guards';
import { AuditService } from './audit.service';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

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
