import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type NotificationLanguage, renderNotification } from '@avrr/domain/notifications/notification-catalogue';
import { api, ApiError } from '../api';
import { ErrorMessage, Loading } from '../components';
import { useFormat } from '../format';
import type { Inbox, InboxItem } from '../types';
import { INBOX_CHANGED } from './inbox-link';

/**
 * The person's inbox: what the service told them, newest first, in the app's language from the same catalogue as the
 * emails; each links to its case and can be marked read.
 */
export function InboxPage() {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const [items, setItems] = useState<InboxItem[] | null>(null);
  const [unread, setUnread] = useState(0);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const load = async (cursor: string | null) => {
    try {
      const page = await api<Inbox>('GET', `/me/notifications?limit=20${cursor ? `&cursor=${cursor}` : ''}`);
      setItems((shown) => [...(cursor ? (shown ?? []) : []), ...page.items]);
      setUnread(page.unread);
      setNext(page.nextCursor);
      setError(null);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, String(e)));
    }
  };
  useEffect(() => void load(null), []);

  const markRead = async (id: string | null) => {
    try {
      const marked = await api<{ unread: number }>(
        'POST',
        id ? `/me/notifications/${id}/read` : '/me/notifications/read-all',
      );
      const now = new Date().toISOString();
      setItems((shown) => (shown ?? []).map((i) => (!id || i.id === id ? { ...i, readAt: i.readAt ?? now } : i)));
      setUnread(marked.unread);
      window.dispatchEvent(new Event(INBOX_CHANGED));
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, String(e)));
    }
  };

  const language = (['en', 'fr', 'ar'].includes(i18n.language) ? i18n.language : 'en') as NotificationLanguage;
  return (
    <>
      <h1>{t('inbox.title')}</h1>
      <p>{t('inbox.intro')}</p>
      <p>
        <Link to="/inbox/settings">{t('inbox.settings')}</Link>
      </p>
      {error && <ErrorMessage error={error} onRetry={() => void load(null)} />}
      {!items && !error && <Loading />}
      {items && (
        <>
          <p className="counts" role="status" data-testid="unread-count">
            <strong>{t('inbox.unread', { n: fmt.number(unread) })}</strong>{' '}
            {unread > 0 && (
              <button type="button" onClick={() => void markRead(null)}>
                {t('inbox.markAllRead')}
              </button>
            )}
          </p>
          {items.length === 0 ? (
            <p className="empty">{t('inbox.empty')}</p>
          ) : (
            <ul className="cards" aria-label={t('inbox.title')}>
              {items.map((item) => {
                const { subject, text } = renderNotification(item.kind, item.data, language);
                return (
                  <li key={item.id} className={`card${item.readAt ? '' : ' unread'}`} data-testid="inbox-item">
                    <p className="card-title">
                      {!item.readAt && <span className="badge">{t('inbox.new')}</span>} <strong>{subject}</strong>
                    </p>
                    <p>{text}</p>
                    <p className="muted">{t('inbox.received', { date: fmt.dateTime(item.createdAt) })}</p>
                    <p>
                      {item.caseId && <Link to={`/cases/${item.caseId}`}>{t('inbox.openCase')}</Link>}{' '}
                      {!item.readAt && (
                        <button type="button" onClick={() => void markRead(item.id)}>
                          {t('inbox.markRead')}
                        </button>
                      )}
                    </p>
                  </li>
                );
              })}
            </ul>
          )}
          {next && (
            <button type="button" onClick={() => void load(next)}>
              {t('inbox.more')}
            </button>
          )}
        </>
      )}
    </>
  );
}
