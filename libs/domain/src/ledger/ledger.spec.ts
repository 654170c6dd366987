import { caseAccount, FX_CONVERSION_ACCOUNT, GRANTS_BUDGET_ACCOUNT } from './accounts';
import { balances, EMPTY_LEDGER, recordPosting } from './ledger';
import { conversionPosting, movement, Posting } from './posting';

const CASE = '3f2a9c1e-8b7d-4e6f-a5c4-0123456789ab';
const acc = (name: Parameters<typeof caseAccount>[1]) => caseAccount(CASE, name);

/** A household's savings and a two-tranche grant, from collection to paid out. */
function story(): Posting[] {
  return [
    movement({
      idempotencyKey: 'p1',
      caseId: CASE,
      description: 'Savings released by the bank',
      from: acc('asset-sources'),
      to: acc('returnee-assets'),
      amountMinor: 320000n,
      currency: 'EUR',
    }),
    movement({
      idempotencyKey: 'p2',
      caseId: CASE,
      description: 'Wages owed paid by the employer',
      from: acc('asset-sources'),
      to: acc('returnee-assets'),
      amountMinor: 45050n,
      currency: 'EUR',
    }),
    conversionPosting({
      idempotencyKey: 'p3',
      caseId: CASE,
      description: 'Converted for Dakar',
      from: acc('returnee-assets'),
      to: acc('returnee-assets'),
      amountMinor: 300000n,
      fromCurrency: 'EUR',
      toCurrency: 'XOF',
      rate: '655.957',
      source: 'BCEAO fixed parity',
    }),
    movement({
      idempotencyKey: 'p4',
      caseId: CASE,
      description: 'Transfer to Wave wallet initiated',
      from: acc('returnee-assets'),
      to: acc('assets-in-transit'),
      amountMinor: 1967871n,
      currency: 'XOF',
    }),
    movement({
      idempotencyKey: 'p5',
      caseId: CASE,
      description: 'Transfer confirmed, ref WV-88121',
      from: acc('assets-in-transit'),
      to: acc('assets-paid-out'),
      amountMinor: 1967871n,
      currency: 'XOF',
    }),
    movement({
      idempotencyKey: 'p6',
      caseId: CASE,
      description: 'Grant allocated by the plan',
      from: GRANTS_BUDGET_ACCOUNT,
      to: acc('grant-allocated'),
      amountMinor: 1000000n,
      currency: 'XOF',
    }),
    movement({
      idempotencyKey: 'p7',
      caseId: CASE,
      description: 'Tranche 1 released',
      from: acc('grant-allocated'),
      to: acc('grant-in-transit'),
      amountMinor: 600000n,
      currency: 'XOF',
    }),
    movement({
      idempotencyKey: 'p8',
      caseId: CASE,
      description: 'Tranche 1 confirmed',
      from: acc('grant-in-transit'),
      to: acc('grant-paid-out'),
      amountMinor: 600000n,
      currency: 'XOF',
    }),
  ];
}

describe('balances', () => {
  it('adds up the story by hand', () => {
    // 300 000 cents = 3000.00 EUR × 655.957 = 1 967 871 XOF exactly.
    expect(balances(story())).toEqual([
      { account: acc('asset-sources'), currency: 'EUR', balanceMinor: -365050n },
      { account: acc('assets-in-transit'), currency: 'XOF', balanceMinor: 0n },
      { account: acc('assets-paid-out'), currency: 'XOF', balanceMinor: 1967871n },
      { account: acc('grant-allocated'), currency: 'XOF', balanceMinor: 400000n },
      { account: acc('grant-in-transit'), currency: 'XOF', balanceMinor: 0n },
      { account: acc('grant-paid-out'), currency: 'XOF', balanceMinor: 600000n },
      // 3200.00 + 450.50 − 3000.00 = 650.50 EUR left; all the XOF was sent.
      { account: acc('returnee-assets'), currency: 'EUR', balanceMinor: 65050n },
      { account: acc('returnee-assets'), currency: 'XOF', balanceMinor: 0n },
      { account: FX_CONVERSION_ACCOUNT, currency: 'EUR', balanceMinor: 300000n },
      { account: FX_CONVERSION_ACCOUNT, currency: 'XOF', balanceMinor: -1967871n },
      { account: GRANTS_BUDGET_ACCOUNT, currency: 'XOF', balanceMinor: -1000000n },
    ]);
  });

  it('is empty for no postings', () => {
    expect(balances([])).toEqual([]);
  });

  it('never modifies the postings it reads', () => {
    const postings = story();
    const copy = structuredClone(postings);
    balances(postings);
    balances(postings);
    expect(postings).toEqual(copy);
  });
});

describe('recordPosting', () => {
  it('records postings in order', () => {
    let ledger = EMPTY_LEDGER;
    for (const posting of story()) {
      const result = recordPosting(ledger, posting);
      expect(result.outcome).toBe('posted');
      ledger = result.ledger;
    }
    expect(ledger.postings.map((p) => p.idempotencyKey)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8']);
    expect(EMPTY_LEDGER.postings).toEqual([]);
  });

  it('answers a replay with the posting recorded first and the same ledger', () => {
    const [first] = story();
    const once = recordPosting(EMPTY_LEDGER, first);
    const replay = recordPosting(once.ledger, { ...first, lines: [...first.lines].reverse() });
    expect(replay.outcome).toBe('replayed');
    expect(replay.ledger).toBe(once.ledger);
    expect(replay.outcome === 'replayed' && replay.posting).toBe(first);
  });

  it('refuses another movement under a used key, changing nothing', () => {
    const [first, second] = story();
    const once = recordPosting(EMPTY_LEDGER, first);
    const conflict = recordPosting(once.ledger, { ...second, idempotencyKey: first.idempotencyKey });
    expect(conflict).toMatchObject({ outcome: 'refused', code: 'ledger_idempotency_conflict' });
    expect(conflict.ledger).toBe(once.ledger);
  });

  it('refuses an unbalanced posting, changing nothing', () => {
    const [first] = story();
    const bad = { ...first, lines: [first.lines[0], { ...first.lines[1], amountMinor: 1n }] };
    const result = recordPosting(EMPTY_LEDGER, bad);
    expect(result).toMatchObject({ outcome: 'refused', code: 'ledger_posting_invalid' });
    expect(result.ledger).toBe(EMPTY_LEDGER);
  });
});
