import { DomainError } from '../errors/domain-error';
import { caseAccount, FX_CONVERSION_ACCOUNT, GRANTS_BUDGET_ACCOUNT, parseAccount, programmeAccount } from './accounts';
import { assertValidPosting, conversionPosting, movement, Posting, samePosting, validatePosting } from './posting';

const CASE = '3f2a9c1e-8b7d-4e6f-a5c4-0123456789ab';
const OTHER_CASE = '00000000-0000-4000-8000-000000000001';
const assets = caseAccount(CASE, 'returnee-assets');
const sources = caseAccount(CASE, 'asset-sources');
const inTransit = caseAccount(CASE, 'assets-in-transit');

function wages(overrides: Partial<Posting> = {}): Posting {
  return {
    idempotencyKey: 'wages-recovered-1',
    caseId: CASE,
    description: 'Wages owed by Bâtiments Durand, March and April',
    lines: [
      { account: sources, amountMinor: -245000n, currency: 'EUR' },
      { account: assets, amountMinor: 245000n, currency: 'EUR' },
    ],
    ...overrides,
  };
}

describe('the chart of accounts', () => {
  it('names case accounts by the case id and programme accounts by name', () => {
    expect(caseAccount(CASE, 'returnee-assets')).toBe(`case:${CASE}:returnee-assets`);
    expect(programmeAccount('grants-budget')).toBe(GRANTS_BUDGET_ACCOUNT);
    expect(programmeAccount('fx-conversion')).toBe('programme:fx-conversion');
  });

  it('reads an account back into its parts', () => {
    expect(parseAccount(`case:${CASE}:grant-in-transit`)).toEqual({
      scope: 'case',
      caseId: CASE,
      name: 'grant-in-transit',
    });
    expect(parseAccount('programme:grants-budget')).toEqual({ scope: 'programme', name: 'grants-budget' });
  });

  it.each([
    `case:${CASE}:savings`,
    `case:${CASE.toUpperCase()}:returnee-assets`,
    'case:RC-2026-000123:returnee-assets',
    `case:${CASE}:returnee-assets:extra`,
    'programme:returnee-assets',
    'programme:grants-budget:2026',
    'cash',
    '',
  ])('refuses %p', (account) => {
    expect(parseAccount(account)).toBeNull();
  });

  it('refuses to name an account after something that is not a case id', () => {
    expect(() => caseAccount('RC-2026-000123', 'returnee-assets')).toThrow(RangeError);
  });
});

