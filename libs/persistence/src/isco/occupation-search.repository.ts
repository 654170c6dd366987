import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { occupationQueryTerms } from '@avrr/domain';
import { quoteSchema } from './occupation-search-index';
import { runPrepared } from '../prepared-statement';

/** One suggested unit group, best first. */
export interface OccupationSuggestion {
  code: string;
  title: string;
  score: number;
  /** The occupational title (or, failing one, the group title) that matched best. */
  matchedTitle: string;
}

/** Only the best titles by stem cosine are rescored with trigrams and aggregated: bounds the work per query. */
const CANDIDATE_TITLES = 150;

/** Weights of the score; tuned on the held-out split printed by bench/occupation-search-accuracy.ts. */
export const OCCUPATION_SEARCH_WEIGHTS = {
  /** Cosine of IDF-weighted stems, query against the best occupational title of the unit group. */
  title: 1,
  /** Trigram similarity of the whole query to that title (word order and spelling tolerant). */
  trigram: 0.35,
  /** Cosine against the unit group's own title. */
  unitGroup: 0.6,
  /** Cosine against the minor group's title (shared by its unit groups). */
  minorGroup: 0.25,
  /** Per further title of the same unit group that matches well, a small vote. */
  vote: 0.04,
  /** A misspelt word is corrected to vocabulary words at least this similar (pg_trgm similarity). */
  minCorrection: 0.45,
} as const;

/**
 * Occupation search over the ISCO-08 title index and the group structure, in one SQL statement:
 * 1. the query's words (domain rules: normalised, fillers dropped, everyday words expanded) are matched to the
 *    vocabulary by English stem, or if unknown, corrected by trigram similarity (GIN pg_trgm index);
 * 2. titles and unit/minor group titles sharing a stem are found through GIN tsvector indexes and scored by the
 *    cosine of IDF-weighted stems, plus the trigram similarity of the whole query to the title (the groups in one
 *    index scan for any of the stems, then matched to them by the stems in their vectors: a scan per stem did not
 *    use the index on so small a table, and tested every group against every stem);
 * 3. scores are aggregated per unit group (best title wins, minor group titles lend to their units, a small
 *    vote per further good title) and ranked by score, then code, so equal scores always come out in one order.
 */
