import type { AlertAudience, CaseStage, HouseholdChange } from '@avrr/domain';
import type { TranchePaymentRequest, TranchePaymentResult } from './grant.contract';
import type { ConfirmTransferRequest, InitiateTransferRequest, TransferStepResult } from './transfer.contract';
import type { NotificationTemplate } from '@avrr/messaging/notification-templates';

/** A timeline entry and the read-model change that goes with it, written in one transaction. */
export interface RecordCaseEventInput {
  caseId: string;
  /** Unique per case: the update id of a human action, or a fixed key for a system step. */
  eventKey: string;
  type: string;
  actor: string;
  actorRole: string;
  occurredAt: string;
  details: Record<string, unknown>;
  /** A household amendment: the case file's person rows change in the same transaction as the entry. */
  household?: HouseholdChange;
  readModel?: {
    /** The workflow state's version: an older projection never overwrites a newer one. */
    version: number;
    stage: CaseStage;
    waitingFor: string | null;
    dueAt: string | null;
    onProtectionHold: boolean;
    outcome: string | null;
    /** The workflow's state, kept with the read model so reads never query the workflow. */
    state: Record<string, unknown>;
  };
}

/** A projection that failed for good: the timeline says so and the read model shows the flag to a supervisor. */
export interface NeedsAttentionInput {
  caseId: string;
  /** The failed projection's event key with `:needs-attention`, so a retry appends nothing twice. */
  eventKey: string;
  occurredAt: string;
  /** The failure's type and message, e.g. `activity_permanent:invalid_data:22P05`. */
  reason: string;
  failedEventType: string;
}

export interface NotifyInput {
  /** Deduplication key: each recipient gets a given key at most once. */
  key: string;
  caseId: string;
  audience: AlertAudience[];
  template: NotificationTemplate;
  data: Record<string, string>;
}

/** A booking to cancel with the carrier (or the agent who holds it). */
export interface CancelBookingInput {
  key: string;
  caseId: string;
  bookingReference: string;
  reason: string;
}

export interface StopTransfersInput {
  caseId: string;
  reason: string;
  by: string;
}

/** Each transfer by id, amount (integer minor units as a string), currency and status after the step. */
export interface TransferOutcome {
  id: string;
  amountMinor: string;
  currency: string;
  status: string;
}

export interface ReleaseTranchesInput {
  caseId: string;
  /** Every milestone recorded on the case so far: a tranche whose milestone came before the grant is released too. */
  milestones: string[];
}

export interface ReleasedTranche {
  id: string;
  number: number;
  milestone: string;
  amountMinor: string;
  currency: string;
}

export type TranchePaymentInput = TranchePaymentRequest & { caseId: string };

export type InitiateTransferInput = InitiateTransferRequest & { caseId: string };
export type ConfirmTransferInput = ConfirmTransferRequest & { caseId: string };

/** Implemented by apps/worker; workflows see only this interface, through `import type`. */
export interface CaseActivities {
  recordCaseEvent(input: RecordCaseEventInput): Promise<void>;
  /** Records that a projection failed for good: a `needs_attention` timeline entry and the flag in the read model. */
  flagNeedsAttention(input: NeedsAttentionInput): Promise<void>;
  notify(input: NotifyInput): Promise<void>;
  cancelBooking(input: CancelBookingInput): Promise<void>;
  /** Cancels the case's transfers not yet executed; initiated and confirmed ones stand. */
  stopPendingTransfers(
    input: StopTransfersInput,
  ): Promise<{ cancelled: TransferOutcome[]; standing: TransferOutcome[] }>;
  /** Releases the grant tranches the recorded milestones release, each posted once (grant-allocated → grant-in-transit). */
  releaseGrantTranches(input: ReleaseTranchesInput): Promise<ReleasedTranche[]>;
  /** Posts the payment's money under the tranche's key (grant-in-transit → grant-paid-out); a retry posts nothing more. */
  postTranchePayment(input: TranchePaymentInput): Promise<{ trancheId: string; postingKey: string }>;
  /** Records the payment with its proof, once per tranche, after its posting. */
  confirmTranchePayment(input: TranchePaymentInput): Promise<TranchePaymentResult>;
  /** Sends a pending transfer to its provider under `<transfer key>:<attempt>` and marks it initiated; a retry sends nothing more. */
  initiateAssetTransfer(input: InitiateTransferInput): Promise<TransferStepResult>;
  /** Posts the confirmed transfer's money under `asset-transfer:<transfer key>` (returnee-assets → assets-paid-out); a retry posts nothing more. */
  postAssetTransfer(input: ConfirmTransferInput): Promise<{ transferId: string; postingKey: string }>;
  /** Marks the transfer confirmed with its reference, once, after its posting (refused without it). */
  confirmAssetTransfer(input: ConfirmTransferInput): Promise<TransferStepResult>;
}
