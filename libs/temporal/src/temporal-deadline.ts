import { Injectable } from '@nestjs/common';
import {
  Client,
  isGrpcCancelledError,
  isGrpcDeadlineError,
  isGrpcServiceError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';
import { AppConfig } from '@avrr/config';

/**
 * Temporal did not answer a call within its deadline, or could not be reached. The HTTP edge answers 503
 * `temporal_unavailable` with Retry-After. For an update the call may still land later: its update id makes the
 * caller's retry with the same Idempotency-Key join it rather than act twice.
 */
export class TemporalUnavailableError extends Error {
  readonly dependency = 'temporal';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TemporalUnavailableError';
  }
}

/** gRPC codes that say "Temporal is not answering", as opposed to a refusal of the call itself. */
const UNAVAILABLE_CODES = new Set<number>([
  1, // CANCELLED
  4, // DEADLINE_EXCEEDED
  14, // UNAVAILABLE
]);

/** Runs client calls under the configured deadline, so that a stalled Temporal fails them rather than hangs them. */
@Injectable()
export class TemporalDeadline {
  constructor(
    private readonly client: Client,
    private readonly config: AppConfig,
  ) {}

  async run<T>(what: string, call: () => Promise<T>): Promise<T> {
    const ms = this.config.deadlines.temporalMs;
    // The gRPC deadline ends every call made inside `call`; the abort signal ends the wait for the channel too, in
    // case the connection itself is still being made. Both are needed for "never hangs".
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), ms + 500);
    try {
      const connection = this.client.connection;
      return await connection.withAbortSignal(abort.signal, () => connection.withDeadline(Date.now() + ms, call));
    } catch (error) {
      if (isTemporalUnavailable(error)) {
        throw new TemporalUnavailableError(`Temporal did not answer ${what} within ${ms} ms`, { cause: error });
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }
}

export function isTemporalUnavailable(error: unknown): boolean {
  if (error instanceof TemporalUnavailableError || error instanceof WorkflowUpdateRPCTimeoutOrCancelledError)
    return true;
  if (isGrpcDeadlineError(error) || isGrpcCancelledError(error)) return true;
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    if (isGrpcServiceError(e) && UNAVAILABLE_CODES.has(e.code)) return true;
  }
  return false;
}
