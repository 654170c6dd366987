import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  Relation,
} from 'typeorm';
import { ReturnCaseEntity } from '../cases/return-case.entity';
import { LedgerLineEntity } from './ledger-line.entity';

/**
 * One posting of the append-only, double-entry ledger: written once with its lines, never updated or deleted
 * (triggers refuse both; see the Ledger migration). Its lines sum to zero per currency, checked by the domain
 * before the insert and by a deferred constraint trigger at commit. Balances are SUMs over lines, never stored.
 */
@Entity({ name: 'ledger_posting' })
@Index('ux_ledger_posting_idempotency_key', ['idempotencyKey'], { unique: true })
@Index('ix_ledger_posting_case', ['caseId', 'id'])
@Check(
  'ck_ledger_posting_conversion',
  `("conversion_from" IS NULL AND "conversion_to" IS NULL AND "conversion_rate" IS NULL AND "conversion_source" IS NULL)` +
    ` OR ("conversion_from" IS NOT NULL AND "conversion_to" IS NOT NULL AND "conversion_rate" > 0` +
    ` AND "conversion_source" <> '' AND "conversion_from" <> "conversion_to")`,
)
export class LedgerPostingEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 200 })
  idempotencyKey: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  /** RESTRICT, not CASCADE: money once recorded outlives any clean-up of the case. */
  @ManyToOne(() => ReturnCaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_ledger_posting_case' })
  returnCase?: Relation<ReturnCaseEntity>;

  @Column({ type: 'varchar', length: 500 })
  description: string;

  /** A conversion's currencies, rate (exact NUMERIC, as quoted) and the rate's source; all null otherwise. */
  @Column({ name: 'conversion_from', type: 'char', length: 3, nullable: true })
  conversionFrom: string | null;

  @Column({ name: 'conversion_to', type: 'char', length: 3, nullable: true })
  conversionTo: string | null;

  /** NUMERIC keeps the quoted decimal exactly; the driver returns it as a string, never a float. */
  @Column({ name: 'conversion_rate', type: 'numeric', nullable: true })
  conversionRate: string | null;

  @Column({ name: 'conversion_source', type: 'varchar', length: 200, nullable: true })
  conversionSource: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @OneToMany(() => LedgerLineEntity, (line) => line.posting)
  lines?: Relation<LedgerLineEntity[]>;
}
