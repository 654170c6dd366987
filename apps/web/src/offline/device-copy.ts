// The partner's device copy: their cases and what a visit needs (case, plan, timeline, surveys, skills profiles),
// fetched while online and kept by the service worker, which answers from it when the network is gone. Only reads the
// app marks are kept (X-Device-Copy), and only for the roles that work in the field.
import { api, setDeviceCopy } from '../api';
import type { CaseList, CaseView, WorkQueue } from '../types';
import { DEVICE_COPY_CACHE, deviceDb } from './device-store';
import { outboxChanged } from './outbox';

/** Partners work where the network comes and goes; every other role works at an office, online. */
export const worksOffline = (role: string): boolean => role === 'partner_focal_point';

// What a visit needs, and the lists that lead to it.
const KEPT = [
  /^\/me\/work$/,
  /^\/cases\?stage=(arrival|reintegration|monitoring)&limit=50$/,
  /^\/cases\/[0-9a-f-]{36}$/,
  /^\/cases\/[0-9a-f-]{36}\/(timeline|surveys|links)$/,
  /^\/cases\/[0-9a-f-]{36}\/people\/[0-9a-f-]{36}\/skills-profile$/,
];
const STAGES = ['arrival', 'reintegration', 'monitoring'] as const;
const MOST_CASES = 50;

export interface KeptCase {
  id: string;
  reference: string;
  principalName: string;
}

export interface DeviceCopy {
  at: string;
  cases: KeptCase[];
  /** What could not be read at the last refresh, in the API's words. */
  failures: string[];
}

// The cases whose reads are kept: the partner's cases as last listed. A case read otherwise (found by search, or
// closed since) is read from the network only. Kept for the tab's session, so that a reload offline still knows.
const KEPT_IDS = 'avrr.deviceCases';
let keptIds = new Set<string>();
const caseOf = (path: string): string | undefined => path.match(/^\/cases\/([0-9a-f-]{36})/)?.[1];
function keep(ids: string[]): void {
  keptIds = new Set(ids);
  if (ids.length) sessionStorage.setItem(KEPT_IDS, JSON.stringify(ids));
  else sessionStorage.removeItem(KEPT_IDS);
}

/** Marks the signed-in user's reads for the service worker to keep, or stops marking them (null). */
export function markReads(role: string | null): void {
  keep(role && worksOffline(role) ? (JSON.parse(sessionStorage.getItem(KEPT_IDS) ?? '[]') as string[]) : []);
  setDeviceCopy(
    role && worksOffline(role)
      ? (path) => KEPT.some((p) => p.test(path)) && (caseOf(path) === undefined || keptIds.has(caseOf(path)!))
      : null,
  );
}

/** The page is controlled by the service worker (its first start claims the page), or there is none to wait for. */
async function serviceWorkerInControl(): Promise<boolean> {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return false;
  if (navigator.serviceWorker.controller) return true;
  // The app registers it at start (main.tsx); on its first start it claims the open pages once active.
  await navigator.serviceWorker.ready;
  if (!navigator.serviceWorker.controller)
    await new Promise<void>((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }),
    );
  return true;
}

let copying: Promise<void> | null = null;

/** Fetches the partner's cases and what each visit needs, so that the service worker keeps them. */
export function refreshDeviceCopy(): Promise<void> {
  copying ??= copy().finally(() => {
    copying = null;
  });
  return copying;
}

/** How many cases the copy reads at the same time. */
const CASES_AT_ONCE = 4;

async function copy(): Promise<void> {
  if (!navigator.onLine || !(await serviceWorkerInControl())) return;
  // A list or a case that cannot be read now (the service failing, a case just out of scope) is skipped: the rest
  // is still kept, and the failure is shown on the outbox page.
  const failures: string[] = [];
  const settled = await Promise.allSettled([
    api<WorkQueue>('GET', '/me/work').then((q) => q.items.map((i) => i.caseId)),
    ...STAGES.map((s) =>
      api<CaseList>('GET', `/cases?stage=${s}&limit=${MOST_CASES}`).then((l) => l.items.map((c) => c.id)),
    ),
  ]);
  const lists = settled.flatMap((r) =>
    r.status === 'fulfilled' ? [r.value] : (failures.push(messageOf(r.reason)), []),
  );
  const ids = [...new Set(lists.flat())].slice(0, MOST_CASES);
  keep(ids);
  // A few cases at a time: one after another, a partner with many cases waited minutes for the copy; all at once
  // would crowd a slow connection.
  const read: Array<KeptCase | null> = new Array(ids.length).fill(null);
  let next = 0;
  const reader = async (): Promise<void> => {
    for (let i = next++; i < ids.length; i = next++) {
      const id = ids[i];
      try {
        const view = await api<CaseView>('GET', `/cases/${id}`);
        // Each read the visit may need; one missing (no skills profile yet: 404) does not stop the others.
        await Promise.allSettled([
          api('GET', `/cases/${id}/timeline`),
          api('GET', `/cases/${id}/surveys`),
          ...[view.principal, ...view.household].map((p) => api('GET', `/cases/${id}/people/${p.id}/skills-profile`)),
        ]);
        read[i] = { id, reference: view.reference, principalName: view.principalName };
      } catch (error) {
        failures.push(messageOf(error));
      }
    }
  };
  await Promise.all(Array.from({ length: CASES_AT_ONCE }, reader));
  const kept = read.filter((c): c is KeptCase => c !== null);
  await forgetOtherCases(new Set(kept.map((c) => c.id)));
  const copied: DeviceCopy = { at: new Date().toISOString(), cases: kept, failures };
  keep(kept.map((c) => c.id));
  await (await deviceDb()).put('meta', JSON.stringify(copied), 'copy');
  outboxChanged();
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** A case that left the partner's cases (closed, or out of their scope now) leaves the device too. */
async function forgetOtherCases(kept: Set<string>): Promise<void> {
  const cache = await caches.open(DEVICE_COPY_CACHE);
  for (const request of await cache.keys()) {
    const caseId = new URL(request.url).pathname.match(/^\/cases\/([0-9a-f-]{36})(\/|$)/)?.[1];
    if (caseId && !kept.has(caseId)) await cache.delete(request, { ignoreVary: true });
  }
}

export async function deviceCopy(): Promise<DeviceCopy | null> {
  const stored = await (await deviceDb()).get('meta', 'copy');
  return stored ? (JSON.parse(stored) as DeviceCopy) : null;
}
