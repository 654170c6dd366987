import { createHash } from 'node:crypto';
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  type Actor,
  assetVerifiedPosting,
  type CurrencyCode,
  decideTransfer,
  DomainError,
  formatMajor,
  formatMinor,
  isCurrencyCode,
  isTransferableAsset,
  parseMinor,
  type TransferCommand,
  transferConfirmedPosting,
  transferConfirmedPostingKey,
  type TransferProvider,
  transferRoleRefusal,
} from '@avrr/domain';
import { AssetTransferEntity, AssetTransferRepository, type CaseScope, DeclaredAssetEntity, LedgerRepository } from '@avrr/persistence';
import { CaseQueryService } from '../cases/case-query.service';
import { RequestValidationError } from '../common/request-validation.error';
import { AssetView, CreateTransferDto, DeclareAssetDto, StatementView, TransferView } from './dto/asset-transfers.dto';

export const TRANSFER_PROVIDER = Symbol('TRANSFER_PROVIDER');

/**
 * Declared assets, their transfer instructions and the case's statement.
 *
 * Ledger postings (see libs/domain/src/ledger/accounts.ts):
 * - verifying a money asset collects it for the returnee: asset-sources → returnee-assets, key `asset:<id>:verified`;
 * - confirming a transfer: returnee-assets → assets-paid-out, key `asset-transfer:<transfer idempotency key>`.
 * Nothing is posted on initiate: the money stays in returnee-assets until a reference confirms it arrived, so a
 * failed, retried or cancelled transfer needs no reversing posting and a retry cannot post twice.
 */
@Injectable()
export class AssetTransfersService {
  constructor(
    private readonly cases: CaseQueryService,
    private readonly repository: AssetTransferRepository,
    private readonly ledger: LedgerRepository,
    @Inject(TRANSFER_PROVIDER) private readonly provider: TransferProvider,
  ) {}

  async declare(caseId: string, dto: DeclareAssetDto, actor: Actor, scope: CaseScope): Promise<AssetView> {
    if (actor.role !== 'counsellor') throw roleRefused(actor, 'declare an asset', 'counsellor');
    const entity = await this.cases.load(caseId, scope);
    if (entity.stage === 'closed') throw new DomainError('case_closed', 'The case is closed; reopen it first.');
    if (!entity.people.some((p) => p.id === dto.personId)) {
      throw new NotFoundException({ code: 'person_not_found', message: `Person ${dto.personId} is not in this case.` });
    }
    const asset = await this.repository.createAsset({
      caseId,
      personId: dto.personId,
      kind: dto.kind,
      amountMinor: minor(dto.amountMinor, 'amountMinor'),
      currency: dto.currency,
      employer: dto.employer ?? null,
      evidenceDocuments: dto.evidenceDocuments ?? [],
      status: 'declared',
      declaredBy: actor.name,
      verifiedBy: null,
      verifiedAt: null,
    });
    return toAssetView(asset, []);
  }

  async listAssets(caseId: string, scope: CaseScope): Promise<AssetView[]> {
    await this.cases.load(caseId, scope);
    const assets = await this.repository.listAssets(caseId);
    const transfers = await this.repository.listTransfers(caseId);
    return assets.map((a) => toAssetView(a, transfers.filter((t) => t.assetId === a.id)));
  }

  /** The finance officer has checked the evidence and the money is collected: it is posted to returnee-assets, once. */
  async verify(caseId: string, assetId: string, actor: Actor, scope: CaseScope): Promise<AssetView> {
    if (actor.role !== 'finance_officer') throw roleRefused(actor, 'verify an asset', 'finance officer');
    await this.cases.load(caseId, scope);
    const asset = await this.repository.inTransaction(async (em) => {
      const found = await this.repository.lockAsset(em, caseId, assetId);
      if (!found) throw assetNotFound(assetId);
      if (found.status !== 'declared') {
        if (found.status === 'cancelled') throw new DomainError('asset_cancelled', 'This asset was cancelled; it cannot be verified.');
        return found; // Already verified: a retried request changes nothing.
      }
      if (isTransferableAsset(found.kind)) {
        await this.ledger.post(
          assetVerifiedPosting({
            caseId,
            assetId,
            kind: found.kind,
            amountMinor: found.amountMinor,
            currency: currency(found.currency),
            employer: found.employer,
          }),
          em,
        );
      }
      found.status = 'verified';
      found.verifiedBy = actor.name;
      found.verifiedAt = new Date();
      return this.repository.saveAsset(em, found);
    });
    return toAssetView(asset, await this.repository.listTransfers(caseId, [assetId]));
  }

