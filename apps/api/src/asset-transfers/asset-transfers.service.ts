// Over 400 lines: the six steps of a transfer share its row lock and decision helpers; the next cut moves initiate and confirm (run on the workflow) into their own service.
import { createHash, randomUUID } from 'node:crypto';
import { v4 as uuidv4 } from 'uuid';
import { Inject, Injectable, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import { Client, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import {
  type Actor,
  assetVerifiedPosting,
  type CurrencyCode,
  decideTransfer,
  destinationViolations,
  DomainError,
  formatMajor,
  formatMinor,
  isCurrencyCode,
  isTransferableAsset,
  parseMinor,
  type TransferCommand,
  transferConfirmedPostingKey,
  type TransferProvider,
  transferRoleRefusal,
} from '@avrr/domain';
import {
  AssetTransferEntity,
  AssetTransferRepository,
  type CaseScope,
  DeclaredAssetEntity,
  LedgerRepository,
} from '@avrr/persistence';
import { CaseWorkflowStarter, TemporalDeadline } from '@avrr/temporal';
import { confirmAssetTransferUpdate, initiateAssetTransferUpdate, REFUSAL_PREFIX } from '@avrr/workflows';
import { CaseQueryService } from '../cases/case-query.service';
import { RequestValidationError } from '../common/request-validation.error';
import { AssetView, CreateTransferDto, DeclareAssetDto, StatementView, TransferView } from './dto/asset-transfers.dto';

/** The provider instructions are recorded with (its name); the worker's activities call the same kind of provider. */
export const TRANSFER_PROVIDER = Symbol('TRANSFER_PROVIDER');

/**
 * Declared assets, their transfer instructions and the case's statement.
 *
 * Ledger postings (see libs/domain/src/ledger/accounts.ts):
 * - verifying a money asset collects it for the returnee: asset-sources → returnee-assets, key `asset:<id>:verified`;
 * - confirming a transfer: returnee-assets → assets-paid-out, key `asset-transfer:<transfer idempotency key>`.
 * Nothing is posted on initiate: the money stays in returnee-assets until a reference confirms it arrived, so a
 * failed, retried or cancelled transfer needs no reversing posting and a retry cannot post twice.
 *
 * The steps that move money (initiate: the instruction goes to the provider; confirm: the posting, then the status)
 * are updates on the case's workflow, which runs them as keyed activities (apps/worker TransferActivitiesService).
 * Failing, retrying and cancelling only change the instruction's status and stay in the request.
 */
@Injectable()
export class AssetTransfersService {
  constructor(
    private readonly cases: CaseQueryService,
    private readonly repository: AssetTransferRepository,
    private readonly ledger: LedgerRepository,
    private readonly client: Client,
    private readonly starter: CaseWorkflowStarter,
    private readonly deadline: TemporalDeadline,
    @Inject(TRANSFER_PROVIDER) private readonly provider: TransferProvider,
  ) {}

  /**
   * Declares an asset. With an Idempotency-Key the asset's id comes from the case and the key, so a retry after a lost
   * answer finds the asset the first attempt declared (the same body: replayed; another: 409) instead of a second one.
   */
  async declare(
    caseId: string,
    dto: DeclareAssetDto,
    actor: Actor,
    scope: CaseScope,
    idempotencyKey?: string,
  ): Promise<{ asset: AssetView; replayed: boolean }> {
    if (actor.role !== 'counsellor') throw roleRefused(actor, 'declare an asset', 'counsellor');
    const id = idempotencyKey ? keyedUuid(`${caseId}:declare_asset:${idempotencyKey}`) : randomUUID();
    const replay = async () => {
      const found = await this.repository.findAsset(caseId, id);
      if (!found) return undefined;
      if (!sameDeclaration(found, dto))
        throw new DomainError('idempotency_key_reused', 'This Idempotency-Key declared another asset; use a new key.');
      return { asset: toAssetView(found, await this.repository.listTransfers(caseId, [id])), replayed: true };
    };
    if (idempotencyKey) {
      const earlier = await replay();
      if (earlier) return earlier;
    }
    const entity = await this.cases.loadOpen(caseId, scope);
    if (!entity.people.some((p) => p.id === dto.personId)) {
      throw new NotFoundException({ code: 'person_not_found', message: `Person ${dto.personId} is not in this case.` });
    }
    const asset = await this.repository.insertAsset({
      id,
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
    if (asset) return { asset: toAssetView(asset, []), replayed: false };
    // Another request with the same key won the race.
    const winner = await replay();
    if (!winner) throw new Error(`asset ${id} conflicted but cannot be read`);
    return winner;
  }

  async listAssets(caseId: string, scope: CaseScope): Promise<AssetView[]> {
    await this.cases.load(caseId, scope);
    const assets = await this.repository.listAssets(caseId);
    const transfers = await this.repository.listTransfers(caseId);
    return assets.map((a) =>
      toAssetView(
        a,
        transfers.filter((t) => t.assetId === a.id),
      ),
    );
  }

  /** The finance officer has checked the evidence and the money is collected: it is posted to returnee-assets, once. */
  async verify(caseId: string, assetId: string, actor: Actor, scope: CaseScope): Promise<AssetView> {
    if (actor.role !== 'finance_officer') throw roleRefused(actor, 'verify an asset', 'finance officer');
    await this.cases.loadOpen(caseId, scope);
    const asset = await this.repository.inTransaction(async (em) => {
      const found = await this.repository.lockAsset(em, caseId, assetId);
      if (!found) throw assetNotFound(assetId);
      if (found.status !== 'declared') {
        if (found.status === 'cancelled')
          throw new DomainError('asset_cancelled', 'This asset was cancelled; it cannot be verified.');
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
    if (!idempotencyKey)
      throw new RequestValidationError([{ field: 'Idempotency-Key', reason: 'is required to create a transfer' }]);
    const violations = destinationViolations(dto.destinationKind, dto.destination);
    if (violations.length > 0) throw new RequestValidationError(violations);
    const refusal = transferRoleRefusal(actor, 'create');
    if (refusal) throw refusal;
    await this.cases.loadOpen(caseId, scope);
    const amountMinor = minor(dto.amountMinor, 'amountMinor');
    const requestHash = hashOf({
      caseId,
      assetId,
      destinationKind: dto.destinationKind,
      destination: dto.destination,
      amountMinor: dto.amountMinor,
      currency: dto.currency,
    });

    const existing = await this.repository.findTransferByKey(idempotencyKey);
    if (existing) return { transfer: toTransferView(sameRequest(existing, requestHash)), replayed: true };

    const result = await this.repository.inTransaction(async (em) => {
      const asset = await this.repository.lockAsset(em, caseId, assetId);
      if (!asset) throw assetNotFound(assetId);
      if (!isTransferableAsset(asset.kind))
        throw new DomainError('asset_not_money', 'Belongings are shipped, not transferred.');
      if (asset.status !== 'verified' && asset.status !== 'transferring') {
        throw new DomainError(
          'asset_not_verified',
          `This asset is ${asset.status}; a finance officer verifies it before any transfer.`,
        );
      }
      if (dto.currency !== asset.currency) {
        throw new DomainError(
          'currency_mismatch',
          `The asset is in ${asset.currency}; a transfer of it is in ${asset.currency} too.`,
        );
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
   * A money step (initiate, confirm) runs on the case's workflow: checked here first for a quick answer (a retried
   * request for a step already done answers with the transfer as it is), then sent as an update whose id is the
   * request's Idempotency-Key, or derived from the transfer, its attempt and (to confirm) the reference. The workflow's
   * activities decide again under the transfer's row lock.
   */
  async execute(
    caseId: string,
    transferId: string,
    command: Extract<TransferCommand, { type: 'initiate' | 'confirm' }>,
    key: string | undefined,
    actor: Actor,
    scope: CaseScope,
  ): Promise<TransferView> {
    const entity = await this.cases.load(caseId, scope);
    const transfer = await this.repository.findTransfer(caseId, transferId);
    if (!transfer) throw transferNotFound(transferId);
    const decision = decideTransfer(transfer, command, actor);
    if (decision.outcome === 'refused') throw decision.error;
    if (decision.outcome === 'unchanged') return toTransferView(transfer);

    if (!entity.workflowStartedAt) await this.starter.ensureStarted(entity);
    const handle = this.client.workflow.getHandle(entity.workflowId);
    try {
      await this.deadline.run('the asset transfer step', async () => {
        if (command.type === 'initiate') {
          await handle.executeUpdate(initiateAssetTransferUpdate, {
            args: [{ transferId, actor }],
            // Scoped by transfer: a key reused for another transfer is a new step, never the first one's answer.
            updateId: `initiate_asset_transfer:${transferId}:${key ?? transfer.attempt}`,
          });
        } else {
          const providerReference = command.providerReference.trim();
          await handle.executeUpdate(confirmAssetTransferUpdate, {
            args: [{ transferId, providerReference, actor }],
            updateId: `confirm_asset_transfer:${transferId}:${key ?? `${transfer.attempt}:${hashOf(providerReference).slice(0, 16)}`}`,
          });
        }
      });
    } catch (error) {
      throw toHttpError(error);
    }
    const saved = await this.repository.findTransfer(caseId, transferId);
    if (!saved) throw transferNotFound(transferId);
    return toTransferView(saved);
  }

  /**
   * Fail, retry or cancel: a change of the instruction's status, decided by the pure `decideTransfer` under a row lock
   * on the transfer. No money moves, so no posting; a confirmation already in the ledger (its step still finishing
   * on the workflow) makes fail and cancel a conflict: the transfer stands.
   */
  async act(
    caseId: string,
    transferId: string,
    command: Extract<TransferCommand, { type: 'fail' | 'retry' | 'cancel' }>,
    actor: Actor,
    scope: CaseScope,
  ): Promise<TransferView> {
    // Money in flight may still fail or be cancelled after closure; an anonymised case takes no new text.
    const entity = await this.cases.load(caseId, scope);
    if (entity.anonymisedAt)
      throw new DomainError(
        'case_anonymised',
        'This case was anonymised under the retention rules; it can no longer change.',
      );
    const saved = await this.repository.inTransaction(async (em) => {
      const transfer = await this.repository.lockTransfer(em, caseId, transferId);
      if (!transfer) throw transferNotFound(transferId);
      const decision = decideTransfer(transfer, command, actor);
      if (decision.outcome === 'refused') throw decision.error;
      if (decision.outcome === 'unchanged') return transfer;

      const now = new Date();
      if (command.type === 'fail' || command.type === 'cancel') {
        // The ledger is the truth: a confirmation already posted (by a confirm whose status step has not run yet) stands.
        if (await this.ledger.findByIdempotencyKey(transferConfirmedPostingKey(transfer.idempotencyKey), em)) {
          throw new DomainError(
            'transfer_confirmed',
            'This transfer is already recorded as paid out in the ledger; confirm it with its reference.',
          );
        }
      }
      switch (command.type) {
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
      return this.repository.saveTransfer(em, transfer);
    });
    return toTransferView(saved);
  }

  /** The case's ledger statement and balances, amounts as integer strings. */
  async statement(caseId: string, scope: CaseScope): Promise<StatementView> {
    const entity = await this.cases.load(caseId, scope);
    const statement = await this.ledger.statement(caseId);
    return {
      caseId,
      countryOfReturn: entity.countryOfReturn,
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
      balances: statement.balances.map((b) => ({
        account: b.account,
        currency: b.currency,
        balanceMinor: formatMinor(b.balanceMinor),
      })),
    };
  }
}

function roleRefused(actor: Actor, what: string, who: string): DomainError {
  return new DomainError('role_not_allowed', `A ${actor.role.replace(/_/g, ' ')} cannot ${what}; only a ${who} can.`);
}

function transferNotFound(transferId: string): NotFoundException {
  return new NotFoundException({ code: 'transfer_not_found', message: `No transfer ${transferId} on this case.` });
}

/** A refusal by the workflow's validator or activities is the domain's 409; a case whose workflow has ended is archived. */
function toHttpError(error: unknown): unknown {
  if (error instanceof WorkflowUpdateFailedError && error.cause instanceof ApplicationFailure) {
    const type = error.cause.type ?? '';
    if (type.startsWith(REFUSAL_PREFIX)) return new DomainError(type.slice(REFUSAL_PREFIX.length), error.cause.message);
  }
  if (error instanceof WorkflowNotFoundError)
    return new DomainError('case_archived', 'This case is closed and archived; it can no longer change.');
  if (error instanceof WorkflowUpdateFailedError)
    return new ServiceUnavailableException({ message: 'The transfer step could not be run; try again.' });
  return error;
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
    throw new DomainError(
      'idempotency_key_reused',
      'This Idempotency-Key was already used for a different transfer instruction.',
    );
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

/** A version 4 UUID whose bytes come from `seed` rather than at random: the same seed, the same id. */
function keyedUuid(seed: string): string {
  return uuidv4({ random: createHash('sha256').update(seed).digest().subarray(0, 16) });
}

function sameDeclaration(asset: DeclaredAssetEntity, dto: DeclareAssetDto): boolean {
  return (
    asset.personId === dto.personId &&
    asset.kind === dto.kind &&
    asset.amountMinor === BigInt(dto.amountMinor) &&
    asset.currency === dto.currency &&
    asset.employer === (dto.employer ?? null) &&
    JSON.stringify(asset.evidenceDocuments) === JSON.stringify(dto.evidenceDocuments ?? [])
  );
}
