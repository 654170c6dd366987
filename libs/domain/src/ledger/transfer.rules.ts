import { DomainError, type FieldViolation } from '../errors/domain-error';
import type { Actor } from '../case/roles';
import { caseAccount } from './accounts';
import { CurrencyCode, formatMajor } from './money';
import { movement, Posting } from './posting';

/**
 * The returnee's own money (savings, wages owed, deposits) and the belongings to ship, as declared for one
 * member of the household, and the instructions that send that money to the country of return.
 */
export const ASSET_KINDS = ['bank_savings', 'wages_owed', 'deposit', 'belongings'] as const;
export type AssetKind = (typeof ASSET_KINDS)[number];

/** declared → verified (evidence checked, the money collected) → transferring → transferred; or cancelled. */
export const ASSET_STATUSES = ['declared', 'verified', 'transferring', 'transferred', 'cancelled'] as const;
export type AssetStatus = (typeof ASSET_STATUSES)[number];

export const DESTINATION_KINDS = ['bank_account', 'mobile_money', 'cash_pickup'] as const;
export type DestinationKind = (typeof DESTINATION_KINDS)[number];

/** What each kind of destination names: where the money goes, and to whom. */
export const DESTINATION_FIELDS: Readonly<Record<DestinationKind, readonly string[]>> = {
  bank_account: ['bank', 'accountNumber', 'holder'],
  mobile_money: ['operator', 'number'],
  cash_pickup: ['agent', 'place'],
};
const DESTINATION_FIELD_MAX = 200;

/** Each field of the destination its kind needs, as text, and no other: violations named `destination.<field>`. */
export function destinationViolations(kind: DestinationKind, destination: Record<string, unknown>): FieldViolation[] {
  const fields = DESTINATION_FIELDS[kind];
  const violations: FieldViolation[] = [];
  for (const field of fields) {
    const value = destination[field];
    if (typeof value !== 'string' || value.trim() === '')
      violations.push({
        field: `destination.${field}`,
        reason: `is required for a ${kind.replace(/_/g, ' ')} destination`,
      });
    else if (value.length > DESTINATION_FIELD_MAX)
      violations.push({ field: `destination.${field}`, reason: `must be at most ${DESTINATION_FIELD_MAX} characters` });
  }
  for (const field of Object.keys(destination).filter((f) => !fields.includes(f)))
    violations.push({
      field: `destination.${field}`,
      reason: `is not a field of a ${kind.replace(/_/g, ' ')} destination`,
    });
  return violations;
}

export const TRANSFER_STATUSES = ['pending', 'initiated', 'confirmed', 'failed', 'cancelled'] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];

/** What can be asked of a transfer instruction once it exists. */
export type TransferCommand =
  | { type: 'initiate' }
  | { type: 'confirm'; providerReference: string }
  | { type: 'fail'; reason: string }
  | { type: 'retry' }
  | { type: 'cancel'; reason: string | null };
export type TransferCommandType = TransferCommand['type'];

/** The part of a transfer instruction its lifecycle depends on. */
export interface TransferState {
  status: TransferStatus;
  attempt: number;
  providerReference: string | null;
  failureReason: string | null;
}

/** Who may do what. Creating the instruction is open to the counsellor too; moving money is the finance officer's. */
export const TRANSFER_ROLES: Record<TransferCommandType | 'create', readonly string[]> = {
  create: ['counsellor', 'finance_officer'],
  initiate: ['finance_officer'],
  confirm: ['finance_officer'],
  fail: ['finance_officer'],
  retry: ['finance_officer'],
  cancel: ['counsellor', 'finance_officer'],
};

export type TransferDecision =
  /** The command moves the transfer to `next`. */
  | { outcome: 'changed'; next: TransferState }
  /** The command was already applied (a retried request): nothing changes, the caller answers as before. */
  | { outcome: 'unchanged' }
  | { outcome: 'refused'; error: DomainError };

const WHAT: Record<TransferCommandType | 'create', string> = {
  create: 'create a transfer instruction',
  initiate: 'initiate a transfer',
  confirm: 'confirm a transfer',
  fail: 'record a transfer as failed',
  retry: 'retry a failed transfer',
  cancel: 'cancel a transfer',
};

/** A refusal when the actor's role may not do `command`, or null. */
export function transferRoleRefusal(
  actor: Pick<Actor, 'role'>,
  command: TransferCommandType | 'create',
): DomainError | null {
  if (TRANSFER_ROLES[command].includes(actor.role)) return null;
  return new DomainError(
    'role_not_allowed',
    `A ${actor.role.replace(/_/g, ' ')} cannot ${WHAT[command]}; only a ${TRANSFER_ROLES[command].map((r) => r.replace(/_/g, ' ')).join(' or ')} can.`,
  );
}

/**
 * The lifecycle of a transfer instruction, as a pure function:
 *
 *   pending ──initiate──► initiated ──confirm(reference)──► confirmed     (final: the money has arrived)
 *      │                     │
 *      │                     └──fail(reason)──► failed ──retry──► pending (attempt + 1)
 *      └──cancel──► cancelled ◄──cancel── failed                          (final)
 *
 * A command already applied is `unchanged` (initiate on initiated, confirm with the same reference, fail on failed),
 * so a retried request changes nothing. A confirmed transfer stands: it cannot fail or be cancelled.
 */
