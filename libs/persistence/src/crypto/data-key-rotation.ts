import type { DataSource } from 'typeorm';
import { dataKeys } from './field-encryption';
import { keyIdOf, rewrapValue } from './envelope';

/** The encrypted columns, each a text column of `enc1:` values in a table keyed by a uuid `id`. */
const ENCRYPTED_COLUMNS = [{ table: 'person_document', column: 'number' }] as const;

export interface RotationReport {
  currentKey: string;
  /** Per column: values re-wrapped now, and values that were already under the current key. */
  columns: { column: string; rewrapped: number; alreadyCurrent: number; byOldKey: Record<string, number> }[];
}

/**
 * Re-wraps every data key not under the current key-encryption key, in batches. Values' ciphertexts are untouched;
 * only the small wrapped data key and its key id change. Idempotent: a second run finds nothing to do. A row changed
 * meanwhile is skipped by its compare-and-set and picked up by the next batch.
 */
export async function rotateDataKeys(dataSource: DataSource, batchSize = 500): Promise<RotationReport> {
  const keys = dataKeys();
  const prefix = `enc1:${keys.currentId}:`;
  const report: RotationReport = { currentKey: keys.currentId, columns: [] };
  for (const { table, column } of ENCRYPTED_COLUMNS) {
    const byOldKey: Record<string, number> = {};
    let rewrapped = 0;
    let lastId = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows: { id: string; value: string }[] = await dataSource.query(
        `SELECT id, "${column}" AS value FROM "${table}"
          WHERE "${column}" LIKE 'enc1:%' AND NOT starts_with("${column}", $1) AND id > $2
          ORDER BY id LIMIT $3`,
        [prefix, lastId, batchSize],
      );
      if (rows.length === 0) break;
      lastId = rows[rows.length - 1].id;
      const result: unknown[] = await dataSource.query(
        `UPDATE "${table}" t SET "${column}" = v.next
           FROM unnest($1::uuid[], $2::text[], $3::text[]) AS v(id, prev, next)
          WHERE t.id = v.id AND t."${column}" = v.prev
         RETURNING t.id`,
        [rows.map((r) => r.id), rows.map((r) => r.value), rows.map((r) => rewrapValue(keys, r.value))],
      );
      rewrapped += result.length;
      for (const r of rows) byOldKey[keyIdOf(r.value)] = (byOldKey[keyIdOf(r.value)] ?? 0) + 1;
    }
    const [{ count }]: { count: number }[] = await dataSource.query(
      `SELECT count(*)::int AS count FROM "${table}" WHERE starts_with("${column}", $1)`,
      [prefix],
    );
    report.columns.push({ column: `${table}.${column}`, rewrapped, alreadyCurrent: count - rewrapped, byOldKey });
  }
  return report;
}