describe('validatePosting', () => {
  it('accepts a balanced two-line posting', () => {
    expect(validatePosting(wages())).toEqual([]);
    expect(() => assertValidPosting(wages())).not.toThrow();
  });

  it('accepts a posting in two currencies when each balances on its own', () => {
    const posting = wages({
      lines: [
        { account: sources, amountMinor: -245000n, currency: 'EUR' },
        { account: assets, amountMinor: 245000n, currency: 'EUR' },
        { account: sources, amountMinor: -150000n, currency: 'XOF' },
        { account: assets, amountMinor: 100000n, currency: 'XOF' },
        { account: inTransit, amountMinor: 50000n, currency: 'XOF' },
      ],
    });
    expect(validatePosting(posting)).toEqual([]);
  });

  it('refuses a posting whose lines do not sum to zero', () => {
    const posting = wages({
      lines: [
        { account: sources, amountMinor: -245000n, currency: 'EUR' },
        { account: assets, amountMinor: 245001n, currency: 'EUR' },
      ],
    });
    expect(validatePosting(posting)).toEqual([
      { field: 'lines', reason: 'the lines in EUR sum to 1 minor units, not zero' },
    ]);
  });

  it('balances per currency: 100 EUR out and 100 XOF in is not a balanced posting', () => {
    const posting = wages({
      lines: [
        { account: sources, amountMinor: -100n, currency: 'EUR' },
        { account: assets, amountMinor: 100n, currency: 'XOF' },
      ],
    });
    expect(validatePosting(posting)).toEqual([
      { field: 'lines', reason: 'the lines in EUR sum to -100 minor units, not zero' },
      { field: 'lines', reason: 'the lines in XOF sum to 100 minor units, not zero' },
    ]);
  });

  it('refuses a posting of fewer than two lines', () => {
    expect(validatePosting(wages({ lines: [] }))).toEqual([
      { field: 'lines', reason: 'a posting has at least two lines' },
    ]);
    const one = validatePosting(wages({ lines: [{ account: assets, amountMinor: 5n, currency: 'EUR' }] }));
    expect(one.map((v) => v.field)).toEqual(['lines', 'lines']);
  });

  it('refuses zero lines, floats and unknown currencies, naming each line', () => {
    const posting = wages({
      lines: [
        { account: sources, amountMinor: 0n, currency: 'EUR' },
        { account: assets, amountMinor: 12.5 as unknown as bigint, currency: 'EUR' },
        { account: assets, amountMinor: 10n, currency: 'eur' },
        { account: sources, amountMinor: -10n, currency: 'XXX' },
        { account: assets, amountMinor: 2n ** 63n, currency: 'USD' },
        { account: sources, amountMinor: -(2n ** 63n), currency: 'USD' },
      ],
    });
    expect(validatePosting(posting)).toEqual([
      { field: 'lines.0.amountMinor', reason: 'cannot be zero' },
      { field: 'lines.1.amountMinor', reason: 'must be an integer number of minor units (a bigint), never a float' },
      { field: 'lines.2.currency', reason: '"eur" is not a currency the programme uses' },
      { field: 'lines.3.currency', reason: '"XXX" is not a currency the programme uses' },
      { field: 'lines.4.amountMinor', reason: 'is beyond the range of a 64-bit integer' },
    ]);
  });

  it("refuses unknown accounts and another case's accounts", () => {
    const posting = wages({
      lines: [
        { account: 'cash', amountMinor: -1n, currency: 'EUR' },
        { account: caseAccount(OTHER_CASE, 'returnee-assets'), amountMinor: 1n, currency: 'EUR' },
      ],
    });
    expect(validatePosting(posting)).toEqual([
      { field: 'lines.0.account', reason: '"cash" is not an account of the chart of accounts' },
      { field: 'lines.1.account', reason: "an account of another case cannot appear in this case's posting" },
    ]);
  });

  it('requires a key, a case id and a description', () => {
    const posting = wages({ idempotencyKey: ' ', caseId: 'RC-2026-000123', description: '', lines: [] });
    expect(validatePosting(posting).map((v) => v.field)).toEqual(['idempotencyKey', 'caseId', 'description', 'lines']);
    expect(validatePosting(wages({ idempotencyKey: 'k'.repeat(201) }))[0].field).toBe('idempotencyKey');
  });

  it('throws a DomainError listing the violations', () => {
    const posting = wages({ lines: [] });
    expect(() => assertValidPosting(posting)).toThrow(DomainError);
    try {
      assertValidPosting(posting);
    } catch (error) {
      expect(error).toMatchObject({
        code: 'ledger_posting_invalid',
        details: { violations: [{ field: 'lines', reason: 'a posting has at least two lines' }] },
      });
    }
  });
});

