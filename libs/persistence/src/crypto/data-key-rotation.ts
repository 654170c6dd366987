import type { DataSource } from 'typeorm';
import { dataKeys } from './field-encryption';
import { isEnvelope, keyIdOf, rewrapValue } from './envelope';
import type { KeyEncryptionKeys } from './envelope';

/** The encrypted columns: `enc1:` strings in a text column, or anywhere inside a jsonb column. */
const ENCRYPTED_COLUMNS = [
  { table: 'person_document', column: 'number', type: 'text', idType: 'uuid' },
  { table: 'return_case', column: 'state', type: 'jsonb', idType: 'uuid' },
  { table: 'case_timeline_event', column: 'details', type: 'jsonb', idType: 'bigint' },
  // A sensitive file's content key: re-wrapping it leaves the file's sealed chunks as they are.
  { table: 'case_document', column: 'content_key', type: 'text', idType: 'uuid' },
] as const;

export interface RotationReport {
  currentKey: string;
  /** Per column: rows re-wrapped now, values found per old key, and rows already wholly under the current key. */
  columns: { column: string; rowsRewrapped: number; valuesByOldKey: Record<string, number>; rowsCurrent: number }[];
}

/**
 * Re-wraps every data key not under the current key-encryption key, in batches. Values' ciphertexts are untouched;
 * only the small wrapped data key and its key id change. Idempotent: a second run finds nothing to do. A row changed
 * meanwhile is skipped by its compare-and-set, and is found by the next run if it still needs re-wrapping.
 */
export async function rotateDataKeys(dataSource: DataSource, batchSize = 500): Promise<RotationReport> {
  const keys = dataKeys();
  // Any envelope whose key id is not the current one (PostgreSQL regular expressions have negative lookahead).
  const stale = `enc1:(?!${keys.currentId}:)`;
  const report: RotationReport = { currentKey: keys.currentId, columns: [] };
  for (const { table, column, type, idType } of ENCRYPTED_COLUMNS) {
    const valuesByOldKey: Record<string, number> = {};
    let rowsRewrapped = 0;
    let lastId = idType === 'uuid' ? '00000000-0000-0000-0000-000000000000' : '0';
    for (;;) {
      const rows: { id: string; value: unknown }[] = await dataSource.query(
        `SELECT id::text AS id, "${column}" AS value FROM "${table}"
          WHERE "${column}"::text ~ $1 AND id > $2::${idType} ORDER BY id LIMIT $3`,
        [stale, lastId, batchSize],
      );
      if (rows.length === 0) break;
      lastId = rows[rows.length - 1].id;
      const next = rows.map((r) => rewrapDeep(keys, r.value, valuesByOldKey));
      const asText = (v: unknown) => (type === 'text' ? (v as string) : JSON.stringify(v));
      const result: unknown[] = await dataSource.query(
        `UPDATE "${table}" t SET "${column}" = v.next::${type}
           FROM unnest($1::${idType}[], $2::text[], $3::text[]) AS v(id, prev, next)
          WHERE t.id = v.id AND t."${column}" = v.prev::${type}
         RETURNING t.id`,
        [rows.map((r) => r.id), rows.map((r) => asText(r.value)), next.map(asText)],
      );
      rowsRewrapped += result.length;
    }
    const [{ count }]: { count: number }[] = await dataSource.query(
      `SELECT count(*)::int AS count FROM "${table}" WHERE "${column}"::text ~ 'enc1:' AND NOT "${column}"::text ~ $1`,
      [stale],
    );
    report.columns.push({ column: `${table}.${column}`, rowsRewrapped, valuesByOldKey, rowsCurrent: count });
  }
  return report;
}

/** The value with every envelope in it re-wrapped, counting them by the key they were under. */
function rewrapDeep(keys: KeyEncryptionKeys, value: unknown, counts: Record<string, number>): unknown {
  if (typeof value === 'string') {
    if (!isEnvelope(value) || keyIdOf(value) === keys.currentId) return value;
    counts[keyIdOf(value)] = (counts[keyIdOf(value)] ?? 0) + 1;
    return rewrapValue(keys, value);
  }
  if (Array.isArray(value)) return value.map((v) => rewrapDeep(keys, v, counts));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrapDeep(keys, v, counts)]));
  }
  return value;
}
