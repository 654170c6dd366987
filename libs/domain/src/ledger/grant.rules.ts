import type { Actor } from '../case/roles';
import { MILESTONE_KINDS, type MilestoneKind } from '../case/case-actions';
import type { ReintegrationPlan } from '../case/case-state';
import { DomainError, FieldViolation } from '../errors/domain-error';
import { caseAccount, GRANTS_BUDGET_ACCOUNT } from './accounts';
import { CurrencyCode, formatMajor, isCurrencyCode, isStorableMinor } from './money';
import { movement, Posting, PostingLine } from './posting';

/**
 * The reintegration grant of one case: its budget is the sum of the approved plan's budget lines, per currency, and
 * it is paid in tranches, each released by a milestone the partner records after arrival and paid either in cash to
 * the returnee or in kind to a supplier, with a proof of payment.
 *
 *   waiting ──milestone recorded──► released ──paid (proof)──► paid
 *
 * Postings (see accounts.ts): the grant allocated (grants-budget → grant-allocated, every currency in one posting),
 * a tranche released (grant-allocated → grant-in-transit), a tranche paid (grant-in-transit → grant-paid-out).
 */
export const TRANCHE_STATUSES = ['waiting', 'released', 'paid'] as const;
export type TrancheStatus = (typeof TRANCHE_STATUSES)[number];

export const TRANCHE_RECIPIENTS = ['returnee', 'supplier'] as const;
export type TrancheRecipient = (typeof TRANCHE_RECIPIENTS)[number];

export const MAX_TRANCHES = 12;

export interface GrantAmount {
  currency: CurrencyCode;
  amountMinor: bigint;
}

/** A tranche as scheduled: how much, in which currency, released by which milestone, paid to whom. */
export interface TrancheSchedule {
  milestone: MilestoneKind;
  amountMinor: bigint;
  currency: string;
  recipient: TrancheRecipient;
  /** The supplier paid in kind (required when the recipient is a supplier). */
  supplier: string | null;
}

export interface TrancheState {
  status: TrancheStatus;
  milestone: MilestoneKind;
  proofReference: string | null;
}

export interface ProofOfPayment {
  /** The bank, mobile-money or receipt reference of the payment. */
  reference: string;
  /** The document that proves it (a scanned receipt, the supplier's invoice), as a reference. */
  document: string | null;
}

/** Creating the grant is the finance officer's or the supervisor's; paying a tranche only the finance officer's. */
export const GRANT_ROLES = { create: ['supervisor', 'finance_officer'], pay: ['finance_officer'] } as const;

export function grantRoleRefusal(actor: Pick<Actor, 'role'>, what: keyof typeof GRANT_ROLES): DomainError | null {
  const allowed: readonly string[] = GRANT_ROLES[what];
  if (allowed.includes(actor.role)) return null;
  const words = what === 'create' ? 'set up a reintegration grant' : 'pay a grant tranche';
  return new DomainError(
    'role_not_allowed',
    `A ${actor.role.replace(/_/g, ' ')} cannot ${words}; only a ${allowed.map((r) => r.replace(/_/g, ' ')).join(' or ')} can.`,
  );
}

/**
 * The grant's budget from the plan: the sum of its budget lines per currency, in currency order. Refused unless the
 * plan is approved and budgets something in currencies the programme works in.
 */
export function grantBudget(plan: ReintegrationPlan | null | undefined): GrantAmount[] {
  if (!plan || plan.status !== 'approved') {
    throw new DomainError(
      'plan_not_approved',
      'A reintegration grant is budgeted from the approved reintegration plan; approve the plan first.',
    );
  }
  const sums = new Map<CurrencyCode, bigint>();
  for (const component of plan.components) {
    for (const line of component.budgetLines) {
      if (!isCurrencyCode(line.currency)) {
        throw new DomainError(
          'plan_currency_unknown',
          `The plan budgets "${line.description}" in ${line.currency}, a currency the programme does not work in.`,
        );
      }
      // The plan carries whole numbers of minor units (checked by the API); anything else is a broken plan.
      if (!Number.isSafeInteger(line.amountMinor) || line.amountMinor < 0) {
        throw new DomainError(
          'plan_amount_invalid',
          `The plan's amount for "${line.description}" is not a whole number of minor units.`,
        );
      }
      sums.set(line.currency, (sums.get(line.currency) ?? 0n) + BigInt(line.amountMinor));
    }
  }
  const budget = [...sums]
    .filter(([, amount]) => amount > 0n)
    .map(([currency, amountMinor]) => ({ currency, amountMinor }))
    .sort((a, b) => (a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0));
  if (budget.length === 0)
    throw new DomainError('plan_without_budget', 'The approved plan budgets no money; there is no grant to pay.');
  return budget;
}

