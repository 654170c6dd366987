import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CASE_STAGES } from '@avrr/domain';
import type { CaseScope } from '../cases/case-scope';
import { caseScopeSql } from '../reintegration/case-scope-sql';

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

  /**
   * Open cases by stage: how long they have been there, in days (median and 90th percentile). One aggregate per open
   * stage, each read from ix_return_case_office_stage (office and stage, with both dates) alone: grouping the whole
   * scope at once sorted every case in it by stage first, which spilled to disk at a million rows. Stages without a
   * case are left out, as a GROUP BY would.
   */
  async timeInStage(
    scope: CaseScope,
    filter: ViewFilter,
    now: Date,
  ): Promise<Array<{ stage: string; cases: number; medianDays: number; p90Days: number }>> {
    const { where, params } = caseConditions(scope, filter);
    const at = params.length + 1;
    const stages = params.length + 2;
    const rows: Array<{ stage: string; cases: string; median: string; p90: string }> = await this.dataSource.query(
      `SELECT s.stage, x.cases, x.median, x.p90
         FROM unnest($${stages}::text[]) AS s(stage)
        CROSS JOIN LATERAL (
              SELECT count(*) AS cases,
                     percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS median,
                     percentile_cont(0.9) WITHIN GROUP (ORDER BY days) AS p90
                FROM (SELECT EXTRACT(EPOCH FROM ($${at}::timestamptz - COALESCE(stage_entered_at, created_at))) / 86400 AS days
                        FROM return_case c WHERE ${where} AND c.stage = s.stage) d
             ) x
        WHERE x.cases > 0
        ORDER BY s.stage`,
      [...params, now, OPEN_STAGES],
    );
    return rows.map((r) => ({
      stage: r.stage,
      cases: Number(r.cases),
      medianDays: round1(r.median),
      p90Days: round1(r.p90),
    }));
  }

  /** Cases after arrival whose next deadline (the plan or a follow-up visit) has passed, most overdue first. */
  async overdueFollowUps(
    scope: CaseScope,
    filter: ViewFilter,
    now: Date,
  ): Promise<
    Array<{
      caseId: string;
      reference: string;
      countryOfReturn: string;
      waitingFor: string | null;
      dueAt: Date;
      daysOverdue: number;
    }>
  > {
    const { where, params } = caseConditions(scope, filter);
    const at = params.length + 1;
    const rows: Array<{
      id: string;
      reference: string;
      country_of_return: string;
      waiting_for: string | null;
      due_at: Date;
      days: string;
    }> = await this.dataSource.query(
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

  /**
   * Links between returnees and opportunities, by the opportunity's type: how many ended in a placement, how many
   * were declined and how many are still open (proposed, referred or interview). Every type is listed, in a fixed
   * order, with zeros when it has no links. Links count one each (a person linked to two jobs counts twice), and
   * links to withdrawn opportunities still count: the placement happened.
   */
  async placementsByType(
    scope: CaseScope,
    filter: ViewFilter,
  ): Promise<Array<{ type: string; placed: number; declined: number; open: number }>> {
    const { where, params } = caseConditions(scope, filter);
    const types = params.length + 1;
    const rows: Array<{ type: string; placed: string; declined: string; open: string }> = await this.dataSource.query(
      `SELECT t.type,
              count(l.id) FILTER (WHERE l.status = 'placed') AS placed,
              count(l.id) FILTER (WHERE l.status = 'declined') AS declined,
              count(l.id) FILTER (WHERE l.status IN ('proposed', 'referred', 'interview')) AS open
         FROM unnest($${types}::text[]) WITH ORDINALITY AS t(type, ord)
         LEFT JOIN (SELECT o.type, l.id, l.status
                      FROM opportunity_link l
                      JOIN reintegration_opportunity o ON o.id = l.opportunity_id
                      JOIN return_case c ON c.id = l.case_id
                     WHERE ${where}) l ON l.type = t.type
        GROUP BY t.type, t.ord
        ORDER BY t.ord`,
      [...params, [...PLACEMENT_TYPES]],
    );
    return rows.map((r) => ({
      type: r.type,
      placed: Number(r.placed),
      declined: Number(r.declined),
      open: Number(r.open),
    }));
  }

  /**
   * The sustainability score distribution by country of return or by assistance type, over each case's latest
   * survey (highest visit number), so a case followed three times counts once. By assistance, a case counts in the
   * group of every dimension its reintegration plan has a component in (once per dimension); cases without a plan,
   * or whose plan was rejected, are left out. Scores come back in full precision.
   */
  async sustainabilityScores(
    scope: CaseScope,
    filter: ViewFilter,
    by: SustainabilityGrouping,
  ): Promise<SustainabilityGroupRow[]> {
    const { where, params } = caseConditions(scope, filter);
    const grouped =
      by === 'country'
        ? `SELECT country_of_return AS grp, composite_score, economic_score, social_score, psychosocial_score FROM latest`
        : `SELECT a.dimension AS grp, composite_score, economic_score, social_score, psychosocial_score
             FROM latest
            CROSS JOIN LATERAL (
                  SELECT DISTINCT component->>'dimension' AS dimension
                    FROM jsonb_array_elements(
                           CASE WHEN jsonb_typeof(plan->'components') = 'array' THEN plan->'components' ELSE '[]'::jsonb END
                         ) component
                 ) a
            WHERE plan->>'status' IS DISTINCT FROM 'rejected' AND a.dimension IS NOT NULL`;
    const rows: Array<{
      grp: string;
      surveys: string;
      composite_mean: number;
      composite_p25: number;
      composite_median: number;
      composite_p75: number;
      economic_mean: number;
      social_mean: number;
      psychosocial_mean: number;
    }> = await this.dataSource.query(
      `WITH latest AS (
              SELECT DISTINCT ON (s.case_id)
                     c.country_of_return, c.state->'plan' AS plan,
                     s.composite_score, s.economic_score, s.social_score, s.psychosocial_score
                FROM follow_up_survey s
                JOIN return_case c ON c.id = s.case_id
               WHERE ${where}
               ORDER BY s.case_id, s.visit_number DESC
            ),
            grouped AS (${grouped})
       SELECT grp, count(*) AS surveys,
              avg(composite_score) AS composite_mean,
              percentile_cont(0.25) WITHIN GROUP (ORDER BY composite_score) AS composite_p25,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY composite_score) AS composite_median,
              percentile_cont(0.75) WITHIN GROUP (ORDER BY composite_score) AS composite_p75,
              avg(economic_score) AS economic_mean,
              avg(social_score) AS social_mean,
              avg(psychosocial_score) AS psychosocial_mean
         FROM grouped
        GROUP BY grp
        ORDER BY grp`,
      params,
    );
    return rows.map((r) => ({
      group: r.grp.trim(),
      surveys: Number(r.surveys),
      compositeMean: Number(r.composite_mean),
      compositeP25: Number(r.composite_p25),
      compositeMedian: Number(r.composite_median),
      compositeP75: Number(r.composite_p75),
      economicMean: Number(r.economic_mean),
      socialMean: Number(r.social_mean),
      psychosocialMean: Number(r.psychosocial_mean),
    }));
  }

  /**
   * The change in composite score between each case's first and latest survey (lowest and highest visit number),
   * for the cases with at least two, most worsened first (at most `limit` rows), and a summary over all of them.
   * A change smaller than {@link UNCHANGED_BELOW} either way counts as unchanged: it shows as 0.000 once rounded.
   */
  async scoreChange(scope: CaseScope, filter: ViewFilter, limit = 500): Promise<ScoreChangeResult> {
    const { where, params } = caseConditions(scope, filter);
    const pairs = `WITH ranked AS (
              SELECT s.case_id, c.reference, c.country_of_return, s.visit_number, s.composite_score,
                     row_number() OVER (PARTITION BY s.case_id ORDER BY s.visit_number) AS from_first,
                     row_number() OVER (PARTITION BY s.case_id ORDER BY s.visit_number DESC) AS from_latest,
                     count(*) OVER (PARTITION BY s.case_id) AS surveys
                FROM follow_up_survey s
                JOIN return_case c ON c.id = s.case_id
               WHERE ${where}
            ),
            pairs AS (
              SELECT f.case_id, f.reference, f.country_of_return, f.surveys,
                     f.visit_number AS first_visit, f.composite_score AS first_score,
                     l.visit_number AS latest_visit, l.composite_score AS latest_score,
                     l.composite_score - f.composite_score AS change
                FROM ranked f
                JOIN ranked l ON l.case_id = f.case_id AND l.from_latest = 1
               WHERE f.from_first = 1 AND f.surveys >= 2
            )`;
    const threshold = params.length + 1;
    const [summary]: Array<{
      cases: string;
      mean_change: number | null;
      improved: string;
      worsened: string;
      unchanged: string;
    }> = await this.dataSource.query(
      `${pairs}
         SELECT count(*) AS cases, avg(change) AS mean_change,
                count(*) FILTER (WHERE change >= $${threshold}::float8) AS improved,
                count(*) FILTER (WHERE change <= -($${threshold}::float8)) AS worsened,
                count(*) FILTER (WHERE abs(change) < $${threshold}::float8) AS unchanged
           FROM pairs`,
      [...params, UNCHANGED_BELOW],
    );
    const rows: Array<{
      case_id: string;
      reference: string;
      country_of_return: string;
      surveys: string;
      first_visit: number;
      first_score: number;
      latest_visit: number;
      latest_score: number;
      change: number;
    }> = await this.dataSource.query(
      `${pairs}
       SELECT * FROM pairs ORDER BY change, reference LIMIT $${threshold}::int`,
      [...params, limit],
    );
    return {
      summary: {
        cases: Number(summary.cases),
        meanChange: summary.mean_change === null ? null : Number(summary.mean_change),
        improved: Number(summary.improved),
        worsened: Number(summary.worsened),
        unchanged: Number(summary.unchanged),
      },
      cases: rows.map((r) => ({
        caseId: r.case_id,
        reference: r.reference,
        countryOfReturn: r.country_of_return,
        surveys: Number(r.surveys),
        firstVisit: Number(r.first_visit),
        firstComposite: Number(r.first_score),
        latestVisit: Number(r.latest_visit),
        latestComposite: Number(r.latest_score),
        change: Number(r.change),
      })),
    };
  }
}

/** Every stage but closed: those time-in-stage reports on. */
const OPEN_STAGES = CASE_STAGES.filter((stage) => stage !== 'closed');

/** Opportunity types in the order the placements view lists them. */
export const PLACEMENT_TYPES = ['job', 'apprenticeship', 'vocational_training', 'business_support'] as const;

export const SUSTAINABILITY_GROUPINGS = ['country', 'assistance'] as const;
export type SustainabilityGrouping = (typeof SUSTAINABILITY_GROUPINGS)[number];

/** A change in composite score smaller than this either way is "unchanged": it rounds to 0.000 for display. */
export const UNCHANGED_BELOW = 0.0005;

export interface SustainabilityGroupRow {
  /** The country of return (ISO 3166-1 alpha-2) or the assistance dimension. */
  group: string;
  /** Cases counted, each by its latest survey. */
  surveys: number;
  compositeMean: number;
  compositeP25: number;
  compositeMedian: number;
  compositeP75: number;
  economicMean: number;
  socialMean: number;
  psychosocialMean: number;
}

export interface ScoreChangeRow {
  caseId: string;
  reference: string;
  countryOfReturn: string;
  surveys: number;
  firstVisit: number;
  firstComposite: number;
  latestVisit: number;
  latestComposite: number;
  /** latestComposite − firstComposite. */
  change: number;
}

export interface ScoreChangeResult {
  summary: { cases: number; meanChange: number | null; improved: number; worsened: number; unchanged: number };
  cases: ScoreChangeRow[];
}

function round1(value: string | number | null): number {
  return value === null ? 0 : Math.round(Number(value) * 10) / 10;
}

/** The scope and filters as SQL on `return_case c`, with numbered parameters. */
export function caseConditions(scope: CaseScope, filter: ViewFilter): { where: string; params: unknown[] } {
  const params: unknown[] = [];
  const clauses = [caseScopeSql(scope, 'c', params)];
  if (filter.countryOfReturn) {
    params.push(filter.countryOfReturn);
    clauses.push(`c.country_of_return = $${params.length}`);
  }
  if (filter.hostOffice) {
    params.push(filter.hostOffice);
    clauses.push(`c.host_office = $${params.length}`);
  }
  return { where: clauses.join(' AND '), params };
}
