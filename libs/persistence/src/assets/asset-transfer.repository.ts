import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  type Actor,
  type CurrencyCode,
  decideTransfer,
  DomainError,
  isCurrencyCode,
  type TransferInstruction,
  transferConfirmedPosting,
  transferConfirmedPostingKey,
} from '@avrr/domain';
import { AuditTrailRepository } from '../access/audit-trail.repository';
import { LedgerRepository } from '../ledger/ledger.repository';
import { AssetTransferEntity } from './asset-transfer.entity';
import { DeclaredAssetEntity } from './declared-asset.entity';

const UNIQUE_VIOLATION = '23505';

/**
 * Declared assets and their transfer instructions. Callers check the case's scope first (both live inside a case).
 * Changes of status happen under a row lock (`inTransaction` + `lockAsset` / `lockTransfer`), so two requests on one
 * transfer are decided one after the other, each on what the other left.
 */
@Injectable()
export class AssetTransferRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly ledger: LedgerRepository,
    private readonly trail: AuditTrailRepository,
  ) {}

  /**
   * Sends a pending transfer to its provider and marks it initiated, under the transfer's row lock. `send` gets the
   * provider's idempotency key, `<transfer key>:<attempt>`, so a retried step (after a crash before the commit)
   * sends the same instruction under the same key and the provider does nothing twice. Already initiated: unchanged.
   */
  async initiate(
    caseId: string,
    transferId: string,
    actor: Actor,
    send: (providerKey: string, instruction: TransferInstruction) => Promise<{ providerReference: string | null }>,
  ): Promise<AssetTransferEntity> {
    return this.dataSource.transaction(async (em) => {
      const transfer = await this.lockTransferOrRefuse(em, caseId, transferId);
      const decision = decideTransfer(transfer, { type: 'initiate' }, actor);
      if (decision.outcome === 'refused') throw decision.error;
      if (decision.outcome === 'unchanged') return transfer;
      const sent = await send(`${transfer.idempotencyKey}:${transfer.attempt}`, {
        transferId: transfer.id,
        caseId,
        amountMinor: transfer.amountMinor,
        currency: currency(transfer.currency),
        destinationKind: transfer.destinationKind,
        destination: transfer.destination,
      });
      const before = transfer.status;
      transfer.providerReference = sent.providerReference ?? transfer.providerReference;
      transfer.initiatedAt = new Date();
      transfer.status = decision.next.status;
      transfer.updatedBy = actor.name;
      const saved = await em.getRepository(AssetTransferEntity).save(transfer);
      await this.markAsset(em, caseId, transfer.assetId);
      await this.trail.appendForWorkflow(em, {
        action: 'transfer.initiate',
        caseId,
        subject: `asset_transfer:${transfer.id}`,
        changes: [
          { path: 'status', before, after: saved.status },
          { path: 'attempt', after: saved.attempt },
        ],
      });
      return saved;
    });
  }

  /**
   * The money of a confirmed transfer leaves: returnee-assets → assets-paid-out, posted under the transfer's key,
   * the reference in its description. The transfer stays initiated until `confirm`; a retry of this step finds its
   * posting (a replay), and the same key with another reference is a ledger conflict, never a second payment.
   */
  async postConfirmation(caseId: string, transferId: string, providerReference: string, actor: Actor): Promise<string> {
    return this.dataSource.transaction(async (em) => {
      const transfer = await this.lockTransferOrRefuse(em, caseId, transferId);
      const decision = decideTransfer(transfer, { type: 'confirm', providerReference }, actor);
      if (decision.outcome === 'refused') throw decision.error;
      const postingKey = transferConfirmedPostingKey(transfer.idempotencyKey);
      if (decision.outcome === 'changed') {
        const posted = await this.ledger.post(
          transferConfirmedPosting({
            caseId,
            transferId: transfer.id,
            idempotencyKey: transfer.idempotencyKey,
            amountMinor: transfer.amountMinor,
            currency: currency(transfer.currency),
            destinationKind: transfer.destinationKind,
            providerReference: decision.next.providerReference!,
          }),
          em,
        );
        // Posted by an earlier attempt of this step (a replay): audited then, not again.
        if (!posted.replayed)
          await this.trail.appendForWorkflow(em, {
            action: 'ledger.post',
            caseId,
            subject: `ledger_posting:${postingKey}`,
            changes: [
              { path: 'amountMinor', after: transfer.amountMinor.toString() },
              { path: 'currency', after: transfer.currency },
            ],
          });
      }
      return postingKey;
    });
  }

  /**
   * The transfer is recorded as confirmed with its reference, once: its posting must be there (a transfer is never
   * confirmed without the money in the ledger). Already confirmed with this reference: unchanged.
   */
  async confirm(
    caseId: string,
    transferId: string,
    providerReference: string,
    actor: Actor,
  ): Promise<AssetTransferEntity> {
    return this.dataSource.transaction(async (em) => {
      const transfer = await this.lockTransferOrRefuse(em, caseId, transferId);
      const decision = decideTransfer(transfer, { type: 'confirm', providerReference }, actor);
      if (decision.outcome === 'refused') throw decision.error;
      if (decision.outcome === 'unchanged') return transfer;
      const postingKey = transferConfirmedPostingKey(transfer.idempotencyKey);
      if (!(await this.ledger.findByIdempotencyKey(postingKey, em))) {
        throw new Error(`transfer ${transferId} has no confirmation posting yet; post it before confirming`);
      }
      const before = transfer.status;
      transfer.status = decision.next.status;
      transfer.providerReference = decision.next.providerReference;
      transfer.confirmedAt = new Date();
      transfer.updatedBy = actor.name;
      const saved = await em.getRepository(AssetTransferEntity).save(transfer);
      await this.markAsset(em, caseId, transfer.assetId);
      await this.trail.appendForWorkflow(em, {
        action: 'transfer.confirm',
        caseId,
        subject: `asset_transfer:${transfer.id}`,
        changes: [
          { path: 'status', before, after: saved.status },
          { path: 'providerReference', after: saved.providerReference },
        ],
      });
      return saved;
    });
  }

  /** The asset follows its transfers: transferring once one is under way, transferred when confirmed in full. */
  private async markAsset(em: EntityManager, caseId: string, assetId: string): Promise<void> {
    const asset = await this.lockAsset(em, caseId, assetId);
    if (!asset) return;
    const confirmed = (await this.transfersOfAsset(em, assetId))
      .filter((t) => t.status === 'confirmed')
      .reduce((sum, t) => sum + t.amountMinor, 0n);
    const status = confirmed >= asset.amountMinor ? 'transferred' : 'transferring';
    if (asset.status !== status) {
      asset.status = status;
      await this.saveAsset(em, asset);
    }
  }

  private async lockTransferOrRefuse(
    em: EntityManager,
    caseId: string,
    transferId: string,
  ): Promise<AssetTransferEntity> {
    const transfer = await this.lockTransfer(em, caseId, transferId);
    if (!transfer) throw new DomainError('transfer_not_found', `No transfer ${transferId} on this case.`);
    return transfer;
  }

  /**
   * Consent withdrawn: transfers not yet executed (pending or failed) are cancelled; initiated and confirmed ones
   * stand (money may be moving, or has moved). Idempotent: a second call cancels nothing more.
   */
  async cancelUnexecuted(
    caseId: string,
    reason: string,
    by: string,
  ): Promise<{ cancelled: AssetTransferEntity[]; standing: AssetTransferEntity[] }> {
    return this.dataSource.transaction(async (em) => {
      const transfers = await em
        .getRepository(AssetTransferEntity)
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.caseId = :caseId', { caseId })
        .orderBy('t.createdAt', 'ASC')
        .addOrderBy('t.id', 'ASC')
        .getMany();
      const cancelled: AssetTransferEntity[] = [];
      for (const t of transfers.filter((x) => x.status === 'pending' || x.status === 'failed')) {
        const before = t.status;
        Object.assign(t, { status: 'cancelled', cancelReason: reason, cancelledAt: new Date(), updatedBy: by });
        cancelled.push(await em.save(AssetTransferEntity, t));
        await this.trail.appendForWorkflow(em, {
          action: 'transfer.cancel',
          caseId,
          subject: `asset_transfer:${t.id}`,
          changes: [{ path: 'status', before, after: 'cancelled' }],
        });
      }
      const standing = transfers.filter((t) => t.status === 'initiated' || t.status === 'confirmed');
      return { cancelled, standing };
    });
  }

  inTransaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Inserts the asset under the id given; null when an asset with that id is already there (a keyed retry). */
  async insertAsset(
    asset: Omit<DeclaredAssetEntity, 'createdAt' | 'updatedAt' | 'version' | 'returnCase' | 'person'>,
  ): Promise<DeclaredAssetEntity | null> {
    const repository = this.dataSource.getRepository(DeclaredAssetEntity);
    try {
      await repository.insert(asset);
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) return null;
      throw error;
    }
    return repository.findOneByOrFail({ id: asset.id });
  }

  async listAssets(caseId: string): Promise<DeclaredAssetEntity[]> {
    return this.dataSource
      .getRepository(DeclaredAssetEntity)
      .find({ where: { caseId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async findAsset(
    caseId: string,
    assetId: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<DeclaredAssetEntity | null> {
    return em.getRepository(DeclaredAssetEntity).findOne({ where: { id: assetId, caseId } });
  }

  async lockAsset(em: EntityManager, caseId: string, assetId: string): Promise<DeclaredAssetEntity | null> {
    return em
      .getRepository(DeclaredAssetEntity)
      .findOne({ where: { id: assetId, caseId }, lock: { mode: 'pessimistic_write' } });
  }

  async saveAsset(em: EntityManager, asset: DeclaredAssetEntity): Promise<DeclaredAssetEntity> {
    return em.getRepository(DeclaredAssetEntity).save(asset);
  }

  async listTransfers(caseId: string, assetIds?: string[]): Promise<AssetTransferEntity[]> {
    return this.dataSource.getRepository(AssetTransferEntity).find({
      where: assetIds ? { caseId, assetId: In(assetIds) } : { caseId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  async transfersOfAsset(em: EntityManager, assetId: string): Promise<AssetTransferEntity[]> {
    return em.getRepository(AssetTransferEntity).find({ where: { assetId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async findTransferByKey(
    idempotencyKey: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<AssetTransferEntity | null> {
    return em.getRepository(AssetTransferEntity).findOne({ where: { idempotencyKey } });
  }

  async findTransfer(caseId: string, transferId: string): Promise<AssetTransferEntity | null> {
    return this.dataSource.getRepository(AssetTransferEntity).findOne({ where: { id: transferId, caseId } });
  }

  async lockTransfer(em: EntityManager, caseId: string, transferId: string): Promise<AssetTransferEntity | null> {
    return em
      .getRepository(AssetTransferEntity)
      .findOne({ where: { id: transferId, caseId }, lock: { mode: 'pessimistic_write' } });
  }

  /** Inserts the instruction, or returns null when its idempotency key is already taken. */
  async insertTransfer(em: EntityManager, transfer: Partial<AssetTransferEntity>): Promise<AssetTransferEntity | null> {
    try {
      // A savepoint, so that a duplicate key leaves the surrounding transaction usable.
      return await em.transaction((inner) =>
        inner.getRepository(AssetTransferEntity).save(inner.getRepository(AssetTransferEntity).create(transfer)),
      );
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) return null;
      throw error;
    }
  }

  async saveTransfer(em: EntityManager, transfer: AssetTransferEntity): Promise<AssetTransferEntity> {
    return em.getRepository(AssetTransferEntity).save(transfer);
  }
}

function currency(code: string): CurrencyCode {
  if (!isCurrencyCode(code)) throw new Error(`stored currency ${code} is not in CURRENCY_EXPONENTS`);
  return code;
}