/**
 * Every rule the tranche schedule breaks, by field ("tranches.1.supplier"): each tranche is a positive amount in a
 * currency of the budget, released by a known milestone, to the returnee or a named supplier; and per currency the
 * tranches add up to the budget exactly, so the whole grant is scheduled and nothing beyond it.
 */
export function validateTrancheSchedule(
  budget: readonly GrantAmount[],
  tranches: readonly TrancheSchedule[],
): FieldViolation[] {
  const violations: FieldViolation[] = [];
  const add = (field: string, reason: string) => violations.push({ field, reason });
  if (tranches.length === 0) add('tranches', 'a grant is paid in at least one tranche');
  if (tranches.length > MAX_TRANCHES) add('tranches', `a grant is paid in at most ${MAX_TRANCHES} tranches`);
  const sums = new Map<string, bigint>();
  tranches.forEach((t, i) => {
    if (!MILESTONE_KINDS.includes(t.milestone))
      add(`tranches.${i}.milestone`, `must be one of ${MILESTONE_KINDS.join(', ')}`);
    if (typeof t.amountMinor !== 'bigint' || t.amountMinor <= 0n || !isStorableMinor(t.amountMinor)) {
      add(`tranches.${i}.amountMinor`, 'must be a positive integer of minor units');
    }
    if (!budget.some((b) => b.currency === t.currency)) {
      add(
        `tranches.${i}.currency`,
        `the plan budgets nothing in ${t.currency}; it budgets ${budget.map((b) => b.currency).join(', ')}`,
      );
    } else if (typeof t.amountMinor === 'bigint') {
      sums.set(t.currency, (sums.get(t.currency) ?? 0n) + t.amountMinor);
    }
    if (!TRANCHE_RECIPIENTS.includes(t.recipient))
      add(`tranches.${i}.recipient`, 'must be returnee (cash) or supplier (in kind)');
    if (t.recipient === 'supplier' && !t.supplier?.trim())
      add(`tranches.${i}.supplier`, 'is required for a payment in kind');
    if (t.recipient === 'returnee' && t.supplier)
      add(`tranches.${i}.supplier`, 'a cash payment to the returnee names no supplier');
  });
  for (const b of budget) {
    const scheduled = sums.get(b.currency) ?? 0n;
    if (scheduled !== b.amountMinor) {
      add(
        'tranches',
        `the tranches in ${b.currency} add up to ${formatMajor(scheduled, b.currency)}, the plan's budget is ${formatMajor(b.amountMinor, b.currency)}`,
      );
    }
  }
  return violations;
}

/** The waiting tranches that the recorded milestones release, in schedule order. */
export function tranchesReleasedBy<T extends TrancheState>(tranches: readonly T[], milestones: readonly string[]): T[] {
  return tranches.filter((t) => t.status === 'waiting' && milestones.includes(t.milestone));
}

export type TranchePaymentDecision =
  { outcome: 'pay' } | { outcome: 'already_paid' } | { outcome: 'refused'; error: DomainError };

/**
 * Whether a tranche may be paid now with this proof. A tranche still waiting on its milestone is refused; a tranche
 * paid with the same proof reference is a retry (nothing is paid twice); with another reference, a conflict.
 */
