import type { CurrencyCode } from './money';
import type { DestinationKind } from './transfer.rules';

/** Where the money goes and how much, as handed to a provider. Amounts stay integer minor units. */
export interface TransferInstruction {
  transferId: string;
  caseId: string;
  amountMinor: bigint;
  currency: CurrencyCode;
  destinationKind: DestinationKind;
  /** Bank account (IBAN or account number, bank, holder), mobile money (operator, number) or cash pickup (agent, place). */
  destination: Record<string, unknown>;
}

/** What a provider answers: its own reference once it has one, or that it is still working on it. */
export type ProviderOutcome =
  | { state: 'pending'; providerReference: string | null }
  | { state: 'confirmed'; providerReference: string }
  | { state: 'failed'; providerReference: string | null; reason: string };

/**
 * The seam where a bank, mobile-money operator or cash-pickup network plugs in.
 *
 * A real provider implements:
 * - `initiate(idempotencyKey, instruction)`: sends the instruction once. The key is the transfer's idempotency
 *   key with the attempt number (`<key>:<attempt>`), passed as the provider's own idempotency header, so a
 *   retried call (a crash, a timeout) never sends the money twice; a new attempt after a failure gets a new key.
 *   It answers with the provider's reference when it has one, or `pending`.
 * - `status(providerReference)`: where the transfer stands at the provider (pending, confirmed or failed with the
 *   reason), for polling or to check a webhook. The service records a confirmation in the ledger exactly once,
 *   under the transfer's idempotency key, whatever path (poll, webhook, a person) brings it.
 *
 * No bank API is available yet: `ManualTransferProvider` stands in, and the finance officer confirms each transfer
 * with the bank or provider reference (`POST /cases/:id/transfers/:transferId/confirm`).
 */
export interface TransferProvider {
  readonly name: string;
  initiate(idempotencyKey: string, instruction: TransferInstruction): Promise<ProviderOutcome>;
  status(providerReference: string): Promise<ProviderOutcome>;
}

/**
 * No API: the finance officer sends the money through the bank's or operator's own channel and confirms it here
 * with its reference. Initiating only records that the instruction went out; the outcome is always pending until a
 * person records it.
 */
export class ManualTransferProvider implements TransferProvider {
  readonly name = 'manual';

  initiate(idempotencyKey: string, instruction: TransferInstruction): Promise<ProviderOutcome> {
    void idempotencyKey;
    void instruction;
    return Promise.resolve({ state: 'pending', providerReference: null });
  }

  status(providerReference: string): Promise<ProviderOutcome> {
    return Promise.resolve({ state: 'pending', providerReference });
  }
}
