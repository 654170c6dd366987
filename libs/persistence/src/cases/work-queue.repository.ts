import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Role } from '@avrr/domain';
import { type CaseSummaryRecord, type CaseSummaryRow, SUMMARY_COLUMNS, toSummary } from './case-summary-read';
import type { CaseScope } from './case-scope';
import { caseScopeSql } from '../reintegration/case-scope-sql';

/** Keyset position in a work queue: the last item of the previous page, as PostgreSQL wrote its keys (exact). */
export interface WorkQueueCursor {
  /** `due_at` as text, or 'infinity' for an undated case (undated cases come last). */
  due: string;
  createdAt: string;
  id: string;
}

export interface WorkQueuePage {
  /** Each case as a summary (`entity` for the callers written when it was a TypeORM entity). */
  items: Array<{ entity: CaseSummaryRecord; principalName: string }>;
  next: WorkQueueCursor | null;
  counts: { total: number; overdue: number; dueSoon: number };
}

// The order of the queue and of ix_return_case_next_actor_due: earliest due first, undated last, then oldest first.
const DUE = `COALESCE(c.due_at, 'infinity'::timestamptz)`;
const TEXT = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * "My work" in SQL: the cases in scope whose `next_actor` is the caller's role, read through its index with keyset
 * paging, and the counts computed by the database, so the queue is the same whatever the number of cases.
 */
@Injectable()
export class WorkQueueRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(
    scope: CaseScope,
    role: Role,
    now: Date,
    soonMs: number,
    limit: number,
    after?: WorkQueueCursor,
  ): Promise<WorkQueuePage> {
    const params: unknown[] = [role];
    const where = [`c.next_actor = $1`, caseScopeSql(scope, 'c', params)].join(' AND ');
    const countParams = [...params, now, new Date(now.getTime() + soonMs)];
    const n = params.length;
    const counting = this.dataSource.query(
      `SELECT count(*)::int AS total,
              count(*) FILTER (WHERE c.due_at < $${n + 1})::int AS overdue,
              count(*) FILTER (WHERE c.due_at >= $${n + 1} AND c.due_at <= $${n + 2})::int AS due_soon
         FROM return_case c WHERE ${where}`,
      countParams,
    );
    const pageParams = [...params];
    let keyset = '';
    if (after) {
      pageParams.push(after.due, after.createdAt, after.id);
      keyset = ` AND (${DUE}, c.created_at, c.id) > ($${n + 1}::timestamptz, $${n + 2}::timestamptz, $${n + 3}::uuid)`;
    }
    pageParams.push(limit + 1);
    // The keys in queue order through the index alone (the subquery with its LIMIT), then each kept case's summary
    // by primary key, in one statement: the summary's columns in the scan itself would send it to the table for every
    // entry it passes over, not only for the ones it keeps.
    const rows: Array<CaseSummaryRow & { key_due: string; key_created_at: string; name: string | null }> =
      await this.dataSource.query(
        `SELECT k.due AS key_due, k.created_at AS key_created_at, k.name, ${SUMMARY_COLUMNS}
           FROM (SELECT c.id, CASE WHEN c.due_at IS NULL THEN 'infinity' ELSE ${TEXT('c.due_at')} END AS due,
                        ${TEXT('c.created_at')} AS created_at, ${DUE} AS due_order, c.created_at AS created_order,
                        (SELECT p.given_names || ' ' || p.family_name FROM case_person p
                          WHERE p.case_id = c.id AND p.position = 0) AS name
                   FROM return_case c WHERE ${where}${keyset}
                  ORDER BY ${DUE}, c.created_at, c.id LIMIT $${pageParams.length}) k
           JOIN return_case c ON c.id = k.id
          ORDER BY k.due_order, k.created_order, k.id`,
        pageParams,
      );
    const shown = rows.slice(0, limit);
    const last = shown[shown.length - 1];
    const [counts] = (await counting) as Array<{ total: number; overdue: number; due_soon: number }>;
    return {
      items: shown.map((row) => ({ entity: toSummary(row), principalName: row.name ?? '' })),
      next: rows.length > limit && last ? { due: last.key_due, createdAt: last.key_created_at, id: last.id } : null,
      counts: { total: counts.total, overdue: counts.overdue, dueSoon: counts.due_soon },
    };
  }
}
