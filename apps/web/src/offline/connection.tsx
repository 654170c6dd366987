// The connection as the app sees it, and what happens when it returns: the outbox is sent, then the device copy is
// brought up to date.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useFormat } from '../format';
import { refreshDeviceCopy } from './device-copy';
import { flushOutbox, useOutbox } from './outbox';

export function useOnline(): boolean {
  const [online, setOnline] = useState(navigator.onLine);
  useEffect(() => {
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, []);
  return online;
}

/** Sends what waits and refreshes the copy when the connection returns (mounted for users who work offline). */
export function useOfflineSync(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const back = () => void flushOutbox().then(refreshDeviceCopy);
    window.addEventListener('online', back);
    return () => window.removeEventListener('online', back);
  }, [enabled]);
}

/** The outbox in the navigation, with how many actions wait. */
export function OutboxLink() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const entries = useOutbox() ?? [];
  const waiting = entries.filter((e) => e.state === 'waiting' || e.state === 'sending').length;
  const refused = entries.some((e) => e.state === 'refused');
  return (
    <NavLink to="/outbox" className={refused ? 'has-refusals' : undefined}>
      {waiting ? t('offline.navWaiting', { n: fmt.number(waiting) }) : t('offline.nav')}
    </NavLink>
  );
}

/** Shown while the browser has no connection. */
export function OfflineBanner() {
  const { t } = useTranslation();
  const online = useOnline();
  return (
    <p className="offline-banner" role="status" data-testid="connection" hidden={online}>
      {online ? '' : t('offline.banner')}
    </p>
  );
}
