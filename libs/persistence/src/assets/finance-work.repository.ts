import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export const FINANCE_WORK_KINDS = [
  'verify_asset',
  'initiate_transfer',
  'confirm_transfer',
  'retry_transfer',
  'pay_tranche',
] as const;
export type FinanceWorkKind = (typeof FINANCE_WORK_KINDS)[number];

/** One thing waiting on finance: what to do, on which case, the amount, and since when. */
export interface FinanceWorkItem {
  kind: FinanceWorkKind;
  /** The asset, transfer or tranche to act on. */
  itemId: string;
  caseId: string;
  caseReference: string;
  amountMinor: string;
  currency: string;
  /** When it started waiting, as PostgreSQL prints it (the keyset needs its microseconds). */
  since: string;
}

/** Keyset position in (since, item) order. */
export interface FinanceWorkCursor {
  since: string;
  itemId: string;
}

/**
 * The finance officer's queue across the programme, oldest first: assets declared and not verified, transfers
 * pending (to initiate), initiated (to confirm) or failed (to retry or cancel), grant tranches released and not paid.
 * Each branch reads its partial index (migration FinanceWorkIndexes), so the cost follows the rows waiting, not the
 * number of cases; no case content is read beyond the reference.
 */
@Injectable()
export class FinanceWorkRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(limit: number, after?: FinanceWorkCursor): Promise<FinanceWorkItem[]> {
    const params: unknown[] = [limit];
    // Each branch is cut at the cursor and the limit on its own index before the union is ordered.
    let keyset = (_since: string, _id: string) => 'TRUE';
    if (after) {
      params.push(after.since, after.itemId);
      keyset = (since, id) => `(${since}, ${id}) > ($2::timestamptz, $3::uuid)`;
    }
    const rows: Array<{
      kind: FinanceWorkKind;
      item_id: string;
      case_id: string;
      reference: string;
      amount_minor: string;
      currency: string;
      since: string;
    }> = await this.dataSource.query(
      `SELECT w.kind, w.item_id, w.case_id, c.reference, w.amount_minor, w.currency, w.since::text AS since
         FROM (
           (SELECT 'verify_asset' AS kind, a.id AS item_id, a.case_id, a.amount_minor::text, a.currency, a.created_at AS since
              FROM declared_asset a
             WHERE a.status = 'declared' AND ${keyset('a.created_at', 'a.id')}
             ORDER BY a.created_at, a.id LIMIT $1)
           UNION ALL
           (SELECT CASE t.status WHEN 'pending' THEN 'initiate_transfer' WHEN 'initiated' THEN 'confirm_transfer'
                   ELSE 'retry_transfer' END,
                   t.id, t.case_id, t.amount_minor::text, t.currency, t.updated_at
              FROM asset_transfer t
             WHERE t.status IN ('pending', 'initiated', 'failed') AND ${keyset('t.updated_at', 't.id')}
             ORDER BY t.updated_at, t.id LIMIT $1)
           UNION ALL
           (SELECT 'pay_tranche', g.id, g.case_id, g.amount_minor::text, g.currency, g.released_at
              FROM grant_tranche g
             WHERE g.status = 'released' AND ${keyset('g.released_at', 'g.id')}
             ORDER BY g.released_at, g.id LIMIT $1)
         ) w
         JOIN return_case c ON c.id = w.case_id
        ORDER BY w.since, w.item_id
        LIMIT $1`,
      params,
    );
    return rows.map((r) => ({
      kind: r.kind,
      itemId: r.item_id,
      caseId: r.case_id,
      caseReference: r.reference,
      amountMinor: r.amount_minor,
      currency: r.currency,
      since: r.since,
    }));
  }
}
