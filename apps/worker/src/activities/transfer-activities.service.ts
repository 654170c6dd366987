import { Inject, Injectable } from '@nestjs/common';
import { ApplicationFailure } from '@temporalio/common';
import { DomainError, formatMinor, type TransferProvider, transferConfirmedPostingKey } from '@avrr/domain';
import { type AssetTransferEntity, AssetTransferRepository } from '@avrr/persistence';
import {
  type ConfirmTransferInput,
  type InitiateTransferInput,
  REFUSAL_PREFIX,
  type TransferStepResult,
} from '@avrr/workflows';

export const TRANSFER_PROVIDER = Symbol('TRANSFER_PROVIDER');

/**
 * The asset transfers' money steps, run by the case workflow: each keyed by the transfer (and its attempt), decided
 * again under the transfer's row lock, so a retried activity finds what it did and does no more.
 */
@Injectable()
export class TransferActivitiesService {
  constructor(
    private readonly transfers: AssetTransferRepository,
    @Inject(TRANSFER_PROVIDER) private readonly provider: TransferProvider,
  ) {}

  async initiateAssetTransfer(input: InitiateTransferInput): Promise<TransferStepResult> {
    const transfer = await refusalsAsFailures(() =>
      this.transfers.initiate(input.caseId, input.transferId, input.actor, (providerKey, instruction) =>
        this.provider.initiate(providerKey, instruction),
      ),
    );
    return toStepResult(transfer);
  }

  async postAssetTransfer(input: ConfirmTransferInput): Promise<{ transferId: string; postingKey: string }> {
    const postingKey = await refusalsAsFailures(() =>
      this.transfers.postConfirmation(input.caseId, input.transferId, input.providerReference, input.actor),
    );
    return { transferId: input.transferId, postingKey };
  }

  async confirmAssetTransfer(input: ConfirmTransferInput): Promise<TransferStepResult> {
    const transfer = await refusalsAsFailures(() =>
      this.transfers.confirm(input.caseId, input.transferId, input.providerReference, input.actor),
    );
    return toStepResult(transfer);
  }
}

function toStepResult(t: AssetTransferEntity): TransferStepResult {
  return {
    transferId: t.id,
    status: t.status,
    attempt: t.attempt,
    amountMinor: formatMinor(t.amountMinor),
    currency: t.currency,
    providerReference: t.providerReference,
    postingKey: t.status === 'confirmed' ? transferConfirmedPostingKey(t.idempotencyKey) : null,
  };
}

/** A rule that says no will say no again: a non-retryable failure carrying the domain code. */
async function refusalsAsFailures<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DomainError) {
      throw ApplicationFailure.create({
        type: `${REFUSAL_PREFIX}${error.code}`,
        message: error.message,
        nonRetryable: true,
      });
    }
    throw error;
  }
}
