import { defineUpdate } from '@temporalio/workflow';
import type { Actor, ProofOfPayment } from '@avrr/domain';

/** The finance officer pays a released tranche: cash to the returnee or in kind to the supplier, with its proof. */
export interface TranchePaymentRequest {
  trancheId: string;
  proof: ProofOfPayment;
  actor: Actor;
}

/** What a payment answers with; amounts are integer minor units as strings. */
export interface TranchePaymentResult {
  trancheId: string;
  number: number;
  status: string;
  amountMinor: string;
  currency: string;
  recipient: string;
  supplier: string | null;
  paymentId: string;
  proofReference: string;
  proofDocument: string | null;
  postingKey: string;
  paidBy: string;
  paidAt: string;
}

/** Runs the payment as two activities (post, then confirm) on the case's workflow; the update id is the request's key. */
export const payGrantTrancheUpdate = defineUpdate<TranchePaymentResult, [TranchePaymentRequest]>('pay_grant_tranche');
