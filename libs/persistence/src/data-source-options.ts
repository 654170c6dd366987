import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import type { AppConfig } from '@avrr/config';
import { ENTITIES } from './entities';
import { installDataKeys } from './crypto/field-encryption';

export function dataSourceOptions(config: AppConfig): PostgresConnectionOptions {
  // Every process builds its data source here, so the encrypted columns get their keys before any row is read.
  installDataKeys(config);
  return {
    type: 'postgres',
    url: config.database.url,
    entities: ENTITIES,
    synchronize: false,
    uuidExtension: 'pgcrypto',
    migrationsRun: false,
    // Keep pool small per process: api and worker each hold one, and 100k sleeping cases need no connections.
    extra: { max: 10, ...timeouts(config.deadlines.statementMs, config.deadlines.connectMs) },
    applicationName: 'avrr',
  };
}

/**
 * The server cancels a statement past `statement_timeout`; `query_timeout` is the client's own limit, for a server
 * that stopped answering altogether (a paused or unreachable PostgreSQL never cancels anything). A pool connection
 * not had within `connectionTimeoutMillis` fails rather than queueing the request. 0 means no limit.
 */
export function timeouts(statementMs: number, connectMs: number): Record<string, number> {
  return {
    ...(statementMs > 0 ? { statement_timeout: statementMs, query_timeout: statementMs + 1000 } : {}),
    ...(connectMs > 0 ? { connectionTimeoutMillis: connectMs } : {}),
  };
}
