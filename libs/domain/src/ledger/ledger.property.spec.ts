import fc from 'fast-check';
import { CASE_ACCOUNT_NAMES, caseAccount, GRANTS_BUDGET_ACCOUNT } from './accounts';
import { grantAllocatedPosting, tranchePaidPosting, trancheReleasedPosting } from './grant.rules';
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
  fc.oneof(
    fc.constantFrom(...CASE_ACCOUNT_NAMES).map((name) => caseAccount(id, name)),
    fc.constant(GRANTS_BUDGET_ACCOUNT),
  );
const rate = fc
  .tuple(fc.integer({ min: 0, max: 20_000 }), fc.option(fc.integer({ min: 0, max: 999_999 }), { nil: undefined }))
  .map(([whole, fraction]) => (fraction === undefined ? `${whole}` : `${whole}.${fraction}`));

/** A two-line movement between accounts of the case (or the budget). */
const movementOp = fc
  .record({ key, caseId })
  .chain(({ key, caseId }) =>
    fc
      .record({ from: accountOf(caseId), to: accountOf(caseId), amountMinor: amount, currency })
      .map((m) => movement({ idempotencyKey: key, caseId, description: `move ${m.amountMinor}`, ...m })),
  );

/** A conversion between two currencies at an arbitrary rate (too small an amount converts to zero: refused). */
const conversionOp = fc
  .record({ key, caseId, fromCurrency: currency, toCurrency: currency, rate, amountMinor: amount })
  .chain((c) =>
    fc.record({ from: accountOf(c.caseId), to: accountOf(c.caseId) }).map(({ from, to }) => {
      try {
        return conversionPosting({
          idempotencyKey: c.key,
          description: 'convert',
          source: 'test quote',
          from,
          to,
          ...c,
        });
      } catch {
        return movement({
          idempotencyKey: c.key,
          caseId: c.caseId,
          description: 'rate zero',
          from,
          to,
          amountMinor: 0n,
          currency: c.fromCurrency,
        });
      }
    }),
  );

