import { csvItemLine, csvLine, csvTotalLine, ReconciliationRow, reconciliationTotals } from './reconciliation';

const row = (overrides: Partial<ReconciliationRow>): ReconciliationRow => ({
  caseReference: 'RC-2027-000001',
  caseId: 'c1',
  item: 'asset_transfer',
  itemId: 'i1',
  trancheNumber: null,
  status: 'confirmed',
  currency: 'XOF',
  amountMinor: 250000n,
  recipient: 'mobile_money',
  reference: 'OM-1',
  createdAt: '2027-01-01T10:00:00.000Z',
  settledAt: '2027-01-02T10:00:00.000Z',
  ledgerAccount: 'assets-paid-out',
  ledgerAmountMinor: 250000n,
  ...overrides,
});

describe('reconciliation totals', () => {
  it('add up by item, status and currency beside the ledger, and tie when both agree', () => {
    const totals = reconciliationTotals([
      row({}),
      row({ itemId: 'i2', amountMinor: 5n, ledgerAmountMinor: 5n }),
      row({ itemId: 'i3', status: 'pending', amountMinor: 100n, ledgerAccount: null, ledgerAmountMinor: 0n }),
      row({
        item: 'grant_tranche',
        itemId: 't1',
        trancheNumber: 1,
        status: 'paid',
        amountMinor: 150000n,
        ledgerAccount: 'grant-paid-out',
        ledgerAmountMinor: 150000n,
      }),
      row({
        item: 'grant_tranche',
        itemId: 't2',
        trancheNumber: 2,
        status: 'released',
        amountMinor: 7n,
        ledgerAccount: 'grant-in-transit',
        ledgerAmountMinor: 0n,
      }),
    ]);
    expect(
      totals.map((t) => [
        t.item,
        t.status,
        t.currency,
        t.count,
        t.amountMinor,
        t.ledgerAccount,
        t.ledgerAmountMinor,
        t.ties,
      ]),
    ).toEqual([
      ['asset_transfer', 'confirmed', 'XOF', 2, 250005n, 'assets-paid-out', 250005n, true],
      ['asset_transfer', 'pending', 'XOF', 1, 100n, null, 0n, true],
      ['grant_tranche', 'paid', 'XOF', 1, 150000n, 'grant-paid-out', 150000n, true],
      // Released but the ledger holds nothing for it: it does not tie.
      ['grant_tranche', 'released', 'XOF', 1, 7n, 'grant-in-transit', 0n, false],
    ]);
  });
});

describe('the CSV', () => {
  it('quotes commas and quotes, and defuses spreadsheet formulas but not negative amounts', () => {
    expect(csvLine(['Singer, "Dakar"', '=HYPERLINK("x")', '-250000', '-x', null])).toBe(
      '"Singer, ""Dakar""","\'=HYPERLINK(""x"")",-250000,\'-x,\r\n',
    );
  });

  it('writes amounts exactly, in minor and major units', () => {
    expect(csvItemLine(row({ currency: 'EUR', amountMinor: 12345n, ledgerAmountMinor: 12345n }))).toContain(
      ',12345,123.45,',
    );
    const [total] = reconciliationTotals([row({})]);
    expect(csvTotalLine(total)).toBe(
      'total,,,asset_transfer,,,confirmed,XOF,1,250000,250000,,,,,assets-paid-out,250000,yes\r\n',
    );
  });
});
