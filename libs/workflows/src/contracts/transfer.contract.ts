import { defineUpdate } from '@temporalio/workflow';
import type { Actor } from '@avrr/domain';

/** The finance officer sends a pending transfer instruction to its provider (pending → initiated). */
export interface InitiateTransferRequest {
  transferId: string;
  actor: Actor;
}

/** The finance officer confirms an initiated transfer with the bank or provider reference (initiated → confirmed). */
export interface ConfirmTransferRequest {
  transferId: string;
  providerReference: string;
  actor: Actor;
}

/** Where a transfer stands after a money step; the amount in integer minor units as a string. */
export interface TransferStepResult {
  transferId: string;
  status: string;
  attempt: number;
  amountMinor: string;
  currency: string;
  providerReference: string | null;
  /** The key of the ledger posting of its confirmation (`asset-transfer:<transfer key>`), once confirmed. */
  postingKey: string | null;
}

/**
 * Runs the initiation on the case's workflow as one activity keyed by `<transfer key>:<attempt>` (the provider's
 * idempotency key); the update id is `initiate_asset_transfer:<id>:` with the request's Idempotency-Key or the attempt.
 */
export const initiateAssetTransferUpdate = defineUpdate<TransferStepResult, [InitiateTransferRequest]>(
  'initiate_asset_transfer',
);

/**
 * Runs the confirmation on the case's workflow as two activities keyed by the transfer: the ledger posting under
 * `asset-transfer:<transfer key>`, then the status change; a crash between them pays nothing twice.
 */
export const confirmAssetTransferUpdate = defineUpdate<TransferStepResult, [ConfirmTransferRequest]>(
  'confirm_asset_transfer',
);
