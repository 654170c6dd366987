import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CaseScope } from '../cases/case-scope';

export interface ViewFilter {
  countryOfReturn?: string;
  hostOffice?: string;
}

/**
 * Aggregates for partner and programme dashboards, computed from the read model by SQL. Every query takes the
 * caller's scope, like the case repository.
 */
@Injectable()
export class ProgrammeViewsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async casesByStage(scope: CaseScope, filter: ViewFilter): Promise<Array<{ stage: string; cases: number }>> {
    const { where, params } = caseConditions(scope, filter);
    const rows: Array<{ stage: string; cases: string }> = await this.dataSource.query(
      `SELECT stage, count(*) AS cases FROM return_case c WHERE ${where} GROUP BY stage ORDER BY stage`,
      params,
    );
    return rows.map((r) => ({ stage: r.stage, cases: Number(r.cases) }));
  }

  /** Open cases by stage: how long they have been there, in days (median and 90th percentile). */
  async timeInStage(
    scope: CaseScope,
    filter: ViewFilter,
    now: Date,
  ): Promise<Array<{ stage: string; cases: number; medianDays: number; p90Days: number }>> {
    const { where, params } = caseConditions(scope, filter);
    const at = params.length + 1;
    const rows: Array<{ stage: string; cases: string; median: string; p90: string }> = await this.dataSource.query(
      `SELECT stage, count(*) AS cases,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS median,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY days) AS p90
         FROM (SELECT stage, EXTRACT(EPOCH FROM ($${at}::timestamptz - COALESCE(stage_entered_at, created_at))) / 86400 AS days
                 FROM return_case c WHERE ${where} AND stage <> 'closed') s
        GROUP BY stage ORDER BY stage`,
      [...params, now],
    );
    return rows.map((r) => ({ stage: r.stage, cases: Number(r.cases), medianDays: round1(r.median), p90Days: round1(r.p90) }));
  }

  /** Cases after arrival whose next deadline (the plan or a follow-up visit) has passed, most overdue first. */
  async overdueFollowUps(
    scope: CaseScope,
    filter: ViewFilter,
    now: Date,
  ): Promise<Array<{ caseId: string; reference: string; countryOfReturn: string; waitingFor: string | null; dueAt: Date; daysOverdue: number }>> {
    const { where, params } = caseConditions(scope, filter);
    const at = params.length + 1;
    const rows: Array<{ id: string; reference: string; country_of_return: string; waiting_for: string | null; due_at: Date; days: string }> =
      await this.dataSource.query(
        `SELECT id, reference, country_of_return, waiting_for, due_at,
                EXTRACT(EPOCH FROM ($${at}::timestamptz - due_at)) / 86400 AS days
           FROM return_case c
          WHERE ${where} AND stage IN ('reintegration', 'monitoring') AND due_at < $${at}
          ORDER BY due_at, id
          LIMIT 500`,
        [...params, now],
      );
    return rows.map((r) => ({
      caseId: r.id,
      reference: r.reference,
      countryOfReturn: r.country_of_return,
      waitingFor: r.waiting_for,
      dueAt: r.due_at,
      daysOverdue: round1(r.days),
    }));
  }
}

function round1(value: string | number | null): number {
  return value === null ? 0 : Math.round(Number(value) * 10) / 10;
}

/** The scope and filters as SQL on `return_case c`, with numbered parameters. */
export function caseConditions(scope: CaseScope, filter: ViewFilter): { where: string; params: unknown[] } {
  const clauses: string[] = ['TRUE'];
  const params: unknown[] = [];
  const add = (sql: (n: number) => string, value: unknown) => {
    params.push(value);
    clauses.push(sql(params.length));
  };
  if (scope.offices) add((n) => `c.host_office = ANY($${n})`, [...scope.offices]);
  if (scope.countriesOfReturn) add((n) => `c.country_of_return = ANY($${n})`, [...scope.countriesOfReturn]);
  if (filter.countryOfReturn) add((n) => `c.country_of_return = $${n}`, filter.countryOfReturn);
  if (filter.hostOffice) add((n) => `c.host_office = $${n}`, filter.hostOffice);
  return { where: clauses.join(' AND '), params };
}