export function decideTransfer(
  state: TransferState,
  command: TransferCommand,
  actor: Pick<Actor, 'role'>,
): TransferDecision {
  const roleRefusal = transferRoleRefusal(actor, command.type);
  if (roleRefusal) return { outcome: 'refused', error: roleRefusal };
  const refuse = (code: string, message: string): TransferDecision => ({
    outcome: 'refused',
    error: new DomainError(code, message),
  });
  const { status } = state;

  switch (command.type) {
    case 'initiate':
      if (status === 'initiated') return { outcome: 'unchanged' };
      if (status !== 'pending')
        return refuse('transfer_transition', `${describe(status)}; only a pending transfer can be initiated.`);
      return { outcome: 'changed', next: { ...state, status: 'initiated' } };

    case 'confirm': {
      const reference = command.providerReference.trim();
      if (reference === '')
        return refuse('provider_reference_required', 'A transfer is confirmed with the bank or provider reference.');
      if (status === 'confirmed') {
        return state.providerReference === reference
          ? { outcome: 'unchanged' }
          : refuse(
              'transfer_already_confirmed',
              `This transfer is already confirmed with the reference ${state.providerReference ?? ''}.`,
            );
      }
      if (status !== 'initiated')
        return refuse('transfer_transition', `${describe(status)}; only an initiated transfer can be confirmed.`);
      return { outcome: 'changed', next: { ...state, status: 'confirmed', providerReference: reference } };
    }

    case 'fail':
      if (status === 'failed') return { outcome: 'unchanged' };
      if (status === 'confirmed')
        return refuse('transfer_confirmed', 'This transfer is confirmed: the money has arrived, it cannot fail.');
      if (status !== 'initiated')
        return refuse('transfer_transition', `${describe(status)}; only an initiated transfer can fail.`);
      return { outcome: 'changed', next: { ...state, status: 'failed', failureReason: command.reason.trim() } };

    case 'retry':
      if (status !== 'failed')
        return refuse('transfer_transition', `${describe(status)}; only a failed transfer can be retried.`);
      return { outcome: 'changed', next: { ...state, status: 'pending', attempt: state.attempt + 1 } };

    case 'cancel':
      if (status === 'cancelled') return { outcome: 'unchanged' };
      if (status === 'confirmed') {
        return refuse(
          'transfer_confirmed',
          "This transfer is confirmed: the returnee's money has arrived and the transfer stands.",
        );
      }
      if (status !== 'pending' && status !== 'failed') {
        return refuse(
          'transfer_transition',
          `${describe(status)}; only a pending or failed transfer can be cancelled (record the outcome first).`,
        );
      }
      return { outcome: 'changed', next: { ...state, status: 'cancelled' } };
  }
}

function describe(status: TransferStatus): string {
  return `This transfer is ${status}`;
}

/** Kinds that are money and can be sent; belongings are shipped, not transferred. */
export function isTransferableAsset(kind: AssetKind): boolean {
  return kind !== 'belongings';
}

/** The ledger key of an asset's collection (asset-sources → returnee-assets), posted once when it is verified. */
export function assetVerifiedPostingKey(assetId: string): string {
  return `asset:${assetId}:verified`;
}

/** The ledger key of a transfer's confirmation: the transfer's own idempotency key, in the transfers' namespace. */
export function transferConfirmedPostingKey(transferIdempotencyKey: string): string {
  return `asset-transfer:${transferIdempotencyKey}`;
}

/** Verified: the returnee's money is collected and held for them (asset-sources → returnee-assets). */
export function assetVerifiedPosting(input: {
  caseId: string;
  assetId: string;
  kind: AssetKind;
  amountMinor: bigint;
  currency: CurrencyCode;
  employer: string | null;
}): Posting {
  const from = input.kind === 'wages_owed' && input.employer ? ` from ${input.employer}` : '';
  return movement({
    idempotencyKey: assetVerifiedPostingKey(input.assetId),
    caseId: input.caseId,
    description: `${input.kind.replace(/_/g, ' ')} verified${from}: ${formatMajor(input.amountMinor, input.currency)} ${input.currency}`,
    from: caseAccount(input.caseId, 'asset-sources'),
    to: caseAccount(input.caseId, 'returnee-assets'),
    amountMinor: input.amountMinor,
    currency: input.currency,
  });
}

/**
 * Confirmed: the money reached its destination (returnee-assets → assets-paid-out). Posted under the transfer's
 * idempotency key, so a retried confirmation posts nothing twice; the reference is in the description, so a
 * second confirmation with another reference is a conflict, never a second payment.
 */
export function transferConfirmedPosting(input: {
  caseId: string;
  transferId: string;
  idempotencyKey: string;
  amountMinor: bigint;
  currency: CurrencyCode;
  destinationKind: DestinationKind;
  providerReference: string;
}): Posting {
  return movement({
    idempotencyKey: transferConfirmedPostingKey(input.idempotencyKey),
    caseId: input.caseId,
    description:
      `Transfer ${input.transferId} by ${input.destinationKind.replace(/_/g, ' ')} confirmed, ` +
      `ref ${input.providerReference}: ${formatMajor(input.amountMinor, input.currency)} ${input.currency}`,
    from: caseAccount(input.caseId, 'returnee-assets'),
    to: caseAccount(input.caseId, 'assets-paid-out'),
    amountMinor: input.amountMinor,
    currency: input.currency,
  });
}
