// Actions taken without a connection wait in the outbox (IndexedDB) and are sent in the order they were taken when the
// network returns. Each keeps the Idempotency-Key it was given when taken, so a send cut short and tried again is
// applied once by the API. A refusal is kept with the API's reason until the user chooses what to do with it.
import { useEffect, useState } from 'react';
import { api, ApiError, newIdempotencyKey } from '../api';
import { deviceDb, type OutboxEntry, type Refusal } from './device-store';

/** Set at sign-in: the outbox takes actions only for a user who works offline. */
let owner: string | null = null;
export function setOutboxOwner(userId: string | null): void {
  owner = userId;
}
export const outboxOwner = (): string | null => owner;

const listeners = new Set<() => void>();
// Other tabs of the app see the same outbox: tell them when it changes.
const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('avrr-outbox') : null;
if (channel) channel.onmessage = () => listeners.forEach((l) => l());

export function outboxChanged(): void {
  listeners.forEach((l) => l());
  channel?.postMessage('changed');
}

export type NewEntry = Omit<OutboxEntry, 'seq' | 'state' | 'attempts' | 'createdAt' | 'userId'>;

export async function enqueue(entry: NewEntry): Promise<number> {
  const db = await deviceDb();
  if (!owner) throw new Error('no outbox for this user');
  const seq = await db.add('outbox', {
    ...entry,
    userId: owner,
    state: 'waiting',
    attempts: 0,
    createdAt: new Date().toISOString(),
  } as OutboxEntry);
  outboxChanged();
  if (navigator.onLine) void flushOutbox();
  return seq;
}

export async function outboxEntries(): Promise<OutboxEntry[]> {
  return (await deviceDb()).getAll('outbox');
}

/** Whether actions of this case still wait: a new one must then wait behind them, to keep their order. */
export async function waitingFor(caseId: string): Promise<boolean> {
  const forCase = await (await deviceDb()).getAllFromIndex('outbox', 'byCase', caseId);
  return forCase.some((e) => e.state === 'waiting' || e.state === 'sending');
}

export async function discard(seq: number): Promise<void> {
  await (await deviceDb()).delete('outbox', seq);
  outboxChanged();
}

/**
 * A refused action sent again, once the user has dealt with the reason (the case reopened, say). It is a new request
 * for the API, so it gets a new key: the refused one is answered with the same refusal.
 */
export async function sendAgain(seq: number): Promise<void> {
  const db = await deviceDb();
  const entry = await db.get('outbox', seq);
  if (!entry || entry.state !== 'refused') return;
  await db.put('outbox', { ...entry, state: 'waiting', refusal: undefined, idempotencyKey: newIdempotencyKey() });
  outboxChanged();
  void flushOutbox();
}

let flushing: Promise<void> | null = null;

/** Sends what waits, in order; one run at a time, across the app's tabs too (Web Locks where the browser has them). */
export function flushOutbox(): Promise<void> {
  const run = async (): Promise<void> => {
    if ('locks' in navigator) await navigator.locks.request('avrr-outbox', () => drain());
    else await drain();
  };
  const current = (flushing ??= run().finally(() => {
    flushing = null;
  }));
  return current;
}

const SENT_KEPT_MS = 24 * 3600 * 1000;

