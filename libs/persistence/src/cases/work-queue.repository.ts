import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Role } from '@avrr/domain';
import { type CaseSummaryRecord, readSummaries } from './case-summary-read';
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
    const keys: Array<{ id: string; due: string; created_at: string; name: string | null }> =
      await this.dataSource.query(
        `SELECT c.id, CASE WHEN c.due_at IS NULL THEN 'infinity' ELSE ${TEXT('c.due_at')} END AS due, ${TEXT('c.created_at')} AS created_at,
              (SELECT p.given_names || ' ' || p.family_name FROM case_person p WHERE p.case_id = c.id AND p.position = 0) AS name
         FROM return_case c WHERE ${where}${keyset}
        ORDER BY ${DUE}, c.created_at, c.id LIMIT $${pageParams.length}`,
        pageParams,
      );
    const shown = keys.slice(0, limit);
    // The items as summaries (a plain read of the columns shown), apart from the keys: the keys' query reads only the
    // index, which the summary's columns would not allow.
    const summaries = await readSummaries(
      this.dataSource,
      shown.map((k) => k.id),
    );
    const byId = new Map(summaries.map((s) => [s.id, s]));
    const last = shown[shown.length - 1];
    const [counts] = (await counting) as Array<{ total: number; overdue: number; due_soon: number }>;
    return {
      // Rows read twice under concurrent changes may have left the queue in between: only those still there are shown.
      items: shown.filter((k) => byId.has(k.id)).map((k) => ({ entity: byId.get(k.id)!, principalName: k.name ?? '' })),
      next: keys.length > limit && last ? { due: last.due, createdAt: last.created_at, id: last.id } : null,
      counts: { total: counts.total, overdue: counts.overdue, dueSoon: counts.due_soon },
    };
  }
}
