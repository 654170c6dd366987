import { Injectable } from '@nestjs/common';
import { ApplicationFailure } from '@temporalio/common';
import { DomainError, formatMinor, tranchePaidPostingKey } from '@avrr/domain';
import { GrantRepository } from '@avrr/persistence';
import {
  REFUSAL_PREFIX,
  type ReleasedTranche,
  type ReleaseTranchesInput,
  type TranchePaymentInput,
  type TranchePaymentResult,
} from '@avrr/workflows';

/** The grant's activities: each keyed by the tranche, so a retried activity finds what it did and does no more. */
@Injectable()
export class GrantActivitiesService {
  constructor(private readonly grants: GrantRepository) {}

  async releaseGrantTranches(input: ReleaseTranchesInput): Promise<ReleasedTranche[]> {
    const released = await this.grants.release(input.caseId, input.milestones);
    return released.map((t) => ({
      id: t.id,
      number: t.number,
      milestone: t.milestone,
      amountMinor: formatMinor(t.amountMinor),
      currency: t.currency,
    }));
  }

  async postTranchePayment(input: TranchePaymentInput): Promise<{ trancheId: string; postingKey: string }> {
    await refusalsAsFailures(() => this.grants.postPayment(input.caseId, input.trancheId, input.proof, input.actor));
    return { trancheId: input.trancheId, postingKey: tranchePaidPostingKey(input.trancheId) };
  }

  async confirmTranchePayment(input: TranchePaymentInput): Promise<TranchePaymentResult> {
    const { tranche, payment } = await refusalsAsFailures(() =>
      this.grants.confirmPayment(input.caseId, input.trancheId, input.proof, input.actor),
    );
    return {
      trancheId: tranche.id,
      number: tranche.number,
      status: tranche.status,
      amountMinor: formatMinor(payment.amountMinor),
      currency: payment.currency,
      recipient: payment.recipient,
      supplier: payment.supplier,
      paymentId: payment.id,
      proofReference: payment.proofReference,
      proofDocument: payment.proofDocument,
      postingKey: payment.postingKey,
      paidBy: payment.paidBy,
      paidAt: payment.paidAt.toISOString(),
    };
  }
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
