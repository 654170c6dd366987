import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
  VersionColumn,
} from 'typeorm';
import { ActorColumn, AmountMinorColumn, CreatedAtColumn, CurrencyColumn, UpdatedAtColumn } from '../columns';
import type { AssetKind, AssetStatus } from '@avrr/domain';
import { CasePersonEntity } from '../cases/case-person.entity';
import { ReturnCaseEntity } from '../cases/return-case.entity';

/**
 * What one member of the household declares as their own: savings, wages owed by an employer, a deposit, belongings
 * to ship. The amount is integer minor units of its ISO 4217 currency (BIGINT, read as a bigint, never a float).
 * The money itself is in the ledger once the asset is verified; this row is the declaration and its status.
 */
@Entity({ name: 'declared_asset' })
@Index('ix_declared_asset_case', ['caseId'])
@Index('ix_declared_asset_to_verify', ['createdAt', 'id'], { where: `"status" = 'declared'` })
@Check('ck_declared_asset_kind', `"kind" IN ('bank_savings', 'wages_owed', 'deposit', 'belongings')`)
@Check('ck_declared_asset_status', `"status" IN ('declared', 'verified', 'transferring', 'transferred', 'cancelled')`)
@Check('ck_declared_asset_amount_positive', `"amount_minor" > 0`)
@Check('ck_declared_asset_currency', `"currency" ~ '^[A-Z]{3}$'`)
@Check('ck_declared_asset_employer', `"kind" <> 'wages_owed' OR ("employer" IS NOT NULL AND "employer" <> '')`)
export class DeclaredAssetEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  /** RESTRICT: a returnee's money is never cleaned up with its case. */
  @ManyToOne(() => ReturnCaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_declared_asset_case' })
  returnCase?: Relation<ReturnCaseEntity>;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => CasePersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_declared_asset_person' })
  person?: Relation<CasePersonEntity>;

  @Column({ type: 'varchar', length: 16 })
  kind: AssetKind;

  @AmountMinorColumn()
  amountMinor: bigint;

  @CurrencyColumn()
  currency: string;

  /** Who owes the wages (required for wages owed). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  employer: string | null;

  /** References of the evidence documents (bank statement, payslips, tenancy agreement). */
  @Column({ name: 'evidence_documents', type: 'text', array: true, default: () => "'{}'" })
  evidenceDocuments: string[];

  @Column({ type: 'varchar', length: 16 })
  status: AssetStatus;

  @ActorColumn('declared_by')
  declaredBy: string;

  @ActorColumn('verified_by', { nullable: true })
  verifiedBy: string | null;

  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
