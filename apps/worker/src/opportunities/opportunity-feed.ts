import { parse } from 'csv-parse/sync';
import type { OpportunityImportFormat } from '@avrr/messaging/opportunity-import-job';

/** A feed that cannot be read at all (not CSV or JSON, unknown or missing columns): no row is imported. */
export class UnreadableFeedError extends Error {}

export interface FeedRow {
  /** From 1: the CSV header is not counted. */
  row: number;
  /** The row as the shared validation takes it, or why it is not even an object. */
  fields: Record<string, unknown> | null;
  problem?: { field: string; reason: string };
}

/** Columns of a CSV feed: the API's field names. */
export const FEED_COLUMNS = [
  'externalReference',
  'title',
  'iscoCode',
  'requiredSkills',
  'minIscedLevel',
  'languages',
  'country',
  'region',
  'type',
  'placesAvailable',
  'startsOn',
  'expiresOn',
] as const;
const REQUIRED_COLUMNS = [
  'externalReference',
  'title',
  'iscoCode',
  'minIscedLevel',
  'country',
  'region',
  'type',
  'placesAvailable',
  'expiresOn',
];
const LIST_COLUMNS = new Set(['requiredSkills', 'languages']);
const INTEGER_COLUMNS = new Set(['minIscedLevel', 'placesAvailable']);
/** Cells of list columns hold their items separated by this. */
export const LIST_SEPARATOR = ';';

export function parseFeed(format: OpportunityImportFormat, content: string): FeedRow[] {
  return format === 'csv' ? parseCsv(content) : parseJson(content);
}

/**
 * CSV with a header row naming the columns (`FEED_COLUMNS`, any order, optional ones may be left out). Empty cells are
 * absent values; list cells hold items separated by ";"; whole numbers are read as numbers, anything else is left as
 * text for the validation to refuse. Blank lines are skipped and not counted as rows.
 */
function parseCsv(content: string): FeedRow[] {
  let records: string[][];
  try {
    records = parse(content, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (error) {
    throw new UnreadableFeedError(`the CSV cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const [header, ...rows] = records;
  if (!header) throw new UnreadableFeedError('the CSV is empty: a header row naming the columns is expected');
  const unknown = header.filter((c) => !(FEED_COLUMNS as readonly string[]).includes(c));
  if (unknown.length > 0) {
    throw new UnreadableFeedError(
      `unknown column(s) ${unknown.map((c) => `"${c}"`).join(', ')}; columns are ${FEED_COLUMNS.join(', ')}`,
    );
  }
  const repeated = header.filter((c, i) => header.indexOf(c) !== i);
  if (repeated.length > 0) throw new UnreadableFeedError(`column(s) named twice: ${[...new Set(repeated)].join(', ')}`);
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) throw new UnreadableFeedError(`missing column(s): ${missing.join(', ')}`);

  return rows.map((cells, i) => {
    const row = i + 1;
    if (cells.length !== header.length) {
      return {
        row,
        fields: null,
        problem: { field: 'row', reason: `has ${cells.length} cells where the header has ${header.length}` },
      };
    }
    const fields: Record<string, unknown> = {};
    header.forEach((column, c) => {
      const cell = cells[c];
      if (cell === '') return;
      if (LIST_COLUMNS.has(column))
        fields[column] = cell
          .split(LIST_SEPARATOR)
          .map((s) => s.trim())
          .filter(Boolean);
      else if (INTEGER_COLUMNS.has(column) && /^[+-]?[0-9]{1,9}$/.test(cell)) fields[column] = Number(cell);
      else fields[column] = cell;
    });
    return { row, fields };
  });
}

/** A JSON array of objects with the API's field names and types. */
function parseJson(content: string): FeedRow[] {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (error) {
    throw new UnreadableFeedError(`the JSON cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!Array.isArray(data)) throw new UnreadableFeedError('the JSON feed must be an array of opportunities');
  return data.map((item, i) =>
    typeof item === 'object' && item !== null && !Array.isArray(item)
      ? { row: i + 1, fields: item as Record<string, unknown> }
      : { row: i + 1, fields: null, problem: { field: 'row', reason: 'must be an object' } },
  );
}
