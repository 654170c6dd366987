import { normaliseOccupationText } from '@avrr/domain';
import type { IscoGroupRow, OccupationTitleRow } from './isco-csv';

/** Anything that runs SQL: a QueryRunner (in a migration), a DataSource or an EntityManager. */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** The tables of the occupation search. */
export const SEARCH_TABLES = ['isco_group', 'occupation_title', 'occupation_word'] as const;

/** A schema name safe to splice into SQL (the real data lives in public; the accuracy bench uses its own). */
export function quoteSchema(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`bad schema name "${schema}"`);
  return `"${schema}"`;
}

/** Inserts the groups (parents first) and the titles in one statement each, then builds the search columns. */
export async function loadIscoData(
  db: SqlRunner,
  data: { groups: IscoGroupRow[]; titles: OccupationTitleRow[] },
  schema = 'public',
): Promise<void> {
  const s = quoteSchema(schema);
  const depth = { major: 0, sub_major: 1, minor: 2, unit: 3 } as const;
  const groups = [...data.groups].sort((a, b) => depth[a.level] - depth[b.level] || a.code.localeCompare(b.code));
  await db.query(
    `INSERT INTO ${s}.isco_group (code, level, title, parent_code, search_text, search_vector)
     SELECT code, level, title, parent_code, search_text, ''::tsvector
     FROM unnest($1::varchar[], $2::varchar[], $3::varchar[], $4::varchar[], $5::text[])
       WITH ORDINALITY AS g(code, level, title, parent_code, search_text, n)
     ORDER BY n`,
    [
      groups.map((g) => g.code),
      groups.map((g) => g.level),
      groups.map((g) => g.title),
      groups.map((g) => g.parentCode),
      groups.map((g) => normaliseOccupationText(g.title)),
    ],
  );
  await db.query(
    `INSERT INTO ${s}.occupation_title (title, unit_code, search_text, search_vector)
     SELECT title, unit_code, search_text, ''::tsvector
     FROM unnest($1::varchar[], $2::varchar[], $3::text[]) WITH ORDINALITY AS t(title, unit_code, search_text, n)
     ORDER BY n`,
    [
      data.titles.map((t) => t.title),
      data.titles.map((t) => t.unitCode),
      data.titles.map((t) => normaliseOccupationText(t.title)),
    ],
  );
  await rebuildOccupationSearchIndex(db, schema);
}

/**
 * Derives the search columns from the loaded titles: English full-text vectors, the vocabulary (every word,
 * its stem and the stem's inverse document frequency over titles and unit and minor group titles) and each
 * document's IDF vector length for cosine scoring.
 */
export async function rebuildOccupationSearchIndex(db: SqlRunner, schema = 'public'): Promise<void> {
  const s = quoteSchema(schema);
  const documents = `SELECT search_vector FROM ${s}.occupation_title
    UNION ALL SELECT search_vector FROM ${s}.isco_group WHERE level IN ('unit', 'minor')`;
  await db.query(`UPDATE ${s}.occupation_title SET search_vector = to_tsvector('english', search_text)`);
  await db.query(`UPDATE ${s}.isco_group SET search_vector = to_tsvector('english', search_text)`);
  await db.query(`DELETE FROM ${s}.occupation_word`);
  await db.query(
    `WITH docs AS (SELECT count(*)::float8 AS n FROM (${documents}) d),
     stats AS (SELECT word AS lexeme, ndoc FROM ts_stat($1)),
     words AS (
       SELECT DISTINCT w AS word FROM (
         SELECT regexp_split_to_table(search_text, ' ') AS w FROM ${s}.occupation_title
         UNION ALL
         SELECT regexp_split_to_table(search_text, ' ') FROM ${s}.isco_group WHERE level IN ('unit', 'minor')
       ) x WHERE w <> ''
     )
     INSERT INTO ${s}.occupation_word (word, lexeme, idf)
     SELECT words.word, stats.lexeme, ln(1 + docs.n / stats.ndoc)
     FROM words
     CROSS JOIN LATERAL (SELECT (tsvector_to_array(to_tsvector('english', words.word)))[1] AS lexeme) l
     JOIN stats ON stats.lexeme = l.lexeme
     CROSS JOIN docs`,
    [documents],
  );
  for (const table of ['occupation_title', 'isco_group']) {
    await db.query(
      `UPDATE ${s}.${table} d SET vector_norm = coalesce((
         SELECT sqrt(sum(w.idf * w.idf)) FROM unnest(tsvector_to_array(d.search_vector)) AS lx(lexeme)
         CROSS JOIN LATERAL (SELECT idf FROM ${s}.occupation_word o WHERE o.lexeme = lx.lexeme LIMIT 1) w
       ), 1)`,
    );
  }
  await flushGinPendingLists(db, schema);
}

/**
 * Moves the entries that bulk writes leave in the "pending list" of the tables' GIN indexes (fastupdate) into the
 * indexes proper. Every search scans a GIN index's pending list in full, and after a load that list holds the
 * whole index: searches were several times slower until a VACUUM, and autovacuum may be off or late. Unlike
 * VACUUM, this runs inside the migration's transaction. Idempotent; returns quickly when there is nothing to move.
 */
export async function flushGinPendingLists(db: SqlRunner, schema = 'public'): Promise<void> {
  const s = quoteSchema(schema);
  await db.query(
    `SELECT gin_clean_pending_list(i.indexrelid)
     FROM pg_index i
     JOIN pg_class c ON c.oid = i.indexrelid
     JOIN pg_am am ON am.oid = c.relam
     WHERE am.amname = 'gin' AND i.indrelid = ANY($1::regclass[])`,
    [SEARCH_TABLES.map((table) => `${s}.${table}`)],
  );
}

/** Removes the reference data (the migration's down). */
export async function clearIscoData(db: SqlRunner, schema = 'public'): Promise<void> {
  const s = quoteSchema(schema);
  await db.query(`DELETE FROM ${s}.occupation_word`);
  await db.query(`DELETE FROM ${s}.occupation_title`);
  await db.query(`DELETE FROM ${s}.isco_group`);
}
