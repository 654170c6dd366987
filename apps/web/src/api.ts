// The one way the app talks to the API: bearer token, refresh on expiry, and errors as ApiError.

import type { components } from './api-schema';
import type { CaseReason } from './types';

export type Violation = NonNullable<components['schemas']['ErrorBody']['violations']>[number];

/** An API refusal (4xx/5xx with its body), or no answer at all (`offline`). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string | null = null,
    readonly violations: Violation[] = [],
    readonly details: Record<string, unknown> | null = null,
    readonly requestId: string | null = null,
    /** A refusal's reasons as codes with parameters, rendered for the caller's role, for translation. */
    readonly reasons: CaseReason[] = [],
  ) {
    super(message);
  }
  get offline(): boolean {
    return this.status === 0;
  }
}

export type SessionUser = components['schemas']['SessionUserView'];

type Tokens = Pick<components['schemas']['SessionView'], 'accessToken' | 'refreshToken'>;

/** A value kept as JSON in the tab's sessionStorage: it lasts as long as the session. */
function sessionValue<T>(key: string) {
  return {
    get(): T | null {
      try {
        return JSON.parse(sessionStorage.getItem(key) ?? 'null') as T | null;
      } catch {
        return null;
      }
    },
    set(value: T | null): void {
      if (value) sessionStorage.setItem(key, JSON.stringify(value));
      else sessionStorage.removeItem(key);
    },
  };
}

/** Who is signed in, kept with the tokens: a reload without a connection still knows the user. */
export const sessionUser = sessionValue<SessionUser>('avrr.user');
const storedTokens = sessionValue<Tokens>('avrr.tokens');

export const tokens = {
  get: storedTokens.get,
  set(value: Tokens | null): void {
    storedTokens.set(value);
    if (!value) sessionUser.set(null);
  },
};

/** Which reads the service worker keeps on the device (offline/device-copy.ts sets it for the roles it concerns). */
let keepsCopy: ((path: string) => boolean) | null = null;
export function setDeviceCopy(predicate: ((path: string) => boolean) | null): void {
  keepsCopy = predicate;
}

/** Called when the session cannot be renewed: the app shows the sign-in page. */
let onSignedOut: () => void = () => undefined;
export function whenSignedOut(handler: () => void): void {
  onSignedOut = handler;
}

async function send(method: string, path: string, body: unknown, headers: Record<string, string>): Promise<Response> {
  // A multipart form (a file upload) sets its own content type with its boundary.
  const form = body instanceof FormData;
  try {
    return await fetch(path, {
      method,
      headers: {
        Accept: 'application/json',
        ...(body === undefined || form ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'offline', 'offline');
  }
}

async function errorOf(response: Response): Promise<ApiError> {
  let body: Record<string, unknown> = {};
  try {
    body = (await response.json()) as Record<string, unknown>;
  } catch {
    // not JSON: keep the status
  }
  return new ApiError(
    response.status,
    typeof body.message === 'string' ? body.message : response.statusText,
    typeof body.code === 'string' ? body.code : null,
    Array.isArray(body.violations) ? (body.violations as Violation[]) : [],
    body.details && typeof body.details === 'object' ? (body.details as Record<string, unknown>) : null,
    typeof body.requestId === 'string' ? body.requestId : null,
    Array.isArray(body.reasons)
      ? (body.reasons as CaseReason[]).filter((r) => typeof r?.code === 'string' && typeof r.params === 'object')
      : [],
  );
}

let refreshing: Promise<boolean> | null = null;

/** Swaps the refresh token for a new pair, once even if several calls found the access token expired. */
function refresh(): Promise<boolean> {
  refreshing ??= (async () => {
    const current = tokens.get();
    if (!current) return false;
    const response = await send('POST', '/auth/refresh', { refreshToken: current.refreshToken }, {});
    if (!response.ok) {
      tokens.set(null);
      return false;
    }
    const session = (await response.json()) as Tokens;
    tokens.set({ accessToken: session.accessToken, refreshToken: session.refreshToken });
    return true;
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

export interface CallOptions {
  /** Sent as Idempotency-Key: a retried write is applied once. */
  idempotencyKey?: string;
  /** The Accept header, for a call that answers with something else than JSON. */
  accept?: string;
  /** A read only worth having fresh: never kept in the device copy. */
  fresh?: boolean;
}

/** A call with the access token (renewed once on 401); a refusal is thrown as ApiError. */
async function call(method: string, path: string, body: unknown, options: CallOptions): Promise<Response> {
  const headers = (): Record<string, string> => {
    const access = tokens.get()?.accessToken;
    return {
      ...(access ? { Authorization: `Bearer ${access}` } : {}),
      ...(options.idempotencyKey ? { 'Idempotency-Key': options.idempotencyKey } : {}),
      ...(options.accept ? { Accept: options.accept } : {}),
      ...(method === 'GET' && !options.fresh && keepsCopy?.(path) ? { 'X-Device-Copy': 'keep' } : {}),
    };
  };
  let response = await send(method, path, body, headers());
  if (response.status === 401 && tokens.get()) {
    if (await refresh()) response = await send(method, path, body, headers());
    else onSignedOut();
  }
  if (!response.ok) throw await errorOf(response);
  return response;
}

/** JSON in (or a FormData upload), JSON out. */
export async function api<T>(method: string, path: string, body?: unknown, options: CallOptions = {}): Promise<T> {
  const response = await call(method, path, body, options);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** A file the API streams as an attachment, with the name its Content-Disposition gives. */
export async function download(path: string): Promise<{ blob: Blob; fileName: string }> {
  const response = await call('GET', path, undefined, { accept: '*/*' });
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const plain = /filename="([^"]*)"/i.exec(disposition)?.[1];
  return { blob: await response.blob(), fileName: utf8 ? decodeURIComponent(utf8) : (plain ?? 'document') };
}

/** Downloads a file from the API (with the bearer token a plain link would not send) and hands it to the browser. */
export async function saveDownload(path: string): Promise<void> {
  const { blob, fileName } = await download(path);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function signIn(email: string, password: string): Promise<SessionUser> {
  const response = await send('POST', '/auth/login', { email, password }, {});
  if (!response.ok) throw await errorOf(response);
  const session = (await response.json()) as components['schemas']['SessionView'];
  tokens.set({ accessToken: session.accessToken, refreshToken: session.refreshToken });
  sessionUser.set(session.user);
  return session.user;
}

/** Sets the user's own password; the answer is a new session (every other one has ended). */
export async function changePassword(currentPassword: string, newPassword: string): Promise<SessionUser> {
  const session = await api<components['schemas']['SessionView']>('POST', '/auth/password', {
    currentPassword,
    newPassword,
  });
  tokens.set({ accessToken: session.accessToken, refreshToken: session.refreshToken });
  sessionUser.set(session.user);
  return session.user;
}

export async function signOut(): Promise<void> {
  const current = tokens.get();
  if (current) await api('POST', '/auth/logout', { refreshToken: current.refreshToken }).catch(() => undefined);
  tokens.set(null);
}

/** A random key (crypto.randomUUID needs a secure context; the fallback does not). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function' && window.isSecureContext) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