  /** Creates the instruction once per Idempotency-Key: the same key and body answer with the same transfer. */
  async createTransfer(
    caseId: string,
    assetId: string,
    dto: CreateTransferDto,
    idempotencyKey: string | undefined,
    actor: Actor,
    scope: CaseScope,
  ): Promise<{ transfer: TransferView; replayed: boolean }> {
    if (!idempotencyKey) throw new RequestValidationError([{ field: 'Idempotency-Key', reason: 'is required to create a transfer' }]);
    const refusal = transferRoleRefusal(actor, 'create');
    if (refusal) throw refusal;
    await this.cases.load(caseId, scope);
    const amountMinor = minor(dto.amountMinor, 'amountMinor');
    const requestHash = hashOf({ caseId, assetId, destinationKind: dto.destinationKind, destination: dto.destination, amountMinor: dto.amountMinor, currency: dto.currency });

    const existing = await this.repository.findTransferByKey(idempotencyKey);
    if (existing) return { transfer: toTransferView(sameRequest(existing, requestHash)), replayed: true };

    const result = await this.repository.inTransaction(async (em) => {
      const asset = await this.repository.lockAsset(em, caseId, assetId);
      if (!asset) throw assetNotFound(assetId);
      if (!isTransferableAsset(asset.kind)) throw new DomainError('asset_not_money', 'Belongings are shipped, not transferred.');
      if (asset.status !== 'verified' && asset.status !== 'transferring') {
        throw new DomainError('asset_not_verified', `This asset is ${asset.status}; a finance officer verifies it before any transfer.`);
      }
      if (dto.currency !== asset.currency) {
        throw new DomainError('currency_mismatch', `The asset is in ${asset.currency}; a transfer of it is in ${asset.currency} too.`);
      }
      const committed = (await this.repository.transfersOfAsset(em, asset.id))
        .filter((t) => t.status !== 'cancelled')
        .reduce((sum, t) => sum + t.amountMinor, 0n);
      if (committed + amountMinor > asset.amountMinor) {
        const left = asset.amountMinor - committed;
        throw new DomainError(
          'amount_exceeds_asset',
          `Only ${formatMajor(left, currency(asset.currency))} ${asset.currency} of this asset is left to transfer.`,
          { leftMinor: formatMinor(left) },
        );
      }
      const inserted = await this.repository.insertTransfer(em, {
        caseId,
        assetId,
        destinationKind: dto.destinationKind,
        destination: dto.destination,
        amountMinor,
        currency: dto.currency,
        status: 'pending',
        attempt: 1,
        provider: this.provider.name,
        providerReference: null,
        failureReason: null,
        cancelReason: null,
        idempotencyKey,
        requestHash,
        createdBy: actor.name,
        updatedBy: actor.name,
        initiatedAt: null,
        confirmedAt: null,
        failedAt: null,
        cancelledAt: null,
      });
      return inserted;
    });
    if (result) return { transfer: toTransferView(result), replayed: false };
    // Another request with the same key won the race.
    const winner = await this.repository.findTransferByKey(idempotencyKey);
    if (!winner) throw new Error(`transfer ${idempotencyKey} conflicted but cannot be read`);
    return { transfer: toTransferView(sameRequest(winner, requestHash)), replayed: true };
  }

