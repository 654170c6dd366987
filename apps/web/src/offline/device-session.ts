// The device's part in signing in and out: whose data it holds, what the service worker may keep, and the wipe.
import type { SessionUser } from '../api';
import { markReads, refreshDeviceCopy, worksOffline } from './device-copy';
import { claimDevice, DEVICE_COPY_CACHE, deviceDb, wipeDevice } from './device-store';
import { flushOutbox, outboxEntries, setOutboxOwner } from './outbox';

/** A user is signed in (or the tab reloaded, online or not): the device is theirs; a partner's outbox is sent. */
export async function deviceSignedIn(user: SessionUser): Promise<void> {
  markReads(user.role);
  const offline = worksOffline(user.role);
  setOutboxOwner(offline ? user.id : null);
  try {
    await claimDevice(user.id);
  } catch {
    // No IndexedDB (a private window may refuse it): the app works online as before.
    setOutboxOwner(null);
    return;
  }
  // In the background: the page need not wait for the copy.
  if (offline && navigator.onLine) void flushOutbox().then(refreshDeviceCopy);
}

/**
 * The app started without a session (the tab or the installed app was closed): the copy of reads cannot be used
 * without signing in again, so it goes now. The outbox stays for its owner's next sign-in: it holds unsent work.
 */
export async function deviceWithoutSession(): Promise<void> {
  markReads(null);
  setOutboxOwner(null);
  try {
    if ('caches' in window) await caches.delete(DEVICE_COPY_CACHE);
    await (await deviceDb()).delete('meta', 'copy');
  } catch {
    // Nothing kept.
  }
}

/** How many actions would be lost by signing out now. */
export async function unsentActions(): Promise<number> {
  try {
    return (await outboxEntries()).filter((e) => e.state === 'waiting' || e.state === 'sending').length;
  } catch {
    return 0;
  }
}

/** Sign-out: nothing of the user stays on the device. */
export async function deviceSignedOut(): Promise<void> {
  markReads(null);
  setOutboxOwner(null);
  await wipeDevice().catch(() => undefined);
}
