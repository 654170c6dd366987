import fc from 'fast-check';
import { CASE_ACCOUNT_NAMES, caseAccount, GRANTS_BUDGET_ACCOUNT } from './accounts';
import { balances, EMPTY_LEDGER, Ledger, recordPosting } from './ledger';
import { CurrencyCode } from './money';
import { conversionPosting, movement, Posting, PostingLine, validatePosting } from './posting';

// The pure tier: the ledger as a value, driven by arbitrary sequences of operations, valid or not, with keys
// drawn from a small pool so that replays and conflicting reuses of a key happen all the time.

const CASES = ['3f2a9c1e-8b7d-4e6f-a5c4-0123456789ab', 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e'];
const CURRENCIES: CurrencyCode[] = ['EUR', 'XOF', 'GNF', 'NGN', 'MAD', 'USD', 'TND'];
const KEYS = ['k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8', 'k9', 'k10', 'k11', 'k12'];

const caseId = fc.constantFrom(...CASES);
const key = fc.constantFrom(...KEYS);
const currency = fc.constantFrom(...CURRENCIES);
const amount = fc.oneof(fc.bigInt({ min: 1n, max: 1_000_000n }), fc.bigInt({ min: 1n, max: 10n ** 15n }));
const accountOf = (id: string) =>
  fc.oneof(fc.constantFrom(...CASE_ACCOUNT_NAMES).map((name) => caseAccount(id, name)), fc.constant(GRANTS_BUDGET_ACCOUNT));
const rate = fc
  .tuple(fc.integer({ min: 0, max: 20_000 }), fc.option(fc.integer({ min: 0, max: 999_999 }), { nil: undefined }))
  .map(([whole, fraction]) => (fraction === undefined ? `${whole}` : `${whole}.${fraction}`));

/** A two-line movement between accounts of the case (or the budget). */
const movementOp = fc
  .record({ key, caseId })
  .chain(({ key, caseId }) =>
    fc.record({ from: accountOf(caseId), to: accountOf(caseId), amountMinor: amount, currency }).map((m) =>
      movement({ idempotencyKey: key, caseId, description: `move ${m.amountMinor}`, ...m }),
    ),
  );

/** A conversion between two currencies at an arbitrary rate (too small an amount converts to zero: refused). */
const conversionOp = fc
  .record({ key, caseId, fromCurrency: currency, toCurrency: currency, rate, amountMinor: amount })
  .chain((c) =>
    fc.record({ from: accountOf(c.caseId), to: accountOf(c.caseId) }).map(({ from, to }) => {
      try {
        return conversionPosting({ idempotencyKey: c.key, description: 'convert', source: 'test quote', from, to, ...c });
      } catch {
        return movement({ idempotencyKey: c.key, caseId: c.caseId, description: 'rate zero', from, to, amountMinor: 0n, currency: c.fromCurrency });
      }
    }),
  );

/** Many lines in several currencies, closed by one balancing line per currency (which may come out zero). */
const balancedOp = fc
  .record({ key, caseId })
  .chain(({ key, caseId }) =>
    fc
      .array(fc.record({ account: accountOf(caseId), amountMinor: fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), currency }), {
        minLength: 1,
        maxLength: 6,
      })
      .chain((lines) =>
        accountOf(caseId).map((closing): Posting => {
          const sums = new Map<string, bigint>();
          for (const l of lines) sums.set(l.currency, (sums.get(l.currency) ?? 0n) + l.amountMinor);
          const closingLines: PostingLine[] = [...sums].map(([c, s]) => ({ account: closing, amountMinor: -s, currency: c }));
          return { idempotencyKey: key, caseId, description: 'several lines', lines: [...lines, ...closingLines] };
        }),
      ),
  );

/** Anything at all: most of these do not balance. */
const arbitraryOp = fc.record({ key, caseId }).chain(({ key, caseId }) =>
  fc
    .array(fc.record({ account: accountOf(caseId), amountMinor: fc.bigInt({ min: -1000n, max: 1000n }), currency }), {
      maxLength: 4,
    })
    .map((lines): Posting => ({ idempotencyKey: key, caseId, description: 'anything', lines })),
);

const operation = fc.oneof(
  { arbitrary: movementOp, weight: 4 },
  { arbitrary: conversionOp, weight: 2 },
  { arbitrary: balancedOp, weight: 2 },
  { arbitrary: arbitraryOp, weight: 1 },
);
const operations = fc.array(operation, { maxLength: 40 });