  /**
   * One step of a transfer, decided by the pure `decideTransfer` under a row lock on the transfer. Confirming posts
   * to the ledger under the transfer's key before the status changes: if the process dies in between, the retried
   * confirmation finds the posting (a replay, nothing written twice) and finishes the status.
   */
  async act(caseId: string, transferId: string, command: TransferCommand, actor: Actor, scope: CaseScope): Promise<TransferView> {
    await this.cases.load(caseId, scope);
    const saved = await this.repository.inTransaction(async (em) => {
      const transfer = await this.repository.lockTransfer(em, caseId, transferId);
      if (!transfer) throw new NotFoundException({ code: 'transfer_not_found', message: `No transfer ${transferId} on this case.` });
      const decision = decideTransfer(transfer, command, actor);
      if (decision.outcome === 'refused') throw decision.error;
      if (decision.outcome === 'unchanged') return transfer;

      const now = new Date();
      const postingKey = transferConfirmedPostingKey(transfer.idempotencyKey);
      if (command.type === 'fail' || command.type === 'cancel') {
        // The ledger is the truth: a confirmation already posted (by a confirm that died before its status) stands.
        if (await this.ledger.findByIdempotencyKey(postingKey, em)) {
          throw new DomainError('transfer_confirmed', 'This transfer is already recorded as paid out in the ledger; confirm it with its reference.');
        }
      }
      switch (command.type) {
        case 'initiate': {
          const outcome = await this.provider.initiate(`${transfer.idempotencyKey}:${transfer.attempt}`, {
            transferId: transfer.id,
            caseId,
            amountMinor: transfer.amountMinor,
            currency: currency(transfer.currency),
            destinationKind: transfer.destinationKind,
            destination: transfer.destination,
          });
          transfer.providerReference = outcome.providerReference ?? transfer.providerReference;
          transfer.initiatedAt = now;
          await this.markAsset(em, caseId, transfer.assetId);
          break;
        }
        case 'confirm':
          await this.ledger.post(
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
          transfer.confirmedAt = now;
          break;
        case 'fail':
          transfer.failedAt = now;
          break;
        case 'retry':
          transfer.initiatedAt = null;
          break;
        case 'cancel':
          transfer.cancelledAt = now;
          transfer.cancelReason = command.reason;
          break;
      }
      transfer.status = decision.next.status;
      transfer.attempt = decision.next.attempt;
      transfer.providerReference = decision.next.providerReference ?? transfer.providerReference;
      transfer.failureReason = decision.next.failureReason;
      transfer.updatedBy = actor.name;
      const result = await this.repository.saveTransfer(em, transfer);
      if (command.type === 'confirm') await this.markAsset(em, caseId, transfer.assetId);
      return result;
    });
    return toTransferView(saved);
  }

  /** The case's ledger statement and balances, amounts as integer strings. */
  async statement(caseId: string, scope: CaseScope): Promise<StatementView> {
    await this.cases.load(caseId, scope);
    const statement = await this.ledger.statement(caseId);
    return {
      caseId,
      entries: statement.entries.map((e) => ({
        postingId: e.postingId,
        idempotencyKey: e.idempotencyKey,
        description: e.description,
        createdAt: e.createdAt.toISOString(),
        account: e.account,
        currency: e.currency,
        amountMinor: formatMinor(e.amountMinor),
        runningBalanceMinor: formatMinor(e.runningBalanceMinor),
      })),
      balances: statement.balances.map((b) => ({ account: b.account, currency: b.currency, balanceMinor: formatMinor(b.balanceMinor) })),
    };
  }

  /** The asset follows its transfers: transferring once one is under way, transferred when confirmed in full. */
  private async markAsset(em: EntityManager, caseId: string, assetId: string): Promise<void> {
    const asset = await this.repository.lockAsset(em, caseId, assetId);
    if (!asset) return;
    const confirmed = (await this.repository.transfersOfAsset(em, assetId))
      .filter((t) => t.status === 'confirmed')
      .reduce((sum, t) => sum + t.amountMinor, 0n);
    const status = confirmed >= asset.amountMinor ? 'transferred' : 'transferring';
    if (asset.status !== status) {
      asset.status = status;
      await this.repository.saveAsset(em, asset);
    }
  }
}

function roleRefused(actor: Actor, what: string, who: string): DomainError {
  return new DomainError('role_not_allowed', `A ${actor.role.replace(/_/g, ' ')} cannot ${what}; only a ${who} can.`);
}

function assetNotFound(assetId: string): NotFoundException {
  return new NotFoundException({ code: 'asset_not_found', message: `No asset ${assetId} on this case.` });
}

function minor(text: string, field: string): bigint {
  try {
    return parseMinor(text);
  } catch {
    throw new RequestValidationError([{ field, reason: 'must be an integer of minor units' }]);
  }
}

function currency(code: string): CurrencyCode {
  if (!isCurrencyCode(code)) throw new Error(`stored currency ${code} is not in CURRENCY_EXPONENTS`);
  return code;
}

function sameRequest(transfer: AssetTransferEntity, requestHash: string): AssetTransferEntity {
  if (transfer.requestHash !== requestHash) {
    throw new DomainError('idempotency_key_reused', 'This Idempotency-Key was already used for a different transfer instruction.');
  }
  return transfer;
}

/** A stable fingerprint of the request: keys sorted at every level. */
function hashOf(value: unknown): string {
  return createHash('sha256').update(canonical(value)).digest('hex');
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function toTransferView(t: AssetTransferEntity): TransferView {
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    id: t.id,
    assetId: t.assetId,
    destinationKind: t.destinationKind,
    destination: t.destination,
    amountMinor: formatMinor(t.amountMinor),
    currency: t.currency,
    status: t.status,
    attempt: t.attempt,
    provider: t.provider,
    providerReference: t.providerReference,
    failureReason: t.failureReason,
    cancelReason: t.cancelReason,
    idempotencyKey: t.idempotencyKey,
    initiatedAt: iso(t.initiatedAt),
    confirmedAt: iso(t.confirmedAt),
    failedAt: iso(t.failedAt),
    cancelledAt: iso(t.cancelledAt),
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
    version: t.version,
  };
}

function toAssetView(a: DeclaredAssetEntity, transfers: AssetTransferEntity[]): AssetView {
  return {
    id: a.id,
    personId: a.personId,
    kind: a.kind,
    amountMinor: formatMinor(a.amountMinor),
    currency: a.currency,
    amount: isCurrencyCode(a.currency) ? formatMajor(a.amountMinor, a.currency) : formatMinor(a.amountMinor),
    employer: a.employer,
    evidenceDocuments: a.evidenceDocuments,
    status: a.status,
    transfers: transfers.map(toTransferView),
    version: a.version,
  };
}
