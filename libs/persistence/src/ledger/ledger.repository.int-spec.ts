// Over 400 lines: one suite of the ledger's guarantees against the real database, sharing one set-up.
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import {
  balances,
  CASE_ACCOUNT_NAMES,
  caseAccount,
  conversionPosting,
  DomainError,
  EMPTY_LEDGER,
  FX_CONVERSION_ACCOUNT,
  GRANTS_BUDGET_ACCOUNT,
  Ledger,
  movement,
  Posting,
  recordPosting,
} from '@avrr/domain';
import { loadAppConfig } from '@avrr/config';
import { dataSourceOptions } from '../data-source-options';
import { CaseRepository } from '../cases/case.repository';
import { LedgerRepository } from './ledger.repository';
import { caseDraft, uniqueTag } from '../../../../test/support/case-draft';

jest.setTimeout(60_000);

// Cases that have postings are never deleted: the ledger refuses it (and so does the foreign key). The test
// database is created afresh for each run, and every key here carries a tag of its own.

let dataSource: DataSource;
let cases: CaseRepository;
let ledger: LedgerRepository;

beforeAll(async () => {
  dataSource = await new DataSource(dataSourceOptions(loadAppConfig())).initialize();
  cases = new CaseRepository(dataSource);
  ledger = new LedgerRepository(dataSource);
});

afterAll(async () => {
  await dataSource?.destroy();
});

async function savedCaseId(): Promise<string> {
  const draft = await caseDraft(cases);
  await cases.insert(draft);
  return draft.id;
}

async function postingCount(caseId: string): Promise<number> {
  const rows: Array<{ n: number }> = await dataSource.query(
    `SELECT count(*)::int AS n FROM ledger_posting WHERE case_id = $1`,
    [caseId],
  );
  return rows[0].n;
}

async function lineCount(caseId: string): Promise<number> {
  const rows: Array<{ n: number }> = await dataSource.query(
    `SELECT count(*)::int AS n FROM ledger_line l JOIN ledger_posting p ON p.id = l.posting_id WHERE p.case_id = $1`,
    [caseId],
  );
  return rows[0].n;
}

function wages(caseId: string, key = `wages-${uniqueTag()}`, amountMinor = 245000n): Posting {
  return movement({
    idempotencyKey: key,
    caseId,
    description: 'Wages owed by Bâtiments Durand',
    from: caseAccount(caseId, 'asset-sources'),
    to: caseAccount(caseId, 'returnee-assets'),
    amountMinor,
    currency: 'EUR',
  });
}

