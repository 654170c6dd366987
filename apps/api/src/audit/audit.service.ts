import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ClsService } from 'nestjs-cls';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditTrailRepository, type NewAuditEntry } from '@avrr/persistence';

/** Request-scoped facts the audit needs, kept in the request's async context (nestjs-cls). */
export interface AuditStore {
  requestId?: string;
  /** Set by a service that wrote something with a better account of what changed than the request body. */
  changes?: NewAuditEntry['changes'];
  recorded?: boolean;
  /** The entry this write request leaves, prepared by the audit interceptor before the handler runs. */
  pending?: Omit<NewAuditEntry, 'requestId'>;
}

/** Writes audit entries with the request id of the request they belong to. */
@Injectable()
export class AuditService {
  constructor(
    private readonly trail: AuditTrailRepository,
    private readonly cls: ClsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async record(entry: Omit<NewAuditEntry, 'requestId'>): Promise<void> {
    const requestId = this.cls.isActive() ? (this.cls.get<string | undefined>('requestId') ?? null) : null;
    // Object.assign onto a fresh object: V8 adds a new key to a spread copy by a slow path, on every call.
    await this.trail.append(Object.assign({}, entry, { requestId }));
  }

  /** The audit interceptor names the entry a write request will leave, for a service that writes it in its transaction. */
  prepare(entry: Omit<NewAuditEntry, 'requestId'>): void {
    if (this.cls.isActive()) this.cls.set('pending', entry);
  }

  /**
   * Writes this request's audit entry inside the caller's transaction, so that the entry and the write it describes
   * commit or roll back together; the interceptor then writes none after the handler. Outside a write request: nothing.
   */
  async recordIn(em: EntityManager, facts: Partial<Pick<NewAuditEntry, 'caseId' | 'changes'>>): Promise<void> {
    if (!this.cls.isActive()) return;
    const pending = this.cls.get<AuditStore['pending']>('pending');
    if (!pending || this.cls.get<boolean | undefined>('recorded')) return;
    const requestId = this.cls.get<string | undefined>('requestId') ?? null;
    await this.trail.appendIn(em, {
      ...pending,
      ...facts,
      changes: facts.changes ?? this.pendingChanges() ?? pending.changes,
      requestId,
    });
    this.cls.set('recorded', true);
  }

  /**
   * Runs a write in one transaction and writes this request's audit entry in it (`recordIn`), so that the write and
   * its entry commit or roll back together. `facts` names the case from what the write returned, when it has one.
   */
  async writeAudited<T>(
    work: (em: EntityManager) => Promise<T>,
    facts: (result: T) => Parameters<AuditService['recordIn']>[1] = () => ({}),
  ): Promise<T> {
    return this.dataSource.transaction(async (em) => {
      const result = await work(em);
      await this.recordIn(em, facts(result));
      return result;
    });
  }

  /** True once `recordIn` wrote the request's entry in the write's own transaction. */
  recordedInTransaction(): boolean {
    return this.cls.isActive() && this.cls.get<boolean | undefined>('recorded') === true;
  }

  /** What a service tells the audit about the write it just made (before and after, masked). */
  describeChanges(changes: NonNullable<NewAuditEntry['changes']>): void {
    if (this.cls.isActive()) this.cls.set('changes', changes);
  }

  pendingChanges(): NewAuditEntry['changes'] | undefined {
    return this.cls.isActive() ? this.cls.get('changes') : undefined;
  }
}
