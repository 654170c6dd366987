import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/** node-postgres' client, as far as it is used here (TypeORM's driver hands it out untyped). */
interface PgClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * Runs `text` as the named prepared statement `name` on a pooled connection of the data source, straight through
 * node-postgres: PostgreSQL parses and analyses it once per connection, and later calls send only the parameters.
 * TypeORM's query building and entity hydration are skipped too, so the caller maps the rows itself. One name must
 * always stand for one text (the server remembers it per connection).
 */
export async function runPrepared<Row>(
  dataSource: DataSource,
  name: string,
  text: string,
  values: unknown[],
): Promise<Row[]> {
  const driver = dataSource.driver as PostgresDriver;
  const [client, release] = (await driver.obtainMasterConnection()) as [PgClient, (error?: unknown) => void];
  try {
    const result = await client.query({ name, text, values });
    release();
    return result.rows as Row[];
  } catch (error) {
    // A statement that failed leaves the connection usable; anything else (a broken socket) destroys it.
    release(isDatabaseError(error) ? undefined : error);
    throw error;
  }
}

/** An error the server answered with (it has a SQLSTATE), as opposed to a lost connection. */
function isDatabaseError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code);
}