describe('LedgerRepository.post and balances', () => {
  it('records postings and derives the balances by SUM, as the domain does', async () => {
    const caseId = await savedCaseId();
    const acc = (name: (typeof CASE_ACCOUNT_NAMES)[number]) => caseAccount(caseId, name);
    const tag = uniqueTag();
    const postings: Posting[] = [
      wages(caseId, `${tag}-1`, 365050n),
      conversionPosting({
        idempotencyKey: `${tag}-2`,
        caseId,
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
        idempotencyKey: `${tag}-3`,
        caseId,
        description: 'Transfer initiated',
        from: acc('returnee-assets'),
        to: acc('assets-in-transit'),
        amountMinor: 1967871n,
        currency: 'XOF',
      }),
      movement({
        idempotencyKey: `${tag}-4`,
        caseId,
        description: 'Transfer confirmed, ref WV-88121',
        from: acc('assets-in-transit'),
        to: acc('assets-paid-out'),
        amountMinor: 1967871n,
        currency: 'XOF',
      }),
      movement({
        idempotencyKey: `${tag}-5`,
        caseId,
        description: 'Grant allocated',
        from: GRANTS_BUDGET_ACCOUNT,
        to: acc('grant-allocated'),
        amountMinor: 1000000n,
        currency: 'XOF',
      }),
    ];
    for (const posting of postings) {
      const result = await ledger.post(posting);
      expect(result.replayed).toBe(false);
      expect(result.posting.id).toMatch(/^\d+$/);
    }

    const found = await ledger.balances(caseId);
    expect(found).toEqual(balances(postings));
    expect(found).toEqual([
      { account: acc('asset-sources'), currency: 'EUR', balanceMinor: -365050n },
      { account: acc('assets-in-transit'), currency: 'XOF', balanceMinor: 0n },
      { account: acc('assets-paid-out'), currency: 'XOF', balanceMinor: 1967871n },
      { account: acc('grant-allocated'), currency: 'XOF', balanceMinor: 1000000n },
      { account: acc('returnee-assets'), currency: 'EUR', balanceMinor: 65050n },
      { account: acc('returnee-assets'), currency: 'XOF', balanceMinor: 0n },
      { account: FX_CONVERSION_ACCOUNT, currency: 'EUR', balanceMinor: 300000n },
      { account: FX_CONVERSION_ACCOUNT, currency: 'XOF', balanceMinor: -1967871n },
      { account: GRANTS_BUDGET_ACCOUNT, currency: 'XOF', balanceMinor: -1000000n },
    ]);

    // The posting reads back exactly as posted, the conversion's rate and source with it.
    const conversion = await ledger.findByIdempotencyKey(`${tag}-2`);
    expect(conversion).toMatchObject({
      caseId,
      description: 'Converted for Dakar',
      conversion: { from: 'EUR', to: 'XOF', rate: '655.957', source: 'BCEAO fixed parity' },
      lines: postings[1].lines,
    });
    expect(conversion!.createdAt).toBeInstanceOf(Date);
  });

  it('keeps amounts beyond 2^53 exact', async () => {
    const caseId = await savedCaseId();
    const huge = 2n ** 62n + 1n; // 4 611 686 018 427 387 905: a float would round it
    await ledger.post(wages(caseId, `huge-${uniqueTag()}`, huge));
    expect((await ledger.balances(caseId)).map((b) => b.balanceMinor)).toEqual([-huge, huge]);
  });

  it('writes a statement whose running balances close on the balances', async () => {
    const caseId = await savedCaseId();
    const tag = uniqueTag();
    const assets = caseAccount(caseId, 'returnee-assets');
    const inTransit = caseAccount(caseId, 'assets-in-transit');
    await ledger.post(wages(caseId, `${tag}-1`, 1000n));
    await ledger.post(wages(caseId, `${tag}-2`, 500n));
    await ledger.post(
      movement({
        idempotencyKey: `${tag}-3`,
        caseId,
        description: 'Sent',
        from: assets,
        to: inTransit,
        amountMinor: 1200n,
        currency: 'EUR',
      }),
    );

    const statement = await ledger.statement(caseId);
    expect(
      statement.entries.map((e) => [e.idempotencyKey, e.account.split(':')[2], e.amountMinor, e.runningBalanceMinor]),
    ).toEqual([
      [`${tag}-1`, 'asset-sources', -1000n, -1000n],
      [`${tag}-1`, 'returnee-assets', 1000n, 1000n],
      [`${tag}-2`, 'asset-sources', -500n, -1500n],
      [`${tag}-2`, 'returnee-assets', 500n, 1500n],
      [`${tag}-3`, 'returnee-assets', -1200n, 300n],
      [`${tag}-3`, 'assets-in-transit', 1200n, 1200n],
    ]);
    expect(statement.balances).toEqual(await ledger.balances(caseId));
    // The last running balance of each account is its balance: the statement ties to the ledger.
    const closing = new Map(statement.entries.map((e) => [`${e.account} ${e.currency}`, e.runningBalanceMinor]));
    expect(statement.balances.map((b) => closing.get(`${b.account} ${b.currency}`))).toEqual(
      statement.balances.map((b) => b.balanceMinor),
    );
  });

  it('gives an empty statement and no balances for a case without postings', async () => {
    const caseId = await savedCaseId();
    expect(await ledger.statement(caseId)).toEqual({ caseId, entries: [], balances: [] });
  });

  it('refuses a posting for a case that does not exist', async () => {
    await expect(ledger.post(wages('00000000-0000-4000-8000-000000000000'))).rejects.toMatchObject({ code: '23503' });
  });
});

