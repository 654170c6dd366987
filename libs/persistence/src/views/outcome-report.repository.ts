import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CaseScope } from '../cases/case-scope';
import { caseConditions, type ViewFilter } from './programme-views.repository';

export const OUTCOME_PERIODS = ['month', 'quarter', 'year'] as const;
export type OutcomePeriod = (typeof OUTCOME_PERIODS)[number];

/** How a period is labelled: 2026-03, 2026-Q1, 2026. */
const PERIOD_LABEL: Record<OutcomePeriod, string> = { month: 'YYYY-MM', quarter: 'YYYY-"Q"Q', year: 'YYYY' };

export interface OutcomeFilter extends ViewFilter {
  /** First day of arrival counted, YYYY-MM-DD (UTC). */
  from?: string;
  /** Last day of arrival counted, YYYY-MM-DD (UTC), inclusive. */
  to?: string;
  /** The vulnerability flags the reader may see; the others are left out, as the case's own view leaves them out. */
  visibleFlags: readonly string[];
}

export interface OutcomeRow {
  countryOfReturn: string;
  /** The period of arrival, labelled as `PERIOD_LABEL` says. */
  period: string;
  /** A vulnerability flag, `none` for households with none, or `all` for every case of the country and period. */
  vulnerability: string;
  returned: number;
  reintegrationCompleted: number;
  surveyed: number;
  /** Full precision; null when no case of the row was surveyed. */
  meanLatestComposite: number | null;
  placements: number;
}

/**
 * The outcome report for donors: what became of the cases that returned, by country of return, period of arrival
 * and vulnerability, from the read model in the caller's scope. A case counts in the period its arrival in the
 * country of return was recorded for; it counts under `all`, and under each vulnerability flag anyone in its household
 * holds (or `none`), so the rows of one country and period add up to more than their `all` row when households hold
 * several flags.
 */
@Injectable()
export class OutcomeReportRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async outcomes(scope: CaseScope, filter: OutcomeFilter, period: OutcomePeriod): Promise<OutcomeRow[]> {
    const { where, params } = caseConditions(scope, filter);
    const clauses = [where, `c.state->'arrival'->>'arrivedAt' IS NOT NULL`];
    if (filter.from) {
      params.push(filter.from);
      clauses.push(
        `(c.state->'arrival'->>'arrivedAt')::timestamptz >= ($${params.length}::date::timestamp AT TIME ZONE 'UTC')`,
      );
    }
    if (filter.to) {
      params.push(filter.to);
      clauses.push(
        `(c.state->'arrival'->>'arrivedAt')::timestamptz < (($${params.length}::date + 1)::timestamp AT TIME ZONE 'UTC')`,
      );
    }
    params.push(period, PERIOD_LABEL[period], [...filter.visibleFlags]);
    const [unit, label, visible] = [params.length - 2, params.length - 1, params.length];
    const rows: Array<{
      country_of_return: string;
      period: string;
      vulnerability: string;
      returned: string;
      completed: string;
      surveyed: string;
      mean_latest: number | null;
      placements: string;
    }> = await this.dataSource.query(
      `WITH returned AS (
              SELECT c.id, c.country_of_return, c.outcome,
                     ARRAY(SELECT DISTINCT flag FROM unnest(c.vulnerabilities) flag
                            WHERE flag = ANY($${visible}::text[])) AS vulnerabilities,
                     date_trunc($${unit}, (c.state->'arrival'->>'arrivedAt')::timestamptz AT TIME ZONE 'UTC') AS period_start
                FROM return_case c
               WHERE ${clauses.join(' AND ')}
            ),
            latest AS (
              SELECT DISTINCT ON (s.case_id) s.case_id, s.composite_score
                FROM follow_up_survey s
                JOIN returned r ON r.id = s.case_id
               ORDER BY s.case_id, s.visit_number DESC
            ),
            placed AS (
              SELECT l.case_id, count(*) AS placements
                FROM opportunity_link l
                JOIN returned r ON r.id = l.case_id
               WHERE l.status = 'placed'
               GROUP BY l.case_id
            )
       SELECT r.country_of_return, to_char(r.period_start, $${label}) AS period, v.vulnerability,
              count(*) AS returned,
              count(*) FILTER (WHERE r.outcome = 'completed') AS completed,
              count(la.case_id) AS surveyed,
              avg(la.composite_score) AS mean_latest,
              COALESCE(sum(p.placements), 0) AS placements
         FROM returned r
        CROSS JOIN LATERAL (
              SELECT 'all' AS vulnerability
              UNION
              SELECT flag FROM unnest(r.vulnerabilities) flag
              UNION
              SELECT 'none' WHERE cardinality(r.vulnerabilities) = 0
             ) v
         LEFT JOIN latest la ON la.case_id = r.id
         LEFT JOIN placed p ON p.case_id = r.id
        GROUP BY r.country_of_return, r.period_start, v.vulnerability
        ORDER BY r.country_of_return, r.period_start, v.vulnerability <> 'all', v.vulnerability`,
      params,
    );
    return rows.map((r) => ({
      countryOfReturn: r.country_of_return.trim(),
      period: r.period,
      vulnerability: r.vulnerability,
      returned: Number(r.returned),
      reintegrationCompleted: Number(r.completed),
      surveyed: Number(r.surveyed),
      meanLatestComposite: r.mean_latest === null ? null : Number(r.mean_latest),
      placements: Number(r.placements),
    }));
  }
}
