import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { CaseScope } from '../cases/case-scope';
import { ReturnCaseEntity } from '../cases/return-case.entity';
import { type PgClient, pooledConnection, transactionConnection } from '../prepared-statement';
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
// At most this many entries in one group append: 10 parameters each stays far below PostgreSQL's 65,535.
const MAX_GROUP = 500;

interface Waiting {
  entry: NewAuditEntry;
  resolve: (row: AuditEntryEntity) => void;
  reject: (error: unknown) => void;
}

const INSERT_ENTRIES = `
  INSERT INTO audit_entry
    (seq, occurred_at, actor_id, actor_role, action, outcome, case_id, subject, changes, request_id, prev_hash, hash)
  SELECT * FROM unnest($1::bigint[], $2::timestamptz[], $3::varchar[], $4::varchar[], $5::varchar[], $6::varchar[],
                       $7::uuid[], $8::varchar[], $9::jsonb[], $10::varchar[], $11::char(64)[], $12::char(64)[])`;

const LAST_ENTRY = 'SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1';

interface LastEntry {
  seq: string;
  hash: string;
}

/** The results of a message of several statements, LAST_ENTRY's last. */
type LastEntryResults = Array<{ rows: LastEntry[] }>;

/**
 * The rows as INSERT_ENTRIES' column arrays: one multi-row insert, not save (save first selects by the primary key to
 * choose between insert and update, more round trips while the chain's lock is held), written as SQL because
 * TypeORM's insert builder cost more CPU than the statement, on the path of every audited read.
 */
function insertValues(rows: AuditEntryEntity[]): unknown[] {
  return [
    rows.map((r) => r.seq),
    rows.map((r) => r.occurredAt.toISOString()),
    rows.map((r) => r.actorId),
    rows.map((r) => r.actorRole),
    rows.map((r) => r.action),
    rows.map((r) => r.outcome),
    rows.map((r) => r.caseId),
    rows.map((r) => r.subject),
    rows.map((r) => JSON.stringify(r.changes)),
    rows.map((r) => r.requestId),
    rows.map((r) => r.prevHash),
    rows.map((r) => r.hash),
  ];
}

/** Who writes the read model, the timeline and the money steps: the workflow's activities, audited as the service. */
export const WORKFLOW_SERVICE_ACTOR = 'service:workflow';

