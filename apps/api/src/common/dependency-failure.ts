import { isTemporalUnavailable } from '@avrr/temporal';
import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';

export type Dependency = 'temporal' | 'database' | 'redis';

/**
 * SQLSTATE classes and codes that say "the database is not answering now" rather than "this query is wrong":
 * 08 connection exceptions, 53 insufficient resources, 57014 a statement cancelled by statement_timeout,
 * 57P01..57P03 a server shutting down or starting.
 */
const UNAVAILABLE_SQLSTATE = /^(08|53|57014|57P0[123])/;

/** Messages of node-postgres for a lost or never-made connection and for its client-side query timeout. */
const PG_UNAVAILABLE =
  /timeout exceeded when trying to connect|Connection terminated|Query read timeout|connect ECONNREFUSED|Client has encountered a connection error|the database system is (shutting down|starting up|in recovery mode)|terminating connection due to administrator command/i;

/** ioredis: a command past its commandTimeout, out of retries, or refused with the offline queue off. */
const REDIS_UNAVAILABLE =
  /Command timed out|enableOfflineQueue|Connection is closed|Reached the max retries per request limit/i;

/**
 * Which dependency an error says is unavailable, if any. The HTTP edge answers those 503 with Retry-After and a
 * code naming it, never 500: the request may succeed when repeated.
 */
export function unavailableDependency(error: unknown): Dependency | null {
  if (isTemporalUnavailable(error)) return 'temporal';
  if (error instanceof QueryFailedError) {
    const code = (error.driverError as { code?: unknown } | undefined)?.code;
    if (typeof code === 'string' && UNAVAILABLE_SQLSTATE.test(code)) return 'database';
    return PG_UNAVAILABLE.test(error.message) ? 'database' : null;
  }
  // A transaction whose connection died under it (PostgreSQL stopping): TypeORM has released its query runner, and
  // the transaction's next statement meets that instead of the lost connection. npm run chaos found it answered 500.
  if (error instanceof QueryRunnerAlreadyReleasedError) return 'database';
  if (!(error instanceof Error)) return null;
  // A refusal while the pool opens a connection (a server shutting down or starting) is node-postgres' own
  // DatabaseError, not wrapped in a QueryFailedError: npm run chaos found these answered 500.
  const code = (error as { code?: unknown }).code;
  if (error.name === 'error' && typeof code === 'string' && UNAVAILABLE_SQLSTATE.test(code)) return 'database';
  // A socket reset under a query in flight reaches the request as node's bare system error: node-postgres passes it
  // on, while ioredis and the Temporal client wrap theirs (above). npm run chaos found these answered 500.
  if ((code === 'ECONNRESET' || code === 'EPIPE') && 'syscall' in error) return 'database';
  if (
    error.name === 'RedisUnavailableError' ||
    error.name === 'MaxRetriesPerRequestError' ||
    REDIS_UNAVAILABLE.test(error.message)
  )
    return 'redis';
  if (PG_UNAVAILABLE.test(error.message)) return 'database';
  return null;
}

export const UNAVAILABLE_MESSAGES: Record<Dependency, string> = {
  temporal:
    'The workflow service did not answer in time. Retry with the same Idempotency-Key: an action that did land is then answered, never repeated.',
  database: 'The database did not answer in time; try again shortly.',
  redis: 'The shared cache did not answer in time; try again shortly.',
};