/** Many lines in several currencies, closed by one balancing line per currency (which may come out zero). */
const balancedOp = fc.record({ key, caseId }).chain(({ key, caseId }) =>
  fc
    .array(
      fc.record({
        account: accountOf(caseId),
        amountMinor: fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
        currency,
      }),
      {
        minLength: 1,
        maxLength: 6,
      },
    )
    .chain((lines) =>
      accountOf(caseId).map((closing): Posting => {
        const sums = new Map<string, bigint>();
        for (const l of lines) sums.set(l.currency, (sums.get(l.currency) ?? 0n) + l.amountMinor);
        const closingLines: PostingLine[] = [...sums].map(([c, s]) => ({
          account: closing,
          amountMinor: -s,
          currency: c,
        }));
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

/** The grant's own operations: an allocation in one or two currencies, a tranche released, a tranche paid. */
const grantOp = fc.oneof(
  fc
    .record({
      caseId,
      grantId: fc.constantFrom('g1', 'g2'),
      amounts: fc.uniqueArray(fc.record({ currency, amountMinor: amount }), {
        minLength: 1,
        maxLength: 2,
        selector: (a) => a.currency,
      }),
    })
    .map(({ caseId, grantId, amounts }) => grantAllocatedPosting({ caseId, grantId, budget: amounts })),
  fc
    .record({ caseId, trancheId: fc.constantFrom('t1', 't2', 't3'), amountMinor: amount, currency })
    .map((t) => trancheReleasedPosting({ ...t, number: 1, milestone: 'plan_agreed' })),
  fc
    .record({
      caseId,
      trancheId: fc.constantFrom('t1', 't2', 't3'),
      amountMinor: amount,
      currency,
      proof: fc.constantFrom('R1', 'R2'),
    })
    .map((t) =>
      tranchePaidPosting({ ...t, number: 1, recipient: 'returnee', supplier: null, proofReference: t.proof }),
    ),
);

const operation = fc.oneof(
  { arbitrary: grantOp, weight: 2 },
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
  for (const p of postings)
    for (const l of p.lines)
      out[`${l.account} ${l.currency}`] = (out[`${l.account} ${l.currency}`] ?? 0n) + l.amountMinor;
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
        for (const b of balances(ledger.postings))
          perCurrency.set(b.currency, (perCurrency.get(b.currency) ?? 0n) + b.balanceMinor);
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
        expect(Object.fromEntries(derived.map((b) => [`${b.account} ${b.currency}`, b.balanceMinor]))).toEqual(
          expected,
        );
        expect(new Set(derived.map((b) => `${b.account} ${b.currency}`)).size).toBe(derived.length);

        // Balances of a prefix plus balances of the rest are the balances of the whole.
        const at = ledger.postings.length === 0 ? 0 : cut % (ledger.postings.length + 1);
        const sum: Record<string, bigint> = {};
        for (const part of [ledger.postings.slice(0, at), ledger.postings.slice(at)]) {
          for (const b of balances(part))
            sum[`${b.account} ${b.currency}`] = (sum[`${b.account} ${b.currency}`] ?? 0n) + b.balanceMinor;
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
          const first = ops.find(
            (op) => op.idempotencyKey === posting.idempotencyKey && validatePosting(op).length === 0,
          );
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

describe('a reintegration grant, for any order of releases, payments and retries', () => {
  const CASE = CASES[0];
  const account = (name: 'grant-allocated' | 'grant-in-transit' | 'grant-paid-out') => caseAccount(CASE, name);

  // A budget in XOF split into 1 to 4 tranches; then each tranche's release and payment, in any interleaving that
  // keeps a tranche's payment after its release, with arbitrary retries of anything already done.
  const scenario = fc.array(fc.bigInt({ min: 1n, max: 10n ** 12n }), { minLength: 1, maxLength: 4 }).chain((tranches) =>
    fc
      .shuffledSubarray(
        tranches.flatMap((_, i) => [`release:${i}`, `pay:${i}`]),
        { minLength: 0, maxLength: tranches.length * 2 },
      )
      .chain((steps) => fc.tuple(fc.constant(tranches), fc.constant(steps), fc.array(fc.nat(), { maxLength: 8 }))),
  );

  it('keeps allocated + in transit + paid out equal to the budget, none negative, whatever is retried', () => {
    fc.assert(
      fc.property(scenario, ([tranches, steps, retries]) => {
        const budget = tranches.reduce((s, t) => s + t, 0n);
        const posted: Posting[] = [
          grantAllocatedPosting({ caseId: CASE, grantId: 'g', budget: [{ currency: 'XOF', amountMinor: budget }] }),
        ];
        const released = new Set<number>();
        let expectedPaidOut = 0n;
        for (const step of steps) {
          const [kind, index] = step.split(':');
          const i = Number(index);
          if (kind === 'release') {
            released.add(i);
            posted.push(
              trancheReleasedPosting({
                caseId: CASE,
                trancheId: `t${i}`,
                number: i + 1,
                milestone: 'plan_agreed',
                amountMinor: tranches[i],
                currency: 'XOF',
              }),
            );
          } else if (released.has(i)) {
            expectedPaidOut += tranches[i];
            posted.push(
              tranchePaidPosting({
                caseId: CASE,
                trancheId: `t${i}`,
                number: i + 1,
                amountMinor: tranches[i],
                currency: 'XOF',
                recipient: 'returnee',
                supplier: null,
                proofReference: `P${i}`,
              }),
            );
          }
        }
        // Retries: any posting already made, again, anywhere later.
        const withRetries = [...posted];
        for (const r of retries) withRetries.push(posted[r % posted.length]);
        const ledger = run(withRetries);
        expect(ledger.postings).toEqual(run(posted).postings);

        const of = (name: Parameters<typeof account>[0]) =>
          balances(ledger.postings).find((b) => b.account === account(name) && b.currency === 'XOF')?.balanceMinor ??
          0n;
        const allocated = of('grant-allocated');
        const inTransit = of('grant-in-transit');
        const paidOut = of('grant-paid-out');
        expect(allocated + inTransit + paidOut).toBe(budget);
        for (const b of [allocated, inTransit, paidOut]) expect(b >= 0n).toBe(true);
        expect(paidOut).toBe(expectedPaidOut);
      }),
    );
  });
});
