import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
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
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
        Object.assign(t, { status: 'cancelled', cancelReason: reason, cancelledAt: new Date(), updatedBy: by });
        cancelled.push(await em.save(AssetTransferEntity, t));
      }
      const standing = transfers.filter((t) => t.status === 'initiated' || t.status === 'confirmed');
      return { cancelled, standing };
    });
  }

  inTransaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async createAsset(asset: Omit<DeclaredAssetEntity, 'id' | 'createdAt' | 'updatedAt' | 'version' | 'returnCase' | 'person'>): Promise<DeclaredAssetEntity> {
    return this.dataSource.getRepository(DeclaredAssetEntity).save(this.dataSource.getRepository(DeclaredAssetEntity).create(asset));
  }

  async listAssets(caseId: string): Promise<DeclaredAssetEntity[]> {
    return this.dataSource.getRepository(DeclaredAssetEntity).find({ where: { caseId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async findAsset(caseId: string, assetId: string, em: EntityManager = this.dataSource.manager): Promise<DeclaredAssetEntity | null> {
    return em.getRepository(DeclaredAssetEntity).findOne({ where: { id: assetId, caseId } });
  }

  async lockAsset(em: EntityManager, caseId: string, assetId: string): Promise<DeclaredAssetEntity | null> {
    return em.getRepository(DeclaredAssetEntity).findOne({ where: { id: assetId, caseId }, lock: { mode: 'pessimistic_write' } });
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

  async findTransferByKey(idempotencyKey: string, em: EntityManager = this.dataSource.manager): Promise<AssetTransferEntity | null> {
    return em.getRepository(AssetTransferEntity).findOne({ where: { idempotencyKey } });
  }

  async findTransfer(caseId: string, transferId: string): Promise<AssetTransferEntity | null> {
    return this.dataSource.getRepository(AssetTransferEntity).findOne({ where: { id: transferId, caseId } });
  }

  async lockTransfer(em: EntityManager, caseId: string, transferId: string): Promise<AssetTransferEntity | null> {
    return em.getRepository(AssetTransferEntity).findOne({ where: { id: transferId, caseId }, lock: { mode: 'pessimistic_write' } });
  }

  /** Inserts the instruction, or returns null when its idempotency key is already taken. */
  async insertTransfer(em: EntityManager, transfer: Partial<AssetTransferEntity>): Promise<AssetTransferEntity | null> {
    try {
      // A savepoint, so that a duplicate key leaves the surrounding transaction usable.
      return await em.transaction((inner) => inner.getRepository(AssetTransferEntity).save(inner.getRepository(AssetTransferEntity).create(transfer)));
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) return null;
      throw error;
    }
  }

  async saveTransfer(em: EntityManager, transfer: AssetTransferEntity): Promise<AssetTransferEntity> {
    return em.getRepository(AssetTransferEntity).save(transfer);
  }
}