async function drain(): Promise<void> {
  const db = await deviceDb();
  // Sent entries are shown for a day, then removed: the case itself has them.
  for (const entry of await db.getAll('outbox')) {
    if (entry.state === 'sent' && Date.now() - Date.parse(entry.sentAt ?? entry.createdAt) > SENT_KEPT_MS)
      await db.delete('outbox', entry.seq);
  }
  for (const seq of await db.getAllKeys('outbox')) {
    const entry = await db.get('outbox', seq);
    // Sent and refused entries are done; "sending" is a send cut short (a closed tab): sent again with its key.
    if (!entry || entry.state === 'sent' || entry.state === 'refused') continue;
    let path = entry.path;
    if (entry.afterSeq !== undefined) {
      const first = await db.get('outbox', entry.afterSeq);
      const visit = first?.result?.visitNumber;
      if (first?.state === 'sent' && visit !== undefined) path = path.replace('{visit}', String(visit));
      else {
        await db.put('outbox', { ...entry, state: 'refused', refusal: localRefusal('depends_on_refused') });
        outboxChanged();
        continue;
      }
    }
    await db.put('outbox', { ...entry, state: 'sending', attempts: entry.attempts + 1 });
    outboxChanged();
    try {
      const answer = await api<unknown>(entry.method, path, entry.body, { idempotencyKey: entry.idempotencyKey });
      await db.put('outbox', {
        ...entry,
        path,
        state: 'sent',
        attempts: entry.attempts + 1,
        sentAt: new Date().toISOString(),
        result: entry.action === 'record_follow_up' ? { visitNumber: visitRecorded(answer, entry.body) } : undefined,
      });
    } catch (error) {
      const e = error instanceof ApiError ? error : new ApiError(0, String(error), 'offline');
      // No answer, the service failing or the session to renew: the entry waits for the next try, in its place.
      if (e.offline || e.status >= 500 || e.status === 401 || e.status === 408 || e.status === 429) {
        await db.put('outbox', { ...entry, state: 'waiting', attempts: entry.attempts + 1 });
        outboxChanged();
        return;
      }
      const ours = entry.attempts > 0 && (await surveyAlreadyOurs(entry, path, e));
      await db.put('outbox', {
        ...entry,
        path,
        attempts: entry.attempts + 1,
        ...(ours ? { state: 'sent', sentAt: new Date().toISOString() } : { state: 'refused', refusal: refusalOf(e) }),
      });
    }
    outboxChanged();
  }
}

/** The visit number the API gave a follow-up: the newest visit with the date and notes that were sent. */
function visitRecorded(answer: unknown, body: unknown): number | undefined {
  const sent = body as { visitedOn?: string; notes?: string };
  const visits =
    (answer as { state?: { followUps?: Array<{ visitNumber: number; visitedOn: string; notes: string }> } }).state
      ?.followUps ?? [];
  const mine = visits.filter((v) => v.visitedOn === sent.visitedOn && v.notes === sent.notes);
  return mine.length ? Math.max(...mine.map((v) => v.visitNumber)) : undefined;
}

/**
 * The survey endpoint has no Idempotency-Key: a visit has one survey, never replaced. A survey sent again after an
 * answer that never arrived is refused as already recorded; it was this one if the recorded answers are the ones sent.
 */
async function surveyAlreadyOurs(entry: OutboxEntry, path: string, error: ApiError): Promise<boolean> {
  if (entry.action !== 'record_survey' || error.code !== 'survey_already_recorded') return false;
  const visit = Number(path.match(/follow-ups\/(\d+)\/survey$/)?.[1]);
  try {
    const surveys = await api<Array<{ visitNumber: number; answers: Record<string, string | null> }>>(
      'GET',
      `/cases/${entry.caseId}/surveys`,
    );
    const recorded = surveys.find((s) => s.visitNumber === visit);
    const sent = (entry.body as { answers: Record<string, string | null> }).answers;
    return !!recorded && Object.entries(sent).every(([k, v]) => (recorded.answers[k] ?? null) === v);
  } catch {
    return false;
  }
}

function refusalOf(e: ApiError): Refusal {
  return { status: e.status, code: e.code, message: e.message, details: e.details, violations: e.violations };
}

/** A refusal the app itself gives: the action needed another that the API refused. */
function localRefusal(code: string): Refusal {
  return { status: 409, code, message: code, details: null, violations: [] };
}

/** The outbox as it is now, kept current as entries are added, sent or refused. */
export function useOutbox(): OutboxEntry[] | null {
  const [entries, setEntries] = useState<OutboxEntry[] | null>(null);
  useEffect(() => {
    let live = true;
    const load = () =>
      void outboxEntries().then(
        (all) => live && setEntries(all),
        () => live && setEntries([]),
      );
    listeners.add(load);
    load();
    return () => {
      live = false;
      listeners.delete(load);
    };
  }, []);
  return entries;
}
