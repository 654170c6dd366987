import type { DataSource, EntityManager } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/** node-postgres' client, as far as it is used here (TypeORM's driver hands it out untyped). */
export interface PgClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
  /** Without values, the simple protocol: `text` may hold several statements, and one result comes back for each. */
  query(text: string, values?: unknown[]): Promise<unknown>;
  on(event: 'error', listener: (error: Error) => void): unknown;
  removeListener(event: 'error', listener: (error: Error) => void): unknown;
}

/**
 * A connection of the data source's pool, and its release (given an error, the pool drops the connection).
 *
 * While a connection is out of the pool, the pool no longer listens for its errors. A connection lost during a query
 * (PostgreSQL shutting down or restarting) rejects the query and then emits 'error' at once, before the rejection can
 * release it; with no listener, Node ends the process. So the connection is listened to until it is released: the
 * query's rejection is what reports the loss. (TypeORM's query runners do the same for theirs.)
 */
export async function pooledConnection(dataSource: DataSource): Promise<[PgClient, (error?: unknown) => void]> {
  const driver = dataSource.driver as PostgresDriver;
  const [client, release] = (await driver.obtainMasterConnection()) as [PgClient, (error?: unknown) => void];
  const reportedByTheQuery = () => undefined;
  client.on('error', reportedByTheQuery);
  return [
    client,
    (error?: unknown) => {
      client.removeListener('error', reportedByTheQuery);
      release(error);
    },
  ];
}

/**
 * The connection of the TypeORM transaction `em` runs in, for what TypeORM's `query` cannot send: several statements
 * in one message, or a statement prepared by name. Outside a transaction there is none to share: a caller relying on
 * it (a transaction-scoped lock, a write that must commit with others) would silently lose that.
 */
export async function transactionConnection(em: EntityManager): Promise<PgClient> {
  const runner = em.queryRunner;
  if (!runner?.isTransactionActive) throw new Error('transactionConnection needs an open transaction');
  return (await runner.connect()) as PgClient;
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
  const [client, release] = await pooledConnection(dataSource);
  try {
    const result = await client.query({ name, text, values });
    release();
    return result.rows as Row[];
  } catch (error) {
    // A statement that failed leaves the connection usable; anything else (a broken socket, a server ending the
    // session) destroys it.
    release(failedStatementOnly(error) ? undefined : error);
    throw error;
  }
}

/**
 * An error the server answered a statement with (it has a SQLSTATE), after which the session goes on: not a lost
 * connection, nor a FATAL one such as a shutdown's, after which the server closes the session.
 */
function failedStatementOnly(error: unknown): boolean {
  const { code, severity } = (error ?? {}) as { code?: unknown; severity?: unknown };
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && severity !== 'FATAL' && severity !== 'PANIC';
}
