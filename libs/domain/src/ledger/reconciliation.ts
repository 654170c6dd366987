import { formatMajor, isCurrencyCode } from './money';

/**
 * The reconciliation export of a programme (a host office, optionally one country of return) for a period: every
 * transfer instruction and grant tranche created in the period, with its status, amount and what the ledger holds
 * for it, then the totals by item, status and currency beside the ledger's sums. A line ties when the two agree.
 *
 * What the ledger holds for an item: a confirmed transfer, the line into assets-paid-out of its confirmation posting;
 * a released tranche, the line into grant-in-transit of its release; a paid tranche, the line into grant-paid-out of
 * its payment. Any other status has posted nothing that stays with the item, so it ties at zero.
 */
export interface ReconciliationRow {
  caseReference: string;
  caseId: string;
  item: 'asset_transfer' | 'grant_tranche';
  itemId: string;
  trancheNumber: number | null;
  status: string;
  currency: string;
  amountMinor: bigint;
  /** Destination kind of a transfer, recipient of a tranche. */
  recipient: string;
  /** The provider reference of a transfer, the proof of payment of a tranche. */
  reference: string | null;
  createdAt: string;
  /** When its money posting was recorded, for a confirmed transfer or a released or paid tranche. */
  settledAt: string | null;
  ledgerAccount: string | null;
  /** What the ledger holds for the item on `ledgerAccount` (0 when nothing is expected). */
  ledgerAmountMinor: bigint;
}

export interface ReconciliationTotal {
  item: ReconciliationRow['item'];
  status: string;
  currency: string;
  count: number;
  amountMinor: bigint;
  /** The account the status ties to (by name, e.g. assets-paid-out), or null when nothing is posted for it. */
  ledgerAccount: string | null;
  ledgerAmountMinor: bigint;
  ties: boolean;
}

/** The account a status should have reached in the ledger, or null when nothing stays posted for it. */
export function ledgerAccountFor(item: ReconciliationRow['item'], status: string): string | null {
  if (item === 'asset_transfer') return status === 'confirmed' ? 'assets-paid-out' : null;
  if (status === 'released') return 'grant-in-transit';
  if (status === 'paid') return 'grant-paid-out';
  return null;
}

/** Totals by item, status and currency, each with the ledger's sum for the same rows; sorted. */
export function reconciliationTotals(rows: Iterable<ReconciliationRow>): ReconciliationTotal[] {
  const totals = new Map<string, ReconciliationTotal>();
  for (const row of rows) {
    const key = `${row.item}\u0000${row.status}\u0000${row.currency}`;
    let total = totals.get(key);
    if (!total) {
      total = {
        item: row.item,
        status: row.status,
        currency: row.currency,
        count: 0,
        amountMinor: 0n,
        ledgerAccount: ledgerAccountFor(row.item, row.status),
        ledgerAmountMinor: 0n,
        ties: true,
      };
      totals.set(key, total);
    }
    total.count += 1;
    total.amountMinor += row.amountMinor;
    total.ledgerAmountMinor += row.ledgerAmountMinor;
  }
  for (const t of totals.values())
    t.ties = t.ledgerAccount === null ? t.ledgerAmountMinor === 0n : t.ledgerAmountMinor === t.amountMinor;
  return [...totals.values()].sort(
    (a, b) => cmp(a.item, b.item) || cmp(a.status, b.status) || cmp(a.currency, b.currency),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const RECONCILIATION_CSV_HEADER = [
  'record',
  'case_reference',
  'case_id',
  'item',
  'item_id',
  'tranche_number',
  'status',
  'currency',
  'count',
  'amount_minor',
  'amount',
  'recipient',
  'reference',
  'created_at',
  'settled_at',
  'ledger_account',
  'ledger_amount_minor',
  'ties',
] as const;

/** One CSV line (RFC 4180): fields with a comma, quote or line break are quoted, quotes doubled; formulas defused. */
export function csvLine(fields: ReadonlyArray<string | number | null>): string {
  return (
    fields
      .map((value) => {
        let text = value === null ? '' : String(value);
        // A spreadsheet would run a cell starting with = + - @ as a formula; amounts are the only numbers allowed to lead with -.
        if (/^[=+@\t\r]/.test(text) || (/^-/.test(text) && !/^-\d+(\.\d+)?$/.test(text))) text = `'${text}`;
        return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
      })
      .join(',') + '\r\n'
  );
}

const major = (amount: bigint, currency: string) =>
  isCurrencyCode(currency) ? formatMajor(amount, currency) : amount.toString();

export function csvItemLine(r: ReconciliationRow): string {
  const ties = r.ledgerAccount === null ? r.ledgerAmountMinor === 0n : r.ledgerAmountMinor === r.amountMinor;
  return csvLine([
    'item',
    r.caseReference,
    r.caseId,
    r.item,
    r.itemId,
    r.trancheNumber,
    r.status,
    r.currency,
    1,
    r.amountMinor.toString(),
    major(r.amountMinor, r.currency),
    r.recipient,
    r.reference,
    r.createdAt,
    r.settledAt,
    r.ledgerAccount,
    r.ledgerAmountMinor.toString(),
    ties ? 'yes' : 'no',
  ]);
}

export function csvTotalLine(t: ReconciliationTotal): string {
  return csvLine([
    'total',
    null,
    null,
    t.item,
    null,
    null,
    t.status,
    t.currency,
    t.count,
    t.amountMinor.toString(),
    major(t.amountMinor, t.currency),
    null,
    null,
    null,
    null,
    t.ledgerAccount,
    t.ledgerAmountMinor.toString(),
    t.ties ? 'yes' : 'no',
  ]);
}
