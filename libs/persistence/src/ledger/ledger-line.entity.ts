import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
  ValueTransformer,
} from 'typeorm';
// Type-only, with the relation named by its entity's class name: the posting imports this file, so a value import
// here would be an import circle (and one entity would be undefined while the other loads).
import type { LedgerPostingEntity } from './ledger-posting.entity';

/** BIGINT in the database, bigint in TypeScript: the driver's string is read exactly, never through a float. */
export const BIGINT_MINOR_UNITS: ValueTransformer = {
  to: (value: bigint | null | undefined) => (typeof value === 'bigint' ? value.toString() : value),
  from: (value: string | null) => (value === null ? null : BigInt(value)),
};

/** One line of a posting: a signed amount of minor units in one currency, into or out of one account. */
@Entity({ name: 'ledger_line' })
@Index('ux_ledger_line_position', ['postingId', 'position'], { unique: true })
@Index('ix_ledger_line_account', ['account', 'currency'])
@Check('ck_ledger_line_amount_not_zero', `"amount_minor" <> 0`)
@Check('ck_ledger_line_currency', `"currency" ~ '^[A-Z]{3}$'`)
export class LedgerLineEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'posting_id', type: 'bigint' })
  postingId: string;

  @ManyToOne('LedgerPostingEntity', (posting: LedgerPostingEntity) => posting.lines, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'posting_id', foreignKeyConstraintName: 'fk_ledger_line_posting' })
  posting?: Relation<LedgerPostingEntity>;

  /** The line's place in its posting, from 0, as it was posted. */
  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'varchar', length: 100 })
  account: string;

  @Column({ name: 'amount_minor', type: 'bigint', transformer: BIGINT_MINOR_UNITS })
  amountMinor: bigint;

  @Column({ type: 'char', length: 3 })
  currency: string;
}
