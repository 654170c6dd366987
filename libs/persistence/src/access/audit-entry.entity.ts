import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type AuditOutcome = 'ok' | 'denied' | 'failed';

/** One field an entry changed or read; personal and sensitive values are masked before they get here. */
export interface AuditChange {
  path: string;
  before?: unknown;
  after?: unknown;
}

/**
 * The append-only audit trail. Each row carries the SHA-256 of the previous row's hash and its own content, so
 * editing or deleting one breaks the chain from there on. Triggers refuse UPDATE, DELETE and TRUNCATE.
 * No returnee's name or personal value is ever written here: cases and people appear by id only, which is what
 * lets the trail stay whole when retention anonymises a case.
 */
@Entity({ name: 'audit_entry' })
@Index('ix_audit_entry_case', ['caseId', 'seq'])
export class AuditEntryEntity {
  @PrimaryColumn({ type: 'bigint' })
  seq: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ name: 'actor_id', type: 'varchar', length: 200 })
  actorId: string;

  @Column({ name: 'actor_role', type: 'varchar', length: 32 })
  actorRole: string;

  /** What was attempted: `login`, `case.sign_consent`, `read_sensitive`, `POST /opportunities`… */
  @Column({ type: 'varchar', length: 200 })
  action: string;

  @Column({ type: 'varchar', length: 16 })
  outcome: AuditOutcome;

  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId: string | null;

  /** What else the entry is about: a user account, an opportunity, a route. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  subject: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  changes: AuditChange[];

  @Column({ name: 'request_id', type: 'varchar', length: 200, nullable: true })
  requestId: string | null;

  @Column({ name: 'prev_hash', type: 'char', length: 64 })
  prevHash: string;

  @Column({ type: 'char', length: 64 })
  hash: string;
}