@Injectable()
export class OccupationSearchRepository {
  private schema = quoteSchema('public');
  private sql: string | undefined;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The same search over a copy of the tables in another schema (the accuracy bench's held-out index). */
  static inSchema(dataSource: DataSource, schema: string): OccupationSearchRepository {
    const repository = new OccupationSearchRepository(dataSource);
    repository.schema = quoteSchema(schema);
    return repository;
  }

  async search(text: string, limit = 5): Promise<OccupationSuggestion[]> {
    const terms = occupationQueryTerms(text);
    if (terms.length === 0) return [];
    const w = OCCUPATION_SEARCH_WEIGHTS;
    const values = [
      terms.map((t) => t.term),
      terms.map((t) => t.weight),
      terms.map((t) => t.fuzzy),
      terms.map((t) => t.term).join(' '),
      w.minCorrection,
      w.trigram,
      w.title,
      w.unitGroup,
      w.minorGroup,
      w.vote,
      limit,
    ];
    const rows = await this.runPrepared<{ code: string; title: string; score: number; matched_title: string }>(values);
    return rows.map((r) => ({ code: r.code, title: r.title, score: Number(r.score), matchedTitle: r.matched_title }));
  }

  /**
   * Runs the search statement as a named prepared statement on a pooled connection: PostgreSQL parses and
   * analyses this large statement once per connection instead of on every call (about 0.7 ms saved), and from the
   * sixth call on runs its generic plan instead of planning each call again (see `input` in the statement). The
   * name includes the schema, since the text differs per schema.
   */
  private runPrepared<Row>(values: unknown[]): Promise<Row[]> {
    return runPrepared<Row>(this.dataSource, this.statementName, this.statement, values);
  }

  private get statementName(): string {
    return `occupation_search_${this.schema.replace(/"/g, '')}`.slice(0, 63);
  }

  private get statement(): string {
    return (this.sql ??= searchStatement(this.schema));
  }
}

/**
 * The search statement over the tables of schema `s` (already quoted).
 *
 * The terms' arrays are read through scalar subqueries so that the planner never sees how many there are: every
 * plan is then costed for the same default number of terms, custom plans cost no less than the generic one, and
 * PostgreSQL keeps the generic plan after five executions. Unwrapped, a custom plan costed for the real one to
 * eight terms always won, and each search spent 1.3–2 ms planning, about as long as it then ran. The plan chosen
 * has no effect on the results; `occupation-search.repository.int-spec.ts` checks the generic plan is used.
 */
function searchStatement(s: string): string {
  return `WITH input AS (
         SELECT i.term, i.weight, i.fuzzy, (tsvector_to_array(to_tsvector('english', i.term)))[1] AS lexeme
         FROM unnest((SELECT $1::text[]), (SELECT $2::float8[]), (SELECT $3::bool[])) AS i(term, weight, fuzzy)
       ),
       known AS (
         SELECT DISTINCT ON (i.term) i.term, o.lexeme, o.idf, i.weight AS weight
         FROM input i JOIN ${s}.occupation_word o ON o.lexeme = i.lexeme
         ORDER BY i.term
       ),
       corrected AS (
         SELECT i.term, c.lexeme, c.idf, i.weight * c.sim AS weight
         FROM input i
         CROSS JOIN LATERAL (
           SELECT o.lexeme, o.idf, similarity(o.word, i.term) AS sim
           FROM ${s}.occupation_word o
           WHERE o.word % i.term
           ORDER BY similarity(o.word, i.term) DESC, o.word
           LIMIT 2
         ) c
         WHERE i.fuzzy AND c.sim >= $5::float8 AND NOT EXISTS (SELECT 1 FROM known k WHERE k.term = i.term)
       ),
       q AS (
         SELECT lexeme, max(idf) AS idf, max(weight) AS weight, quote_literal(lexeme)::tsquery AS tsq
         FROM (SELECT * FROM known UNION ALL SELECT * FROM corrected) x
         GROUP BY lexeme
       ),
       qn AS (
         SELECT sqrt(sum((idf * weight) ^ 2)) AS norm, string_agg(quote_literal(lexeme), ' | ')::tsquery AS any_term
         FROM q
       ),
       title_cos AS (
         SELECT t.id, t.unit_code, t.title, t.search_text,
                sum(q.idf * q.idf * q.weight) / (qn.norm * min(t.vector_norm)) AS cos
         FROM q JOIN ${s}.occupation_title t ON t.search_vector @@ q.tsq CROSS JOIN qn
         GROUP BY t.id, qn.norm
         ORDER BY cos DESC, t.id
         LIMIT ${CANDIDATE_TITLES}
       ),
       titles AS (
         SELECT c.id, c.unit_code, c.title, c.cos + $6::float8 * similarity($4::text, c.search_text) AS score
         FROM title_cos c
       ),
       groups AS (
         SELECT g.code, g.level, g.title, sum(q.idf * q.idf * q.weight) / (qn.norm * g.vector_norm) AS cos
         FROM qn JOIN ${s}.isco_group g ON g.search_vector @@ qn.any_term
         CROSS JOIN LATERAL unnest(tsvector_to_array(g.search_vector)) AS lx(lexeme)
         JOIN q ON q.lexeme = lx.lexeme
         WHERE g.level IN ('unit', 'minor')
         GROUP BY g.code, g.level, g.title, g.vector_norm, qn.norm
       ),
       best_titles AS (
         SELECT DISTINCT ON (unit_code) unit_code, title, score FROM titles ORDER BY unit_code, score DESC, title
       ),
       votes AS (
         SELECT unit_code, count(*) - 1 AS more FROM titles
         WHERE score >= 0.5 * (SELECT max(score) FROM titles) GROUP BY unit_code
       ),
       units AS (
         SELECT unit_code AS code FROM best_titles
         UNION SELECT code FROM groups WHERE level = 'unit'
         UNION SELECT u.code FROM groups m JOIN ${s}.isco_group u ON u.parent_code = m.code WHERE m.level = 'minor'
       ),
       scored AS (
         SELECT u.code, g.title,
                coalesce(bt.score, 0) * $7::float8
                  + coalesce(ug.cos, 0) * $8::float8
                  + coalesce(mg.cos, 0) * $9::float8
                  + coalesce(least(v.more, 5), 0) * $10::float8 AS score,
                coalesce(bt.title, ug.title, mg.title) AS matched_title
         FROM units u
         JOIN ${s}.isco_group g ON g.code = u.code
         LEFT JOIN best_titles bt ON bt.unit_code = u.code
         LEFT JOIN votes v ON v.unit_code = u.code
         LEFT JOIN groups ug ON ug.code = u.code AND ug.level = 'unit'
         LEFT JOIN groups mg ON mg.code = g.parent_code AND mg.level = 'minor'
       )
       SELECT code, title, round(score::numeric, 4)::float8 AS score, matched_title
       FROM scored ORDER BY round(score::numeric, 4) DESC, code LIMIT $11::int`;
}
