import { ApplicationFailure } from '@temporalio/common';
import { DomainError } from '@avrr/domain';
import { EntityNotFoundError, QueryFailedError } from 'typeorm';

/** The prefix of the failure type of an activity error that retrying cannot fix. */
export const PERMANENT_PREFIX = 'activity_permanent:';

/** Thrown by an activity when a row it needs is not there; retrying will not make it appear. */
export class MissingRowError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MissingRowError';
  }
}

/** The SQLSTATE of a PostgreSQL error, whether TypeORM wrapped it or not. */
function sqlState(error: unknown): string | undefined {
  const e = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = error instanceof QueryFailedError ? e?.driverError?.code : e?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/**
 * Turns an activity error that retrying cannot fix into a non-retryable ApplicationFailure whose type names the
 * reason (`activity_permanent:constraint_violation:23505`); returns undefined for everything else, which Temporal
 * retries with the activity's backoff: connections lost or refused, the server shutting down or starting (57P01,
 * 57P03), serialization failures (40001), deadlocks (40P01), the statement timeout (57014), pool timeouts.
 * An ApplicationFailure already thrown (a refusal, `case_refused:<code>`) is left as it is.
 */
export function permanentFailureOf(error: unknown): ApplicationFailure | undefined {
  if (error instanceof ApplicationFailure) return undefined;
  const message = error instanceof Error ? error.message : String(error);
  const fail = (reason: string) =>
    ApplicationFailure.create({
      type: `${PERMANENT_PREFIX}${reason}`,
      // NUL cannot be stored as text anywhere downstream (the timeline), so it never travels in the message.
      message: message.replaceAll('\u0000', '\\0'),
      nonRetryable: true,
      cause: error instanceof Error ? error : undefined,
    });
  const code = sqlState(error);
  if (code?.startsWith('23')) return fail(`constraint_violation:${code}`);
  if (code?.startsWith('22')) return fail(`invalid_data:${code}`);
  if (error instanceof EntityNotFoundError || error instanceof MissingRowError) return fail('missing_row');
  if (error instanceof DomainError) return fail(`validation_failed:${error.code}`);
  return undefined;
}

/** Wraps an activity so that a permanent error fails it once, typed, instead of being retried forever. */
export function classified<A extends unknown[], R>(run: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A) => {
    try {
      return await run(...args);
    } catch (error) {
      throw permanentFailureOf(error) ?? error;
    }
  };
}
