// What the installed app keeps on the device besides the service worker's copy of reads: the outbox of actions taken
// offline, and whose they are. One IndexedDB database, wiped whole at sign-out (docs/ACCESS.md, "The installed app").
import { type DBSchema, deleteDB, type IDBPDatabase, openDB } from 'idb';

/** The API's answer to an action that was refused, as the outbox shows it. */
export interface Refusal {
  status: number;
  code: string | null;
  message: string;
  details: Record<string, unknown> | null;
  violations: Array<{ field: string; reason: string }>;
}

export type OutboxState = 'waiting' | 'sending' | 'sent' | 'refused';

export interface OutboxEntry {
  /** Order of entry: the outbox sends in this order. */
  seq: number;
  userId: string;
  caseId: string;
  caseReference: string;
  /** The action's code (record_follow_up, survey…), for its name in the user's language. */
  action: string;
  method: 'POST' | 'PUT';
  /** The API path; `{visit}` stands for the visit number of the entry `afterSeq`, known once that one is sent. */
  path: string;
  body: unknown;
  idempotencyKey: string;
  /** An entry this one needs sent first (a survey of a visit recorded offline too). */
  afterSeq?: number;
  createdAt: string;
  state: OutboxState;
  attempts: number;
  sentAt?: string;
  refusal?: Refusal;
  /** What the API answered, for the entries that wait on this one (the follow-up visit's number). */
  result?: { visitNumber?: number };
}

interface DeviceSchema extends DBSchema {
  outbox: { key: number; value: OutboxEntry; indexes: { byCase: string } };
  meta: { key: string; value: string };
}

const NAME = 'avrr-device';
/** The service worker's cache of the partner's reads (vite.config.ts names it). */
export const DEVICE_COPY_CACHE = 'avrr-device-copy';

let opened: Promise<IDBPDatabase<DeviceSchema>> | null = null;

export function deviceDb(): Promise<IDBPDatabase<DeviceSchema>> {
  opened ??= openDB<DeviceSchema>(NAME, 1, {
    upgrade(db) {
      const outbox = db.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
      outbox.createIndex('byCase', 'caseId');
      db.createObjectStore('meta');
    },
    // Another tab wiping the device: let it, and open afresh next time.
    blocking() {
      void opened?.then((db) => db.close());
      opened = null;
    },
  });
  return opened;
}

/** Everything the app keeps on the device: the outbox, its owner and the service worker's copy of reads. */
export async function wipeDevice(): Promise<void> {
  if (opened) (await opened).close();
  opened = null;
  await deleteDB(NAME);
  if ('caches' in window) await caches.delete(DEVICE_COPY_CACHE);
}

/**
 * The device holds one user's data. Another user signing in on it finds nothing of the last one's: their outbox and
 * copies are removed (they could not be sent or read under another account anyway).
 */
export async function claimDevice(userId: string): Promise<void> {
  const db = await deviceDb();
  const owner = await db.get('meta', 'owner');
  if (owner !== undefined && owner !== userId) {
    await wipeDevice();
    await (await deviceDb()).put('meta', userId, 'owner');
  } else if (owner === undefined) {
    await db.put('meta', userId, 'owner');
  }
}
