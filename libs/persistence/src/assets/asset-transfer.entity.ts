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
import type { DestinationKind, TransferStatus } from '@avrr/domain';
import { ReturnCaseEntity } from '../cases/return-case.entity';
import { DeclaredAssetEntity } from './declared-asset.entity';

/**
 * An instruction to send (part of) a declared asset to the country of return. Its idempotency key is unique: it
 * makes creating the instruction idempotent, and (namespaced) it is the key of the ledger posting of its
 * confirmation, so the money is recorded as paid out exactly once.
 */
@Entity({ name: 'asset_transfer' })
@Index('ux_asset_transfer_idempotency_key', ['idempotencyKey'], { unique: true })
@Index('ix_asset_transfer_case', ['caseId'])
@Index('ix_asset_transfer_open', ['updatedAt', 'id'], { where: `"status" IN ('pending', 'initiated', 'failed')` })
@Index('ix_asset_transfer_asset', ['assetId'])
@Check('ck_asset_transfer_status', `"status" IN ('pending', 'initiated', 'confirmed', 'failed', 'cancelled')`)
@Check('ck_asset_transfer_destination_kind', `"destination_kind" IN ('bank_account', 'mobile_money', 'cash_pickup')`)
@Check('ck_asset_transfer_amount_positive', `"amount_minor" > 0`)
@Check('ck_asset_transfer_currency', `"currency" ~ '^[A-Z]{3}$'`)
@Check('ck_asset_transfer_attempt', `"attempt" >= 1`)
@Check(
  'ck_asset_transfer_confirmed_reference',
  `"status" <> 'confirmed' OR ("provider_reference" IS NOT NULL AND "confirmed_at" IS NOT NULL)`,
)
export class AssetTransferEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => ReturnCaseEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'fk_asset_transfer_case' })
  returnCase?: Relation<ReturnCaseEntity>;

  @Column({ name: 'asset_id', type: 'uuid' })
  assetId: string;

  @ManyToOne(() => DeclaredAssetEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'asset_id', foreignKeyConstraintName: 'fk_asset_transfer_asset' })
  asset?: Relation<DeclaredAssetEntity>;

  @Column({ name: 'destination_kind', type: 'varchar', length: 16 })
  destinationKind: DestinationKind;

  @Column({ type: 'jsonb' })
  destination: Record<string, unknown>;

  @AmountMinorColumn()
  amountMinor: bigint;

  @CurrencyColumn()
  currency: string;

  @Column({ type: 'varchar', length: 16 })
  status: TransferStatus;

  /** 1, then + 1 each time a failed transfer is retried. */
  @Column({ type: 'integer', default: 1 })
  attempt: number;

  @Column({ name: 'provider', type: 'varchar', length: 40 })
  provider: string;

  @Column({ name: 'provider_reference', type: 'varchar', length: 200, nullable: true })
  providerReference: string | null;

  @Column({ name: 'failure_reason', type: 'varchar', length: 500, nullable: true })
  failureReason: string | null;

  @Column({ name: 'cancel_reason', type: 'varchar', length: 500, nullable: true })
  cancelReason: string | null;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 200 })
  idempotencyKey: string;

  /** The create request's fingerprint: a replay with the same key and another body is a conflict. */
  @Column({ name: 'request_hash', type: 'char', length: 64 })
  requestHash: string;

  @ActorColumn('created_by')
  createdBy: string;

  @ActorColumn('updated_by')
  updatedBy: string;

  @Column({ name: 'initiated_at', type: 'timestamptz', nullable: true })
  initiatedAt: Date | null;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Column({ name: 'failed_at', type: 'timestamptz', nullable: true })
  failedAt: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