describe('idempotency', () => {
  it('treats a replayed key as a no-op, answering with the posting recorded first', async () => {
    const caseId = await savedCaseId();
    const posting = wages(caseId);
    const first = await ledger.post(posting);
    const again = await ledger.post({ ...posting, lines: [...posting.lines].reverse() });

    expect(again.replayed).toBe(true);
    expect(again.posting.id).toBe(first.posting.id);
    expect(again.posting.lines).toEqual(posting.lines);
    expect(await postingCount(caseId)).toBe(1);
    expect(await lineCount(caseId)).toBe(2);
    expect(await ledger.balances(caseId)).toEqual(balances([posting]));
  });

  it('refuses a different posting under a used key, changing nothing', async () => {
    const caseId = await savedCaseId();
    const posting = wages(caseId);
    await ledger.post(posting);
    const other = wages(caseId, posting.idempotencyKey, 1n);

    const refusal = await ledger.post(other).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({ code: 'ledger_idempotency_conflict' });
    expect(await postingCount(caseId)).toBe(1);
    expect(await ledger.balances(caseId)).toEqual(balances([posting]));
  });

  it('makes exactly one posting of ten concurrent posts with the same key', async () => {
    const caseId = await savedCaseId();
    const posting = wages(caseId);
    const results = await Promise.all(Array.from({ length: 10 }, () => ledger.post(posting)));

    expect(new Set(results.map((r) => r.posting.id)).size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(await postingCount(caseId)).toBe(1);
    expect(await lineCount(caseId)).toBe(2);
    expect(await ledger.balances(caseId)).toEqual(balances([posting]));
  });

  it('lets one of two different concurrent postings under one key win, refusing the other', async () => {
    const caseId = await savedCaseId();
    const key = `race-${uniqueTag()}`;
    const settled = await Promise.allSettled([
      ledger.post(wages(caseId, key, 100n)),
      ledger.post(wages(caseId, key, 200n)),
    ]);

    expect(settled.filter((s) => s.status === 'fulfilled')).toHaveLength(1);
    const rejected = settled.filter((s): s is PromiseRejectedResult => s.status === 'rejected');
    expect(rejected).toHaveLength(1);
    expect(rejected[0].reason).toMatchObject({ code: 'ledger_idempotency_conflict' });
    expect(await postingCount(caseId)).toBe(1);
  });
});

describe('an unbalanced posting', () => {
  it('is refused by the domain before it reaches the database', async () => {
    const caseId = await savedCaseId();
    const posting = wages(caseId);
    const unbalanced = { ...posting, lines: [posting.lines[0], { ...posting.lines[1], amountMinor: 1n }] };

    await expect(ledger.post(unbalanced)).rejects.toMatchObject({ code: 'ledger_posting_invalid' });
    expect(await postingCount(caseId)).toBe(0);
  });

  /** Inserts a posting and its lines in one statement, bypassing the domain, as a careless script might. */
  async function rawPost(caseId: string, lines: Array<[string, string, string]>): Promise<void> {
    await dataSource.query(
      `WITH p AS (
         INSERT INTO ledger_posting (idempotency_key, case_id, description) VALUES ($1, $2, 'raw') RETURNING id
       )
       INSERT INTO ledger_line (posting_id, position, account, amount_minor, currency)
       SELECT p.id, t.ord - 1, t.account, t.amount, t.currency
         FROM p, unnest($3::varchar[], $4::bigint[], $5::char(3)[]) WITH ORDINALITY AS t(account, amount, currency, ord)`,
      [`raw-${uniqueTag()}`, caseId, lines.map((l) => l[0]), lines.map((l) => l[1]), lines.map((l) => l[2])],
    );
  }

  it('is refused by the database trigger at commit when the domain is bypassed', async () => {
    const caseId = await savedCaseId();
    const assets = caseAccount(caseId, 'returnee-assets');
    const sources = caseAccount(caseId, 'asset-sources');

    await expect(
      rawPost(caseId, [
        [sources, '-100', 'EUR'],
        [assets, '101', 'EUR'],
      ]),
    ).rejects.toMatchObject({
      code: '23514',
      message: expect.stringMatching(/does not balance: its lines in EUR sum to 1, not zero/),
    });
    // Per currency: 100 EUR out and 100 XOF in do not balance.
    await expect(
      rawPost(caseId, [
        [sources, '-100', 'EUR'],
        [assets, '100', 'XOF'],
      ]),
    ).rejects.toMatchObject({
      code: '23514',
    });
    await expect(rawPost(caseId, [[sources, '5', 'EUR']])).rejects.toMatchObject({
      code: '23514',
      message: expect.stringMatching(/has 1 line\(s\): a posting has at least two/),
    });
    await expect(rawPost(caseId, [])).rejects.toMatchObject({ code: '23514' });
    expect(await postingCount(caseId)).toBe(0);

    // The same raw path with balanced lines goes through: the trigger refuses imbalance, not raw SQL.
    await rawPost(caseId, [
      [sources, '-100', 'EUR'],
      [assets, '60', 'EUR'],
      [assets, '40', 'EUR'],
    ]);
    expect(await postingCount(caseId)).toBe(1);
  });

  it('cannot be made by adding lines to a posting already recorded, even balanced ones', async () => {
    const caseId = await savedCaseId();
    const { posting } = await ledger.post(wages(caseId));
    await expect(
      dataSource.query(
        `INSERT INTO ledger_line (posting_id, position, account, amount_minor, currency) VALUES ($1, 2, $2, 7, 'EUR'), ($1, 3, $3, -7, 'EUR')`,
        [posting.id, caseAccount(caseId, 'returnee-assets'), caseAccount(caseId, 'asset-sources')],
      ),
    ).rejects.toMatchObject({ code: '23001', message: expect.stringMatching(/is closed/) });
    expect(await lineCount(caseId)).toBe(2);
  });
});

describe('the database keeps the ledger append-only', () => {
  it('refuses UPDATE, DELETE and TRUNCATE of postings and lines', async () => {
    const caseId = await savedCaseId();
    const { posting } = await ledger.post(wages(caseId));
    const appendOnly = { code: '23001', message: expect.stringMatching(/the ledger is append-only/) };

    await expect(
      dataSource.query(`UPDATE ledger_line SET amount_minor = amount_minor * 2 WHERE posting_id = $1`, [posting.id]),
    ).rejects.toMatchObject(appendOnly);
    await expect(
      dataSource.query(`UPDATE ledger_posting SET description = 'edited' WHERE id = $1`, [posting.id]),
    ).rejects.toMatchObject(appendOnly);
    await expect(dataSource.query(`DELETE FROM ledger_line WHERE posting_id = $1`, [posting.id])).rejects.toMatchObject(
      appendOnly,
    );
    await expect(dataSource.query(`DELETE FROM ledger_posting WHERE id = $1`, [posting.id])).rejects.toMatchObject(
      appendOnly,
    );
    await expect(dataSource.query(`TRUNCATE ledger_line, ledger_posting`)).rejects.toMatchObject(appendOnly);

    expect(await ledger.findByIdempotencyKey(posting.idempotencyKey)).toMatchObject({
      description: posting.description,
      lines: posting.lines,
    });
  });

  it('refuses to delete a case that has postings', async () => {
    const caseId = await savedCaseId();
    await ledger.post(wages(caseId));
    await expect(dataSource.query(`DELETE FROM return_case WHERE id = $1`, [caseId])).rejects.toMatchObject({
      code: '23503',
    });
    expect(await postingCount(caseId)).toBe(1);
  });
});

describe('the PostgreSQL ledger against the pure model', () => {
  it('answers every operation as recordPosting does, and its SUMs equal the model balances', async () => {
    const names = fc.constantFrom(...CASE_ACCOUNT_NAMES);
    const op = fc.record({
      key: fc.integer({ min: 1, max: 6 }),
      from: names,
      to: names,
      amount: fc.oneof(fc.bigInt({ min: 0n, max: 100_000n }), fc.bigInt({ min: 1n, max: 2n ** 60n })),
      currency: fc.constantFrom('EUR' as const, 'XOF' as const, 'GNF' as const),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        const caseId = await savedCaseId();
        const tag = uniqueTag();
        let model: Ledger = EMPTY_LEDGER;
        for (const o of ops) {
          const posting = movement({
            idempotencyKey: `${tag}-${o.key}`,
            caseId,
            description: `move ${o.from} to ${o.to}`,
            from: caseAccount(caseId, o.from),
            to: caseAccount(caseId, o.to),
            amountMinor: o.amount,
            currency: o.currency,
          });
          const expected = recordPosting(model, posting);
          model = expected.ledger;
          const actual = await ledger.post(posting).then(
            (r) => (r.replayed ? 'replayed' : 'posted'),
            (e: { code?: string }) => e.code,
          );
          expect(actual).toBe(expected.outcome === 'refused' ? expected.code : expected.outcome);
        }
        expect(await ledger.balances(caseId)).toEqual(balances(model.postings));
        expect(await postingCount(caseId)).toBe(model.postings.length);
      }),
      { numRuns: 15 },
    );
  });
});
