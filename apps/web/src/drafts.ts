// A half-filled form survives a lost connection, a refused answer and a reload of the tab: its values (and the
// Idempotency-Key of the submission in flight, so a retry is applied once) live in sessionStorage until it succeeds.
// For a partner, a submission without a connection goes on to the outbox with that key (offline/outbox.ts).
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError, newIdempotencyKey } from './api';
import { enqueue, outboxOwner, waitingFor } from './offline/outbox';

interface Stored<T> {
  values: T;
  idempotencyKey: string;
}

const PREFIX = 'avrr.draft.';

function read<T>(key: string): Stored<T> | null {
  try {
    return JSON.parse(sessionStorage.getItem(PREFIX + key) ?? 'null') as Stored<T> | null;
  } catch {
    return null;
  }
}

export function useDraft<T extends object>(key: string, initial: () => T) {
  const [stored] = useState(() => read<T>(key));
  const [values, setValues] = useState<T>(() => (stored ? { ...initial(), ...stored.values } : initial()));
  const idempotencyKey = useRef(stored?.idempotencyKey ?? newIdempotencyKey());
  const [restored, setRestored] = useState(stored !== null);
  const touched = useRef(stored !== null);

  useEffect(() => {
    if (!touched.current) return;
    sessionStorage.setItem(PREFIX + key, JSON.stringify({ values, idempotencyKey: idempotencyKey.current }));
  }, [key, values]);

  const set = useCallback(<K extends keyof T>(field: K, value: T[K]) => {
    touched.current = true;
    setValues((v) => ({ ...v, [field]: value }));
  }, []);
  const replace = useCallback((next: T) => {
    touched.current = true;
    setValues(next);
  }, []);
  /** After success, or when the user throws the draft away: a fresh form and a fresh key. */
  const clear = useCallback(() => {
    sessionStorage.removeItem(PREFIX + key);
    touched.current = false;
    idempotencyKey.current = newIdempotencyKey();
    setRestored(false);
    setValues(initial());
  }, [key]);
  /** A changed form is a new request: it gets a new key (the API refuses a key reused with another body). */
  const newKey = useCallback(() => {
    idempotencyKey.current = newIdempotencyKey();
  }, []);
  return { values, set, replace, clear, restored, idempotencyKey: () => idempotencyKey.current, newKey };
}

export type SubmitState =
  { status: 'idle' | 'sending' | 'done' } | { status: 'queued'; seq: number } | { status: 'error'; error: ApiError };

/** A write to the API, and what the outbox needs to keep it when it cannot be sent now. */
export interface Outgoing {
  method: 'POST' | 'PUT';
  path: string;
  body: unknown;
  idempotencyKey: string;
  /** Given for actions that may wait in the outbox (a partner's, on a case). */
  queue?: { caseId: string; caseReference: string; action: string; afterSeq?: number };
}

/** Sent now with its answer, or kept in the outbox (`queued`) to be sent when the connection returns. */
export type Sent<R> = { result: R } | { queued: number };

export function useSubmit() {
  const [state, setState] = useState<SubmitState>({ status: 'idle' });
  const fail = (error: unknown) =>
    setState({
      status: 'error',
      error: error instanceof ApiError ? error : new ApiError(0, String(error), 'offline'),
    });
  const run = useCallback(async <R>(work: () => Promise<R>): Promise<R | undefined> => {
    setState({ status: 'sending' });
    try {
      const result = await work();
      setState({ status: 'done' });
      return result;
    } catch (error) {
      fail(error);
      return undefined;
    }
  }, []);
  /**
   * Sends a write; for a user with an outbox, a write that finds no connection, or whose case still has actions
   * waiting (they go first), is kept in the outbox with its Idempotency-Key instead of failing.
   */
  const send = useCallback(async <R>(out: Outgoing): Promise<Sent<R> | undefined> => {
    const queue = outboxOwner() && out.queue ? out.queue : null;
    const keep = async (): Promise<Sent<R>> => {
      const seq = await enqueue({
        ...queue!,
        method: out.method,
        path: out.path,
        body: out.body,
        idempotencyKey: out.idempotencyKey,
      });
      setState({ status: 'queued', seq });
      return { queued: seq };
    };
    setState({ status: 'sending' });
    try {
      if (queue && (queue.afterSeq !== undefined || (await waitingFor(queue.caseId)))) return await keep();
      const result = await api<R>(out.method, out.path, out.body, { idempotencyKey: out.idempotencyKey });
      setState({ status: 'done' });
      return { result };
    } catch (error) {
      if (queue && error instanceof ApiError && error.offline) return keep();
      fail(error);
      return undefined;
    }
  }, []);
  return { state, run, send, reset: () => setState({ status: 'idle' }) };
}