export function decideTranchePayment(
  tranche: TrancheState,
  proof: ProofOfPayment,
  actor: Pick<Actor, 'role'>,
): TranchePaymentDecision {
  const roleRefusal = grantRoleRefusal(actor, 'pay');
  if (roleRefusal) return { outcome: 'refused', error: roleRefusal };
  const reference = proof.reference.trim();
  if (reference === '') {
    return {
      outcome: 'refused',
      error: new DomainError('proof_of_payment_required', 'A tranche is paid with a proof of payment: its reference.'),
    };
  }
  switch (tranche.status) {
    case 'waiting':
      return {
        outcome: 'refused',
        error: new DomainError(
          'tranche_waiting_on_milestone',
          `This tranche is released by the milestone "${tranche.milestone.replace(/_/g, ' ')}", which is not recorded yet.`,
        ),
      };
    case 'released':
      return { outcome: 'pay' };
    case 'paid':
      return tranche.proofReference === reference
        ? { outcome: 'already_paid' }
        : {
            outcome: 'refused',
            error: new DomainError(
              'tranche_already_paid',
              `This tranche is already paid, with the proof of payment ${tranche.proofReference ?? ''}.`,
            ),
          };
  }
}

export function grantAllocatedPostingKey(grantId: string): string {
  return `grant:${grantId}:allocated`;
}

export function trancheReleasedPostingKey(trancheId: string): string {
  return `grant-tranche:${trancheId}:released`;
}

export function tranchePaidPostingKey(trancheId: string): string {
  return `grant-tranche:${trancheId}:paid`;
}

/** The grant allocated to the case: grants-budget → grant-allocated, one pair of lines per currency, one posting. */
export function grantAllocatedPosting(input: {
  caseId: string;
  grantId: string;
  budget: readonly GrantAmount[];
}): Posting {
  const lines: PostingLine[] = input.budget.flatMap((b) => [
    { account: GRANTS_BUDGET_ACCOUNT, amountMinor: -b.amountMinor, currency: b.currency },
    { account: caseAccount(input.caseId, 'grant-allocated'), amountMinor: b.amountMinor, currency: b.currency },
  ]);
  return {
    idempotencyKey: grantAllocatedPostingKey(input.grantId),
    caseId: input.caseId,
    description: `Reintegration grant allocated from the approved plan: ${input.budget.map((b) => `${formatMajor(b.amountMinor, b.currency)} ${b.currency}`).join(', ')}`,
    lines,
  };
}

/** A tranche released by its milestone: grant-allocated → grant-in-transit. */
export function trancheReleasedPosting(input: {
  caseId: string;
  trancheId: string;
  number: number;
  milestone: MilestoneKind;
  amountMinor: bigint;
  currency: CurrencyCode;
}): Posting {
  return movement({
    idempotencyKey: trancheReleasedPostingKey(input.trancheId),
    caseId: input.caseId,
    description: `Grant tranche ${input.number} released by ${input.milestone.replace(/_/g, ' ')}: ${formatMajor(input.amountMinor, input.currency)} ${input.currency}`,
    from: caseAccount(input.caseId, 'grant-allocated'),
    to: caseAccount(input.caseId, 'grant-in-transit'),
    amountMinor: input.amountMinor,
    currency: input.currency,
  });
}

/**
 * A tranche paid: grant-in-transit → grant-paid-out, under the tranche's own key, with the proof reference in the
 * description: a retried payment posts nothing twice, and a payment with another proof is a conflict.
 */
export function tranchePaidPosting(input: {
  caseId: string;
  trancheId: string;
  number: number;
  amountMinor: bigint;
  currency: CurrencyCode;
  recipient: TrancheRecipient;
  supplier: string | null;
  proofReference: string;
}): Posting {
  const to =
    input.recipient === 'supplier' ? `in kind to ${input.supplier ?? 'the supplier'}` : 'in cash to the returnee';
  return movement({
    idempotencyKey: tranchePaidPostingKey(input.trancheId),
    caseId: input.caseId,
    description: `Grant tranche ${input.number} paid ${to}, proof ${input.proofReference.trim()}: ${formatMajor(input.amountMinor, input.currency)} ${input.currency}`,
    from: caseAccount(input.caseId, 'grant-in-transit'),
    to: caseAccount(input.caseId, 'grant-paid-out'),
    amountMinor: input.amountMinor,
    currency: input.currency,
  });
}