describe('conversions', () => {
  const toXof = () =>
    conversionPosting({
      idempotencyKey: 'convert-1',
      caseId: CASE,
      description: 'Savings converted for transfer to Dakar',
      from: assets,
      to: assets,
      amountMinor: 10000n,
      fromCurrency: 'EUR',
      toCurrency: 'XOF',
      rate: '655.957',
      source: 'BCEAO fixed parity',
    });

  it('builds two legs through the clearing account with the rate and its source', () => {
    const posting = toXof();
    expect(posting.lines).toEqual([
      { account: assets, amountMinor: -10000n, currency: 'EUR' },
      { account: FX_CONVERSION_ACCOUNT, amountMinor: 10000n, currency: 'EUR' },
      { account: FX_CONVERSION_ACCOUNT, amountMinor: -65596n, currency: 'XOF' },
      { account: assets, amountMinor: 65596n, currency: 'XOF' },
    ]);
    expect(posting.conversion).toEqual({ from: 'EUR', to: 'XOF', rate: '655.957', source: 'BCEAO fixed parity' });
    expect(validatePosting(posting)).toEqual([]);
  });

  it('refuses legs that do not match the recorded rate', () => {
    const posting = toXof();
    const lines = posting.lines.map((l) =>
      l.currency === 'XOF' ? { ...l, amountMinor: l.amountMinor > 0n ? 65600n : -65600n } : l,
    );
    expect(validatePosting({ ...posting, lines })).toEqual([
      { field: 'conversion', reason: '10000 EUR at 655.957 is 65596 XOF minor units, not 65600' },
    ]);
  });

  it('refuses the clearing account without a rate, and a rate that is a float or has no source', () => {
    const posting = toXof();
    expect(validatePosting({ ...posting, conversion: null })).toEqual([
      { field: 'conversion', reason: 'a posting that uses programme:fx-conversion must record its rate and source' },
    ]);
    const bad = validatePosting({ ...posting, conversion: { from: 'EUR', to: 'XOF', rate: '6.55957e2', source: ' ' } });
    expect(bad.map((v) => v.field)).toEqual(['conversion.rate', 'conversion.source']);
  });

  it('refuses a conversion whose clearing legs run the wrong way', () => {
    const posting = toXof();
    const reversed = posting.lines.map((l) => ({ ...l, amountMinor: -l.amountMinor }));
    expect(validatePosting({ ...posting, lines: reversed })).toEqual([
      { field: 'conversion', reason: 'programme:fx-conversion must receive the amount in EUR' },
      { field: 'conversion', reason: 'programme:fx-conversion must give out the amount in XOF' },
    ]);
  });

  it('refuses a conversion to the same currency', () => {
    const posting = toXof();
    expect(validatePosting({ ...posting, conversion: { ...posting.conversion!, to: 'EUR' } })).toContainEqual({
      field: 'conversion.to',
      reason: 'a conversion goes from one currency to another',
    });
  });
});

describe('samePosting', () => {
  it('is the same movement whatever the order of the lines', () => {
    const posting = wages();
    expect(samePosting(posting, { ...posting, lines: [...posting.lines].reverse() })).toBe(true);
  });

  it('tells apart another amount, account, description or case', () => {
    const posting = wages();
    const [out, into] = posting.lines;
    expect(
      samePosting(posting, {
        ...posting,
        lines: [
          { ...out, amountMinor: -1n },
          { ...into, amountMinor: 1n },
        ],
      }),
    ).toBe(false);
    expect(samePosting(posting, { ...posting, lines: [out, { ...into, account: inTransit }] })).toBe(false);
    expect(samePosting(posting, { ...posting, description: 'Other' })).toBe(false);
    expect(samePosting(posting, { ...posting, caseId: OTHER_CASE })).toBe(false);
    expect(samePosting(posting, { ...posting, lines: [...posting.lines, out] })).toBe(false);
  });

  it('compares rates as numbers but sources as written', () => {
    const posting = conversionPosting({
      idempotencyKey: 'c',
      caseId: CASE,
      description: 'd',
      from: assets,
      to: assets,
      amountMinor: 200n,
      fromCurrency: 'EUR',
      toCurrency: 'USD',
      rate: '1.5',
      source: 'ECB',
    });
    expect(samePosting(posting, { ...posting, conversion: { ...posting.conversion!, rate: '1.50' } })).toBe(true);
    expect(samePosting(posting, { ...posting, conversion: { ...posting.conversion!, source: 'ECB 2026-05-14' } })).toBe(
      false,
    );
    expect(samePosting(posting, { ...posting, conversion: null })).toBe(false);
  });
});

describe('movement', () => {
  it('takes the amount out of one account and into the other', () => {
    expect(
      movement({
        idempotencyKey: 'grant-allocated',
        caseId: CASE,
        description: 'Grant allocated by the approved plan',
        from: GRANTS_BUDGET_ACCOUNT,
        to: caseAccount(CASE, 'grant-allocated'),
        amountMinor: 150000000n,
        currency: 'GNF',
      }).lines,
    ).toEqual([
      { account: GRANTS_BUDGET_ACCOUNT, amountMinor: -150000000n, currency: 'GNF' },
      { account: caseAccount(CASE, 'grant-allocated'), amountMinor: 150000000n, currency: 'GNF' },
    ]);
  });
});
