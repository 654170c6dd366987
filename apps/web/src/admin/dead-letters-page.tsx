import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import type { components } from '../api-schema';
import { ErrorMessage, Loaded, useApi } from '../components';
import { useSubmit } from '../drafts';
import { useFormat } from '../format';

type DeadLetter = components['schemas']['DeadLetterView'];

const PAGE = 50;
/** The API's most per call. */
const MOST = 500;

/** Emails that used every attempt, newest first, and sending one again once its cause is fixed. */
export function DeadLettersPage() {
  const { t } = useTranslation();
  const [limit, setLimit] = useState(PAGE);
  const [letters, reload] = useApi<DeadLetter[]>(`/notifications/dead-letters?limit=${limit}`, { fresh: true });
  const [sent, setSent] = useState<string | null>(null);
  const retry = useSubmit();
  const send = async (letter: DeadLetter) => {
    const done = await retry.run(() =>
      api<unknown>('POST', `/notifications/dead-letters/${encodeURIComponent(letter.id)}/retry`, {}),
    );
    if (!done) return;
    setSent(t('admin.deadLetters.sent', { template: letter.template, to: letter.to }));
    reload();
  };
  return (
    <>
      <h1>{t('admin.deadLetters.title')}</h1>
      <p>{t('admin.deadLetters.intro')}</p>
      {sent && (
        <p className="notice" role="status">
          {sent}
        </p>
      )}
      {retry.state.status === 'error' && <ErrorMessage error={retry.state.error} />}
      <Loaded load={letters} retry={reload}>
        {(list) => (
          <>
            <LetterTable letters={list} onRetry={(l) => void send(l)} busy={retry.state.status === 'sending'} />
            {list.length === limit && limit < MOST && (
              <button type="button" onClick={() => setLimit(Math.min(limit + PAGE, MOST))}>
                {t('admin.deadLetters.more')}
              </button>
            )}
          </>
        )}
      </Loaded>
    </>
  );
}

function LetterTable({
  letters,
  onRetry,
  busy,
}: {
  letters: DeadLetter[];
  onRetry: (letter: DeadLetter) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (letters.length === 0) return <p className="empty">{t('admin.deadLetters.none')}</p>;
  return (
    <table className="admin-table">
      <thead>
        <tr>
          <th scope="col">{t('admin.deadLetters.failedAt')}</th>
          <th scope="col">{t('admin.deadLetters.template')}</th>
          <th scope="col">{t('admin.deadLetters.to')}</th>
          <th scope="col">{t('admin.deadLetters.reason')}</th>
          <th scope="col">{t('admin.deadLetters.attempts')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('admin.users.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {letters.map((l) => (
          <tr key={l.id} data-id={l.id}>
            <td>{fmt.dateTime(l.failedAt)}</td>
            <td>
              <code>{l.template}</code>
            </td>
            <td>{l.to}</td>
            <td lang="en">{l.failedReason}</td>
            <td>{fmt.number(l.attemptsMade)}</td>
            <td>
              <button type="button" disabled={busy} onClick={() => onRetry(l)}>
                {t('admin.deadLetters.retry', { template: l.template, to: l.to })}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
