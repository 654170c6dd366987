import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { CaseScope } from '../cases/case-scope';
import { ReturnCaseEntity } from '../cases/return-case.entity';
import { applyCaseScope } from '../reintegration/case-scope-sql';
import { type AuditContent, chainHash, GENESIS_HASH } from './audit-chain';
import { AuditEntryEntity } from './audit-entry.entity';

export type NewAuditEntry = Omit<AuditContent, 'seq' | 'occurredAt' | 'caseId' | 'subject' | 'changes' | 'requestId'> &
  Partial<Pick<AuditContent, 'caseId' | 'subject' | 'changes' | 'requestId'>>;

export interface ChainVerification {
  ok: boolean;
  checked: number;
  /** The first entry whose hash or link does not match, when the chain is broken. */
  firstBroken?: { seq: string; reason: 'hash_mismatch' | 'link_mismatch' | 'sequence_gap' };
}

// Any constant identifies the lock; appends take it so that each entry links to the one before it.
const CHAIN_LOCK = 4_172_003;
const VERIFY_BATCH = 5_000;

@Injectable()
export class AuditTrailRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Appends one entry at the end of the chain. Appends are serialised by a transaction-scoped advisory lock. */
  async append(entry: NewAuditEntry): Promise<AuditEntryEntity> {
    return this.dataSource.transaction((em) => this.appendIn(em, entry));
  }

  /**
   * Appends one entry inside the caller's transaction, so that the entry and the write it describes commit or roll
   * back together. The chain's lock is then held until that transaction ends: keep it short.
   */
  async appendIn(em: EntityManager, entry: NewAuditEntry): Promise<AuditEntryEntity> {
    await em.query('SELECT pg_advisory_xact_lock($1)', [CHAIN_LOCK]);
    const [last] = (await em.query('SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1')) as Array<{
      seq: string;
      hash: string;
    }>;
    const content: AuditContent = {
      seq: String(BigInt(last?.seq ?? '0') + 1n),
      // Millisecond precision, so that what is read back hashes the same.
      occurredAt: new Date(Date.now()),
      actorId: entry.actorId,
      actorRole: entry.actorRole,
      action: entry.action,
      outcome: entry.outcome,
      caseId: entry.caseId ?? null,
      subject: entry.subject ?? null,
      changes: entry.changes ?? [],
      requestId: entry.requestId ?? null,
    };
    const prevHash = last?.hash ?? GENESIS_HASH;
    const row = em.create(AuditEntryEntity, { ...content, prevHash, hash: chainHash(prevHash, content) });
    // insert, not save: save first selects by the primary key to choose between insert and update, one more round
    // trip while the chain's lock is held.
    await em.insert(AuditEntryEntity, row as QueryDeepPartialEntity<AuditEntryEntity>);
    return row;
  }

  /** Walks the whole chain in order and names the first entry that does not hold. */
  async verify(): Promise<ChainVerification> {
    let prevHash = GENESIS_HASH;
    let expectedSeq = 1n;
    let checked = 0;
    for (;;) {
      const rows = await this.dataSource
        .getRepository(AuditEntryEntity)
        .createQueryBuilder('a')
        .where('a.seq >= :from', { from: String(expectedSeq) })
        .orderBy('a.seq', 'ASC')
        .limit(VERIFY_BATCH)
        .getMany();
      for (const row of rows) {
        if (BigInt(row.seq) !== expectedSeq)
          return { ok: false, checked, firstBroken: { seq: String(expectedSeq), reason: 'sequence_gap' } };
        if (row.prevHash !== prevHash)
          return { ok: false, checked, firstBroken: { seq: row.seq, reason: 'link_mismatch' } };
        if (chainHash(prevHash, row) !== row.hash)
          return { ok: false, checked, firstBroken: { seq: row.seq, reason: 'hash_mismatch' } };
        prevHash = row.hash;
        expectedSeq += 1n;
        checked += 1;
      }
      if (rows.length < VERIFY_BATCH) return { ok: true, checked };
    }
  }

  /** A case's entries, newest first, if the case is in scope (none otherwise). */
  async listForCase(caseId: string, scope: CaseScope, limit: number, beforeSeq?: string): Promise<AuditEntryEntity[]> {
    const qb = this.dataSource
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('a')
      .innerJoin(ReturnCaseEntity, 'c', 'c.id = a.caseId')
      .where('a.caseId = :caseId', { caseId });
    applyCaseScope(qb, 'c', scope);
    if (beforeSeq) qb.andWhere('a.seq < :beforeSeq', { beforeSeq });
    return qb.orderBy('a.seq', 'DESC').limit(limit).getMany();
  }
}