@Injectable()
export class AuditTrailRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Entries waiting for the next group append, in the order their requests asked. */
  private queue: Waiting[] = [];
  /** True while a group append is in flight: entries that arrive meanwhile wait for the next one. */
  private flushing = false;

  /**
   * Appends one entry at the end of the chain and resolves once it is committed. Appends are serialised by a
   * transaction-scoped advisory lock (across every process that writes the trail). Within this process, the entries
   * asked for while an append is in flight are written together, in the order they were asked for, in the next
   * transaction under one acquisition of the lock (group commit): each caller still waits for its own entry's commit,
   * but the lock is taken once per group instead of once per entry.
   */
  append(entry: NewAuditEntry): Promise<AuditEntryEntity> {
    return new Promise((resolve, reject) => {
      this.queue.push({ entry, resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  /**
   * Appends one entry inside the caller's transaction, so that the entry and the write it describes commit or roll
   * back together. The chain's lock is then held until that transaction ends: keep it short.
   */
  async appendIn(em: EntityManager, entry: NewAuditEntry): Promise<AuditEntryEntity> {
    const [row] = await this.appendAllIn(em, [entry]);
    return row;
  }

  /**
   * A write the case workflow's activities made (a timeline event, a ledger posting, a transfer's or a tranche's
   * step), audited as the service in the write's own transaction. The action is prefixed `workflow.`.
   */
  async appendForWorkflow(
    em: EntityManager,
    entry: Pick<NewAuditEntry, 'action' | 'caseId' | 'subject' | 'changes'>,
  ): Promise<AuditEntryEntity> {
    return this.appendIn(em, {
      ...entry,
      action: `workflow.${entry.action}`,
      actorId: WORKFLOW_SERVICE_ACTOR,
      actorRole: 'system',
      outcome: 'ok',
    });
  }

  /** Writes queued entries group by group until none is left. */
  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.queue.length > 0) {
        const group = this.queue.splice(0, MAX_GROUP);
        try {
          const rows = await this.appendGroup(group.map((w) => w.entry));
          group.forEach((w, i) => w.resolve(rows[i]));
        } catch (error) {
          // The group rolled back as a whole. One entry alone cannot then make the others fail: each is tried in a
          // transaction of its own, and answers with its own outcome.
          if (group.length === 1) group[0].reject(error);
          else for (const w of group) await this.appendGroup([w.entry]).then(([row]) => w.resolve(row), w.reject);
        }
      }
    } finally {
      this.flushing = false;
    }
  }

  /**
   * One group in a transaction of its own, in three round trips on a pooled connection: the start with the chain's lock
   * and its last entry, then the insert, then the commit. TypeORM's transaction took five and a query runner per group,
   * on the path of every audited read.
   */
  private async appendGroup(entries: NewAuditEntry[]): Promise<AuditEntryEntity[]> {
    const [client, release] = await pooledConnection(this.dataSource);
    try {
      const rows = await this.lockAndAppend(client, entries, true);
      await client.query('COMMIT');
      release();
      return rows;
    } catch (error) {
      // Rolled back before the connection goes back to the pool; one that cannot even do that is dropped.
      await client.query('ROLLBACK').then(() => release(), release);
      throw error;
    }
  }

  /** Takes the chain's lock in the transaction and links the entries, in order, after the last one. */
  private async appendAllIn(em: EntityManager, entries: NewAuditEntry[]): Promise<AuditEntryEntity[]> {
    return this.lockAndAppend(await transactionConnection(em), entries);
  }

  /**
   * In two round trips: the chain's lock and its last entry in one message (the simple protocol takes several
   * statements, each with its own result), then the linked rows in one insert. The last entry is read in a statement
   * after the lock's, so its snapshot sees every entry committed before the lock was granted.
   */
  private async lockAndAppend(client: PgClient, entries: NewAuditEntry[], begin = false): Promise<AuditEntryEntity[]> {
    const lockThenLast = `SELECT pg_advisory_xact_lock(${CHAIN_LOCK}); ${LAST_ENTRY}`;
    const results = (await client.query(begin ? `BEGIN; ${lockThenLast}` : lockThenLast)) as LastEntryResults;
    const rows = this.link(entries, results[results.length - 1].rows[0]);
    await client.query(INSERT_ENTRIES, insertValues(rows));
    return rows;
  }

  /** The entries as rows of the chain after `last` (the chain's lock held), each hashed with the one before it. */
  private link(entries: NewAuditEntry[], last: LastEntry | undefined): AuditEntryEntity[] {
    let seq = BigInt(last?.seq ?? '0');
    let prevHash = last?.hash ?? GENESIS_HASH;
    // Millisecond precision, so that what is read back hashes the same. Taken under the lock, so that time never
    // goes backwards along the chain.
    const occurredAt = new Date(Date.now());
    return entries.map((entry) => {
      seq += 1n;
      const content: AuditContent = {
        seq: String(seq),
        occurredAt,
        actorId: entry.actorId,
        actorRole: entry.actorRole,
        action: entry.action,
        outcome: entry.outcome,
        caseId: entry.caseId ?? null,
        subject: entry.subject ?? null,
        changes: entry.changes ?? [],
        requestId: entry.requestId ?? null,
      };
      // Object.assign, not `{ ...content, prevHash, hash }`: V8 adds keys to a spread copy by a slow path per call.
      const row = this.dataSource.manager.create(
        AuditEntryEntity,
        Object.assign({}, content, { prevHash, hash: chainHash(prevHash, content) }),
      );
      prevHash = row.hash;
      return row;
    });
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
