import { Injectable } from '@nestjs/common';
import { NotificationOutbox } from '@avrr/messaging';
import {
  AssetTransferEntity,
  AssetTransferRepository,
  CaseRepository,
  SYSTEM_SCOPE,
  TimelineRepository,
} from '@avrr/persistence';
import { classified } from './classify-failure';
import { GrantActivitiesService } from './grant-activities.service';
import { TransferActivitiesService } from './transfer-activities.service';
import type {
  CancelBookingInput,
  CaseActivities,
  NeedsAttentionInput,
  NotifyInput,
  RecordCaseEventInput,
  StopTransfersInput,
  TransferOutcome,
} from '@avrr/workflows';

/** The case workflow's activities: thin, idempotent writes keyed by what the workflow passes in. */
@Injectable()
export class CaseActivitiesService implements Omit<
  CaseActivities,
  | 'releaseGrantTranches'
  | 'postTranchePayment'
  | 'confirmTranchePayment'
  | 'initiateAssetTransfer'
  | 'postAssetTransfer'
  | 'confirmAssetTransfer'
> {
  constructor(
    private readonly timeline: TimelineRepository,
    private readonly cases: CaseRepository,
    private readonly outbox: NotificationOutbox,
    private readonly transfers: AssetTransferRepository,
    private readonly grants: GrantActivitiesService,
    private readonly transferSteps: TransferActivitiesService,
  ) {}

  async recordCaseEvent(input: RecordCaseEventInput): Promise<void> {
    const { readModel, occurredAt, household, ...event } = input;
    await this.timeline.record(
      { ...event, occurredAt: new Date(occurredAt) },
      readModel && {
        ...readModel,
        outcome: readModel.outcome as never,
        dueAt: readModel.dueAt === null ? null : new Date(readModel.dueAt),
      },
      household,
    );
  }

  async flagNeedsAttention(input: NeedsAttentionInput): Promise<void> {
    const occurredAt = new Date(input.occurredAt);
    await this.timeline.flagNeedsAttention(
      {
        caseId: input.caseId,
        eventKey: input.eventKey,
        type: 'needs_attention',
        actor: 'system',
        actorRole: 'system',
        occurredAt,
        details: { reason: input.reason, failedEventType: input.failedEventType },
      },
      { reason: input.reason, since: input.occurredAt, eventKey: input.eventKey },
    );
  }

  /** One job per notification; the worker finds the people it concerns when it sends it (NotificationRecipients). */
  async notify(input: NotifyInput): Promise<void> {
    await this.outbox.enqueue({
      key: input.key,
      caseId: input.caseId,
      audience: input.audience,
      template: input.template,
      data: input.data,
    });
  }

  /**
   * No carrier offers an API here, so cancelling means telling logistics to cancel with the carrier; a provider
   * with an API would be called at this point with the same idempotency key.
   */
  async cancelBooking(input: CancelBookingInput): Promise<void> {
    await this.notify({
      key: input.key,
      caseId: input.caseId,
      audience: ['logistics_officer'],
      template: 'booking_cancellation',
      data: {
        reference: await this.reference(input.caseId),
        bookingReference: input.bookingReference,
        reason: input.reason,
      },
    });
  }

  async stopPendingTransfers(
    input: StopTransfersInput,
  ): Promise<{ cancelled: TransferOutcome[]; standing: TransferOutcome[] }> {
    const { cancelled, standing } = await this.transfers.cancelUnexecuted(input.caseId, input.reason, input.by);
    const outcome = (t: AssetTransferEntity): TransferOutcome => ({
      id: t.id,
      amountMinor: t.amountMinor.toString(),
      currency: t.currency,
      status: t.status,
    });
    return { cancelled: cancelled.map(outcome), standing: standing.map(outcome) };
  }

  /**
   * Plain functions for the Temporal worker, bound to this instance; an error retrying cannot fix (a constraint, bad
   * data, a missing row) fails once, typed, instead of being retried forever (classify-failure.ts).
   */
  toActivities(): CaseActivities {
    return {
      recordCaseEvent: classified(this.recordCaseEvent.bind(this)),
      flagNeedsAttention: classified(this.flagNeedsAttention.bind(this)),
      notify: classified(this.notify.bind(this)),
      cancelBooking: classified(this.cancelBooking.bind(this)),
      stopPendingTransfers: classified(this.stopPendingTransfers.bind(this)),
      releaseGrantTranches: classified(this.grants.releaseGrantTranches.bind(this.grants)),
      postTranchePayment: classified(this.grants.postTranchePayment.bind(this.grants)),
      confirmTranchePayment: classified(this.grants.confirmTranchePayment.bind(this.grants)),
      initiateAssetTransfer: classified(this.transferSteps.initiateAssetTransfer.bind(this.transferSteps)),
      postAssetTransfer: classified(this.transferSteps.postAssetTransfer.bind(this.transferSteps)),
      confirmAssetTransfer: classified(this.transferSteps.confirmAssetTransfer.bind(this.transferSteps)),
    };
  }

  private async reference(caseId: string): Promise<string> {
    return (await this.cases.findById(caseId, SYSTEM_SCOPE))?.reference ?? caseId;
  }
}
