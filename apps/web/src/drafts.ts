// A half-filled form survives a lost connection, a refused answer and a reload of the tab: its values (and the
// Idempotency-Key of the submission in flight, so a retry is applied once) live in sessionStorage until it succeeds.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, newIdempotencyKey } from './api';

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

export type SubmitState = { status: 'idle' | 'sending' | 'done' } | { status: 'error'; error: ApiError };

export function useSubmit() {
  const [state, setState] = useState<SubmitState>({ status: 'idle' });
  const run = useCallback(async <R>(work: () => Promise<R>): Promise<R | undefined> => {
    setState({ status: 'sending' });
    try {
      const result = await work();
      setState({ status: 'done' });
      return result;
    } catch (error) {
      setState({
        status: 'error',
        error: error instanceof ApiError ? error : new ApiError(0, String(error), 'offline'),
      });
      return undefined;
    }
  }, []);
  return { state, run, reset: () => setState({ status: 'idle' }) };
}
