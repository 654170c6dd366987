import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { assertValidPosting, Balance, Conversion, DomainError, Posting, samePosting } from '@avrr/domain';

/** A posting as the ledger holds it. */
export interface RecordedPosting extends Posting {
  id: string;
  createdAt: Date;
  conversion: Conversion | null;
}

export interface PostResult {
  posting: RecordedPosting;
  /** True when the key was already recorded with the same posting: nothing was written. */
  replayed: boolean;
}

/** One line of a case's statement, with the running balance of its account and currency up to this line. */
export interface StatementEntry {
  postingId: string;
  idempotencyKey: string;
  description: string;
  createdAt: Date;
  conversion: Conversion | null;
  account: string;
  currency: string;
  amountMinor: bigint;
  runningBalanceMinor: bigint;
}

export interface CaseStatement {
  caseId: string;
  /** Every line of every posting of the case, in the order they were recorded. */
  entries: StatementEntry[];
  /** The closing balances, the same as `balances(caseId)`. */
  balances: Balance[];
}

interface PostingRow {
  id: string;
  idempotency_key: string;
  case_id: string;
  description: string;
  conversion_from: string | null;
  conversion_to: string | null;
  conversion_rate: string | null;
  conversion_source: string | null;
  created_at: Date;
}

/**
 * The append-only, double-entry ledger in PostgreSQL (tables `ledger_posting` and `ledger_line`).
 *
 * - `post` validates with the domain rules, then writes the posting and its lines in one transaction.
 * - The idempotency key is unique in the database. The posting is inserted with ON CONFLICT DO NOTHING: a
 *   concurrent post under the same key waits for the first transaction, then finds its row, so two callers
 *   racing with one key never make two postings; the loser gets the winner's posting back, or a conflict if
 *   it was posting something else.
 * - The database backs the rules up: triggers refuse UPDATE, DELETE and TRUNCATE, lines added to a posting
 *   after its transaction, and (at commit) a posting of fewer than two lines or that does not sum to zero per
 *   currency.
 * - Balances and statements are SUMs over the lines, computed on each read; no balance is ever stored.
 */
