import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { AuditTrailRepository, type NewAuditEntry } from '@avrr/persistence';

/** Request-scoped facts the audit needs, kept in the request's async context (nestjs-cls). */
export interface AuditStore {
  requestId?: string;
  /** Set by a service that wrote something with a better account of what changed than the request body. */
  changes?: NewAuditEntry['changes'];
  recorded?: boolean;
}

/** Writes audit entries with the request id of the request they belong to. */
@Injectable()
export class AuditService {
  constructor(
    private readonly trail: AuditTrailRepository,
    private readonly cls: ClsService,
  ) {}

  async record(entry: Omit<NewAuditEntry, 'requestId'>): Promise<void> {
    const requestId = this.cls.isActive() ? (this.cls.get<string | undefined>('requestId') ?? null) : null;
    await this.trail.append({ ...entry, requestId });
  }

  /** What a service tells the audit about the write it just made (before and after, masked). */
  describeChanges(changes: NonNullable<NewAuditEntry['changes']>): void {
    if (this.cls.isActive()) this.cls.set('changes', changes);
  }

  pendingChanges(): NewAuditEntry['changes'] | undefined {
    return this.cls.isActive() ? this.cls.get('changes') : undefined;
  }
}
