import { FieldViolation } from '../errors/domain-error';
import { Posting, samePosting, validatePosting } from './posting';

/** What is in one account in one currency: the sum of every line on it. Derived, never stored. */
export interface Balance {
  account: string;
  currency: string;
  balanceMinor: bigint;
}

/**
 * The balances the postings add up to, one per account and currency that any line touched (a balance back at
 * zero is kept: the account was used). Ordered by account, then currency, by code unit (SQL: COLLATE "C").
 */
export function balances(postings: Iterable<Posting>): Balance[] {
  const sums = new Map<string, Balance>();
  for (const posting of postings) {
    for (const line of posting.lines) {
      const key = `${line.account}\u0000${line.currency}`;
      const found = sums.get(key);
      if (found) found.balanceMinor += line.amountMinor;
      else sums.set(key, { account: line.account, currency: line.currency, balanceMinor: line.amountMinor });
    }
  }
  return [...sums.values()].sort((a, b) => compare(a.account, b.account) || compare(a.currency, b.currency));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The ledger as a pure value: the postings in the order they were recorded, and the index of their keys.
 * This is the reference semantics the PostgreSQL ledger (`LedgerRepository`) implements, and what the property
 * tests run against.
 */
export interface Ledger {
  readonly postings: readonly Posting[];
  readonly byKey: ReadonlyMap<string, Posting>;
}

export const EMPTY_LEDGER: Ledger = { postings: [], byKey: new Map() };

export type RecordOutcome =
  /** Recorded: the new ledger has the posting at its end. */
  | { outcome: 'posted'; ledger: Ledger; posting: Posting }
  /** The same posting under a key already used: nothing changes; `posting` is the one recorded first. */
  | { outcome: 'replayed'; ledger: Ledger; posting: Posting }
  /** Breaks a rule, or reuses a key for another movement: nothing changes. */
  | {
      outcome: 'refused';
      ledger: Ledger;
      code: 'ledger_posting_invalid' | 'ledger_idempotency_conflict';
      violations: FieldViolation[];
    };

/** Records a posting once. The given ledger is never modified. */
export function recordPosting(ledger: Ledger, posting: Posting): RecordOutcome {
  const violations = validatePosting(posting);
  if (violations.length > 0) return { outcome: 'refused', ledger, code: 'ledger_posting_invalid', violations };
  const existing = ledger.byKey.get(posting.idempotencyKey);
  if (existing) {
    return samePosting(existing, posting)
      ? { outcome: 'replayed', ledger, posting: existing }
      : {
          outcome: 'refused',
          ledger,
          code: 'ledger_idempotency_conflict',
          violations: [{ field: 'idempotencyKey', reason: 'is already used by a different posting' }],
        };
  }
  const byKey = new Map(ledger.byKey);
  byKey.set(posting.idempotencyKey, posting);
  return { outcome: 'posted', ledger: { postings: [...ledger.postings, posting], byKey }, posting };
}
