// What a page shows while it waits for the API and when the API refuses or fails: the loading state, the error
// message, and the hook that fetches with both.
import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { i18n, TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError, api, type CallOptions, type Violation } from '../api';
import { reasonsText } from '../reasons';

/**
 * An error in words. A refusal with a known code reads in the user's language; the API's sentence (English, with the
 * specifics) follows it, marked as English (`translated` set). In English, or for a code the catalogue does not know,
 * the API's sentence alone.
 */
export function errorText(error: ApiError, t: TFunction, i18n: i18n): { text: string; translated: string | null } {
  const refusal = error.status === 409 || error.status === 422;
  const translated =
    refusal && error.code && !i18n.language.startsWith('en') && i18n.exists(`refusals.${error.code}`)
      ? t(`refusals.${error.code}`)
      : null;
  const text = translated
    ? t('errors.refused', { message: translated })
    : error.offline
      ? t('errors.offline')
      : error.status === 400 && error.violations.length
        ? t('errors.invalid')
        : error.status === 409 || error.status === 422
          ? t('errors.refused', { message: error.message })
          : error.status === 403
            ? t('errors.forbidden', { message: error.message })
            : error.status === 404
              ? t('errors.notFound')
              : t('errors.generic', { message: error.message });
  return { text, translated };
}

/** What went wrong, in words, with a retry when it may help. Violations not shown beside a field are listed here. */
export function ErrorMessage({
  error,
  onRetry,
  shownFields = [],
}: {
  error: ApiError;
  onRetry?: () => void;
  shownFields?: string[];
}) {
  const { t, i18n } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [error]);
  const { text, translated } = errorText(error, t, i18n);
  // A translated refusal lists its coded reasons in the user's language, in place of the API's English details.
  const reasons = translated ? reasonsText(t, error.reasons) : [];
  const unplaced: Violation[] = error.violations.filter((v) => !shownFields.includes(v.field));
  // Details the message does not already spell out (a refusal's message usually lists them).
  const details = error.details
    ? Object.entries(error.details).filter(
        ([, v]) =>
          (typeof v === 'string' || Array.isArray(v)) && ![v].flat().every((x) => error.message.includes(String(x))),
      )
    : [];
  return (
    <div className="error" role="alert" tabIndex={-1} ref={ref} data-code={error.code ?? ''}>
      <p>{text}</p>
      {translated && (
        <p className="muted" data-testid="service-said">
          {t('errors.serviceSaid')} <span lang="en">{error.message}</span>
        </p>
      )}
      {unplaced.length > 0 && (
        <ul>
          {unplaced.map((v) => (
            <li key={`${v.field}:${v.reason}`}>
              <code>{v.field}</code> {v.reason}
            </li>
          ))}
        </ul>
      )}
      {reasons.length > 0 && (
        <ul data-testid="refusal-reasons">
          {reasons.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
      {details.length > 0 && reasons.length === 0 && (
        <ul>
          {details.map(([k, v]) => (
            <li key={k}>{Array.isArray(v) ? v.map(String).join('; ') : String(v)}</li>
          ))}
        </ul>
      )}
      {onRetry && (error.offline || error.status >= 500) && (
        <button type="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status" aria-live="polite">
      {t('common.loading')}
    </p>
  );
}

export type Load<T> = { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'ok'; data: T };

/** GET with loading and error states; `reload` fetches again. */
export function useApi<T>(path: string | null, options: CallOptions = {}): [Load<T>, () => void] {
  const [state, setState] = useState<Load<T>>({ status: 'loading' });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!path) return;
    let live = true;
    setState((s) => (s.status === 'ok' ? s : { status: 'loading' }));
    api<T>('GET', path, undefined, options)
      .then((data) => live && setState({ status: 'ok', data }))
      .catch(
        (error: unknown) =>
          live &&
          setState({ status: 'error', error: error instanceof ApiError ? error : new ApiError(0, String(error)) }),
      );
    return () => {
      live = false;
    };
  }, [path, tick]);
  return [state, () => setTick((n) => n + 1)];
}

/** Renders a load: a spinner, the error with a retry, or the data. */
export function Loaded<T>({
  load,
  retry,
  children,
}: {
  load: Load<T>;
  retry: () => void;
  children: (data: T) => ReactNode;
}) {
  if (load.status === 'loading') return <Loading />;
  if (load.status === 'error') return <ErrorMessage error={load.error} onRetry={retry} />;
  return <>{children(load.data)}</>;
}

/** How a confirmation reads, given the translation function of the moment it is shown. */
export type Wording = (t: TFunction) => string;

/**
 * A confirmation ("Recorded", "Unlocked"), kept until the next one. It keeps its wording, not the words, so a language
 * switch after it appeared rewords it instead of leaving it in the old language.
 */
export function useNotice(): [ReactNode, (wording: Wording) => void] {
  const { t } = useTranslation();
  // Wrapped in an object: a bare function given to a state setter would be called as an updater.
  const [shown, setShown] = useState<{ wording: Wording } | null>(null);
  const notice = shown && (
    <p className="notice" role="status">
      {shown.wording(t)}
    </p>
  );
  return [notice, (wording) => setShown({ wording })];
}
