import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ledgerAccountFor, type ReconciliationRow } from '@avrr/domain';

export interface ReconciliationFilter {
  hostOffice: string;
  countryOfReturn: string | null;
  /** [from, until): the period's first instant and the instant after its last day. */
  from: Date;
  until: Date;
}

interface ItemRow {
  case_reference: string;
  case_id: string;
  item: 'asset_transfer' | 'grant_tranche';
  item_id: string;
  tranche_number: number | null;
  status: string;
  currency: string;
  amount: string;
  recipient: string;
  reference: string | null;
  created_at: Date;
  settled_at: Date | null;
  ledger_amount: string;
}

/**
 * The rows of a reconciliation export, read in pages of cases. Each item carries what the ledger holds for it: the
 * line of its own posting (found by its idempotency key) on the account its status should have reached.
 */
@Injectable()
export class ReconciliationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The programme's cases with a transfer or a tranche created in the period, in id order. */
  async caseIds(filter: ReconciliationFilter): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT c.id FROM return_case c
        WHERE c.host_office = $1 AND ($2::text IS NULL OR c.country_of_return = $2)
          AND (EXISTS (SELECT 1 FROM asset_transfer t WHERE t.case_id = c.id AND t.created_at >= $3 AND t.created_at < $4)
            OR EXISTS (SELECT 1 FROM grant_tranche g WHERE g.case_id = c.id AND g.created_at >= $3 AND g.created_at < $4))
        ORDER BY c.id`,
      [filter.hostOffice, filter.countryOfReturn, filter.from, filter.until],
    );
    return rows.map((r) => r.id);
  }

  async rows(caseIds: string[], filter: ReconciliationFilter): Promise<ReconciliationRow[]> {
    const rows: ItemRow[] = await this.dataSource.query(
      `SELECT c.reference AS case_reference, t.case_id, 'asset_transfer' AS item, t.id AS item_id, NULL::int AS tranche_number,
              t.status, t.currency, t.amount_minor::text AS amount, t.destination_kind AS recipient, t.provider_reference AS reference,
              t.created_at, p.created_at AS settled_at,
              COALESCE((SELECT sum(l.amount_minor) FROM ledger_line l
                         WHERE l.posting_id = p.id AND l.account = 'case:' || t.case_id || ':assets-paid-out'), 0)::text AS ledger_amount
         FROM asset_transfer t
         JOIN return_case c ON c.id = t.case_id
         LEFT JOIN ledger_posting p ON p.idempotency_key = 'asset-transfer:' || t.idempotency_key
        WHERE t.case_id = ANY($1::uuid[]) AND t.created_at >= $2 AND t.created_at < $3
       UNION ALL
       SELECT c.reference, g.case_id, 'grant_tranche', g.id, g.number, g.status, g.currency, g.amount_minor::text,
              g.recipient, g.proof_reference, g.created_at, p.created_at,
              COALESCE((SELECT sum(l.amount_minor) FROM ledger_line l
                         WHERE l.posting_id = p.id
                           AND l.account = 'case:' || g.case_id || CASE g.status WHEN 'paid' THEN ':grant-paid-out' ELSE ':grant-in-transit' END), 0)::text
         FROM grant_tranche g
         JOIN return_case c ON c.id = g.case_id
         LEFT JOIN ledger_posting p
                ON p.idempotency_key = 'grant-tranche:' || g.id || CASE g.status WHEN 'paid' THEN ':paid' WHEN 'released' THEN ':released' ELSE ':none' END
        WHERE g.case_id = ANY($1::uuid[]) AND g.created_at >= $2 AND g.created_at < $3
        ORDER BY case_id, item, created_at, item_id`,
      [caseIds, filter.from, filter.until],
    );
    return rows.map((r) => ({
      caseReference: r.case_reference,
      caseId: r.case_id,
      item: r.item,
      itemId: r.item_id,
      trancheNumber: r.tranche_number,
      status: r.status,
      currency: r.currency,
      amountMinor: BigInt(r.amount),
      recipient: r.recipient,
      reference: r.reference,
      createdAt: r.created_at.toISOString(),
      settledAt: r.settled_at?.toISOString() ?? null,
      ledgerAccount: ledgerAccountFor(r.item, r.status),
      ledgerAmountMinor: BigInt(r.ledger_amount),
    }));
  }
}
