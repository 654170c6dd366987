import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
  VersionColumn,
} from 'typeorm';
import { ActorColumn, AmountMinorColumn, CreatedAtColumn, CurrencyColumn, UpdatedAtColumn } from '../columns';
import type { MilestoneKind, TrancheRecipient, TrancheStatus } from '@avrr/domain';
import { ReturnCaseEntity } from '../cases/return-case.entity';

/**
 * The reintegration grant of a case (one per case), budgeted from the approved plan. Its money is in the ledger
 * (`grant:<id>:allocated`); its tranches say when and to whom it is paid.
 */
@Entity({ name: 'reintegration_grant' })
@Index('ux_reintegration_grant_case', ['caseId'], { unique: true })
@Index('ux_reintegration_grant_idempotency_key', ['idempotencyKey'], { unique: true })
export class ReintegrationGrantEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => ReturnCaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_reintegration_grant_case' })
  returnCase?: Relation<ReturnCaseEntity>;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 200 })
  idempotencyKey: string;

  /** The create request's fingerprint: the same key with another schedule is a conflict. */
  @Column({ name: 'request_hash', type: 'char', length: 64 })
  requestHash: string;

  @ActorColumn('created_by')
  createdBy: string;

  @CreatedAtColumn()
  createdAt: Date;

  @VersionColumn()
  version: number;
}

/** One tranche of a grant: released by a milestone, paid once in cash to the returnee or in kind to a supplier. */
@Entity({ name: 'grant_tranche' })
@Index('ux_grant_tranche_number', ['grantId', 'number'], { unique: true })
@Index('ix_grant_tranche_case', ['caseId'])
@Index('ix_grant_tranche_to_pay', ['releasedAt', 'id'], { where: `"status" = 'released'` })
@Check('ck_grant_tranche_status', `"status" IN ('waiting', 'released', 'paid')`)
@Check('ck_grant_tranche_recipient', `"recipient" IN ('returnee', 'supplier')`)
@Check('ck_grant_tranche_supplier', `("recipient" = 'supplier') = ("supplier" IS NOT NULL)`)
@Check('ck_grant_tranche_amount_positive', `"amount_minor" > 0`)
@Check('ck_grant_tranche_currency', `"currency" ~ '^[A-Z]{3}$'`)
@Check('ck_grant_tranche_paid_proof', `"status" <> 'paid' OR ("proof_reference" IS NOT NULL AND "paid_at" IS NOT NULL)`)
export class GrantTrancheEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'grant_id', type: 'uuid' })
  grantId: string;

  @ManyToOne(() => ReintegrationGrantEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'grant_id', foreignKeyConstraintName: 'fk_grant_tranche_grant' })
  grant?: Relation<ReintegrationGrantEntity>;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => ReturnCaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_grant_tranche_case' })
  returnCase?: Relation<ReturnCaseEntity>;

  /** 1, 2, … in the order of the schedule. */
  @Column({ type: 'smallint' })
  number: number;

  @Column({ type: 'varchar', length: 32 })
  milestone: MilestoneKind;

  @AmountMinorColumn()
  amountMinor: bigint;

  @CurrencyColumn()
  currency: string;

  @Column({ type: 'varchar', length: 16 })
  recipient: TrancheRecipient;

  @Column({ type: 'varchar', length: 200, nullable: true })
  supplier: string | null;

  /** The supplier's record on the country's list of service providers; null for free text (and older tranches). */
  @Column({ name: 'supplier_provider_id', type: 'uuid', nullable: true })
  supplierProviderId: string | null;

  @Column({ type: 'varchar', length: 16 })
  status: TrancheStatus;

  @Column({ name: 'released_at', type: 'timestamptz', nullable: true })
  releasedAt: Date | null;

  @Column({ name: 'paid_at', type: 'timestamptz', nullable: true })
  paidAt: Date | null;

  @Column({ name: 'proof_reference', type: 'varchar', length: 200, nullable: true })
  proofReference: string | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;

  @VersionColumn()
  version: number;
}

/**
 * The payment of a tranche with its proof: at most one per tranche (unique), written after the ledger posting of
 * the same payment (`grant-tranche:<id>:paid`), so a crash between the two finishes the payment without paying again.
 */
@Entity({ name: 'grant_payment' })
@Index('ux_grant_payment_tranche', ['trancheId'], { unique: true })
@Index('ix_grant_payment_case', ['caseId'])
@Check('ck_grant_payment_amount_positive', `"amount_minor" > 0`)
@Check('ck_grant_payment_proof', `"proof_reference" <> ''`)
export class GrantPaymentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'tranche_id', type: 'uuid' })
  trancheId: string;

  @ManyToOne(() => GrantTrancheEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'tranche_id', foreignKeyConstraintName: 'fk_grant_payment_tranche' })
  tranche?: Relation<GrantTrancheEntity>;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => ReturnCaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_grant_payment_case' })
  returnCase?: Relation<ReturnCaseEntity>;

  @AmountMinorColumn()
  amountMinor: bigint;

  @CurrencyColumn()
  currency: string;

  @Column({ type: 'varchar', length: 16 })
  recipient: TrancheRecipient;

  @Column({ type: 'varchar', length: 200, nullable: true })
  supplier: string | null;

  @Column({ name: 'proof_reference', type: 'varchar', length: 200 })
  proofReference: string;

  @Column({ name: 'proof_document', type: 'varchar', length: 500, nullable: true })
  proofDocument: string | null;

  /** The key of the ledger posting that moved the money (grant-in-transit → grant-paid-out). */
  @Column({ name: 'posting_key', type: 'varchar', length: 200 })
  postingKey: string;

  @ActorColumn('paid_by')
  paidBy: string;

  @CreateDateColumn({ name: 'paid_at', type: 'timestamptz' })
  paidAt: Date;
}