@Injectable()
export class LedgerRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Records the posting once. Throws `DomainError` `ledger_posting_invalid` when it breaks a rule and
   * `ledger_idempotency_conflict` when its key is already used by a different posting.
   */
  /*
   * `within`: the caller's transaction, so that a caller holding row locks does not need a second connection from
   * the pool to post (two such callers could otherwise wait on each other for connections).
   */
  async post(posting: Posting, within?: EntityManager): Promise<PostResult> {
    assertValidPosting(posting);
    return within ? this.write(posting, within) : this.dataSource.transaction((em) => this.write(posting, em));
  }

  private async write(posting: Posting, em: EntityManager): Promise<PostResult> {
    const conversion = posting.conversion ?? null;
    const inserted: Array<{ id: string; created_at: Date }> = await em.query(
      `INSERT INTO ledger_posting
           (idempotency_key, case_id, description, conversion_from, conversion_to, conversion_rate, conversion_source)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (idempotency_key) DO NOTHING
         RETURNING id, created_at`,
      [
        posting.idempotencyKey,
        posting.caseId,
        posting.description,
        conversion?.from ?? null,
        conversion?.to ?? null,
        conversion?.rate ?? null,
        conversion?.source ?? null,
      ],
    );
    if (inserted.length === 0) return { posting: await this.replay(posting, em), replayed: true };

    const [{ id, created_at: createdAt }] = inserted;
    await em.query(
      `INSERT INTO ledger_line (posting_id, position, account, amount_minor, currency)
         SELECT $1, t.position, t.account, t.amount_minor, t.currency
           FROM unnest($2::smallint[], $3::varchar[], $4::bigint[], $5::char(3)[])
                AS t(position, account, amount_minor, currency)`,
      [
        id,
        posting.lines.map((_, i) => i),
        posting.lines.map((l) => l.account),
        // Amounts travel as decimal strings: exact whatever their size.
        posting.lines.map((l) => l.amountMinor.toString()),
        posting.lines.map((l) => l.currency),
      ],
    );
    return {
      posting: { ...posting, lines: posting.lines.map((l) => ({ ...l })), conversion, id: String(id), createdAt },
      replayed: false,
    };
  }

  /** The posting recorded under `key`, with its lines in their order, or null. */
  async findByIdempotencyKey(
    key: string,
    em: EntityManager = this.dataSource.manager,
  ): Promise<RecordedPosting | null> {
    const rows: PostingRow[] = await em.query(`SELECT * FROM ledger_posting WHERE idempotency_key = $1`, [key]);
    if (rows.length === 0) return null;
    const row = rows[0];
    const lines: Array<{ account: string; amount_minor: string; currency: string }> = await em.query(
      `SELECT account, amount_minor::text AS amount_minor, currency FROM ledger_line WHERE posting_id = $1 ORDER BY position`,
      [row.id],
    );
    return {
      id: String(row.id),
      idempotencyKey: row.idempotency_key,
      caseId: row.case_id,
      description: row.description,
      createdAt: row.created_at,
      conversion: conversionOf(row),
      lines: lines.map((l) => ({ account: l.account, amountMinor: BigInt(l.amount_minor), currency: l.currency })),
    };
  }

  /** What is in each account and currency the case's postings touched: SUM over their lines. */
  async balances(caseId: string, em: EntityManager = this.dataSource.manager): Promise<Balance[]> {
    const rows: Array<{ account: string; currency: string; balance: string }> = await em.query(
      `SELECT l.account, l.currency, sum(l.amount_minor)::text AS balance
         FROM ledger_line l JOIN ledger_posting p ON p.id = l.posting_id
        WHERE p.case_id = $1
        GROUP BY l.account, l.currency
        ORDER BY l.account COLLATE "C", l.currency COLLATE "C"`,
      [caseId],
    );
    return rows.map((r) => ({ account: r.account, currency: r.currency, balanceMinor: BigInt(r.balance) }));
  }

  /** Every line of the case's postings with running balances, and the closing balances, read in one snapshot. */
  async statement(caseId: string): Promise<CaseStatement> {
    return this.dataSource.transaction('REPEATABLE READ', async (em) => {
      const rows: Array<PostingRow & { account: string; currency: string; amount: string; running: string }> =
        await em.query(
          `SELECT p.id, p.idempotency_key, p.case_id, p.description, p.created_at,
                p.conversion_from, p.conversion_to, p.conversion_rate, p.conversion_source,
                l.account, l.currency, l.amount_minor::text AS amount,
                (sum(l.amount_minor) OVER (PARTITION BY l.account, l.currency ORDER BY p.id, l.position))::text AS running
           FROM ledger_line l JOIN ledger_posting p ON p.id = l.posting_id
          WHERE p.case_id = $1
          ORDER BY p.id, l.position`,
          [caseId],
        );
      const entries = rows.map((r): StatementEntry => ({
        postingId: String(r.id),
        idempotencyKey: r.idempotency_key,
        description: r.description,
        createdAt: r.created_at,
        conversion: conversionOf(r),
        account: r.account,
        currency: r.currency,
        amountMinor: BigInt(r.amount),
        runningBalanceMinor: BigInt(r.running),
      }));
      return { caseId, entries, balances: await this.balances(caseId, em) };
    });
  }

  /** The key is taken: the same posting is a replay, anything else a conflict. */
  private async replay(posting: Posting, em: EntityManager): Promise<RecordedPosting> {
    const existing = await this.findByIdempotencyKey(posting.idempotencyKey, em);
    if (!existing) throw new Error(`ledger posting "${posting.idempotencyKey}" conflicted but cannot be read`);
    if (!samePosting(existing, posting)) {
      throw new DomainError(
        'ledger_idempotency_conflict',
        `The idempotency key "${posting.idempotencyKey}" is already used by a different posting.`,
        { idempotencyKey: posting.idempotencyKey, postingId: existing.id },
      );
    }
    return existing;
  }
}

function conversionOf(row: PostingRow): Conversion | null {
  if (
    row.conversion_from === null ||
    row.conversion_to === null ||
    row.conversion_rate === null ||
    row.conversion_source === null
  ) {
    return null;
  }
  return { from: row.conversion_from, to: row.conversion_to, rate: row.conversion_rate, source: row.conversion_source };
}