function run(ops: Posting[]): Ledger {
  return ops.reduce((ledger, op) => recordPosting(ledger, op).ledger, EMPTY_LEDGER);
}

/** The balances computed the plainest possible way, independently of `balances`. */
function naiveBalances(postings: readonly Posting[]): Record<string, bigint> {
  const out: Record<string, bigint> = {};
  for (const p of postings) for (const l of p.lines) out[`${l.account} ${l.currency}`] = (out[`${l.account} ${l.currency}`] ?? 0n) + l.amountMinor;
  return out;
}

describe('the ledger, for any sequence of operations', () => {
  it('records only postings that balance to zero in every currency', () => {
    fc.assert(
      fc.property(operations, (ops) => {
        const ledger = run(ops);
        for (const posting of ledger.postings) {
          expect(validatePosting(posting)).toEqual([]);
          const sums = new Map<string, bigint>();
          for (const l of posting.lines) sums.set(l.currency, (sums.get(l.currency) ?? 0n) + l.amountMinor);
          for (const sum of sums.values()) expect(sum).toBe(0n);
          expect(posting.lines.length).toBeGreaterThanOrEqual(2);
        }
        // So the whole ledger balances too: per currency, every balance adds up to zero.
        const perCurrency = new Map<string, bigint>();
        for (const b of balances(ledger.postings)) perCurrency.set(b.currency, (perCurrency.get(b.currency) ?? 0n) + b.balanceMinor);
        for (const total of perCurrency.values()) expect(total).toBe(0n);
      }),
    );
  });

  it('derives balances that equal the sum of the postings, whatever the grouping', () => {
    fc.assert(
      fc.property(operations, fc.nat(), (ops, cut) => {
        const ledger = run(ops);
        const derived = balances(ledger.postings);
        const expected = naiveBalances(ledger.postings);
        expect(Object.fromEntries(derived.map((b) => [`${b.account} ${b.currency}`, b.balanceMinor]))).toEqual(expected);
        expect(new Set(derived.map((b) => `${b.account} ${b.currency}`)).size).toBe(derived.length);

        // Balances of a prefix plus balances of the rest are the balances of the whole.
        const at = ledger.postings.length === 0 ? 0 : cut % (ledger.postings.length + 1);
        const sum: Record<string, bigint> = {};
        for (const part of [ledger.postings.slice(0, at), ledger.postings.slice(at)]) {
          for (const b of balances(part)) sum[`${b.account} ${b.currency}`] = (sum[`${b.account} ${b.currency}`] ?? 0n) + b.balanceMinor;
        }
        expect(sum).toEqual(expected);
      }),
    );
  });

  it('keeps one posting per key: the first accepted one', () => {
    fc.assert(
      fc.property(operations, (ops) => {
        const ledger = run(ops);
        const keys = ledger.postings.map((p) => p.idempotencyKey);
        expect(new Set(keys).size).toBe(keys.length);
        for (const posting of ledger.postings) {
          const first = ops.find((op) => op.idempotencyKey === posting.idempotencyKey && validatePosting(op).length === 0);
          expect(posting).toBe(first);
        }
      }),
    );
  });

  it('changes nothing when any operation, accepted or refused, is replayed at any point', () => {
    fc.assert(
      fc.property(operations, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 10 }), (ops, replays) => {
        const ledger = run(ops);
        if (ops.length === 0) return;
        // Replay every posting of the final ledger: each answers "replayed" and leaves the very same ledger.
        for (const posting of ledger.postings) {
          const again = recordPosting(ledger, { ...posting, lines: [...posting.lines].reverse() });
          expect(again.outcome).toBe('replayed');
          expect(again.ledger).toBe(ledger);
        }
        // Interleave replays of earlier operations anywhere in the sequence: the final ledger is the same.
        const withReplays = [...ops];
        for (const [at, which] of replays) {
          const position = at % (withReplays.length + 1);
          const earlier = withReplays.slice(0, position);
          if (earlier.length > 0) withReplays.splice(position, 0, earlier[which % earlier.length]);
        }
        const replayed = run(withReplays);
        expect(replayed.postings).toEqual(ledger.postings);
        expect(balances(replayed.postings)).toEqual(balances(ledger.postings));
      }),
    );
  });
});
