import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { api } from '../api';
import { useFormat } from '../format';
import type { Inbox } from '../types';

/** The inbox page tells the navigation when it marks something read. */
export const INBOX_CHANGED = 'avrr:inbox-changed';

/** The inbox in the navigation, with the unread count, read again on every page change. */
export function InboxLink() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const location = useLocation();
  const [unread, setUnread] = useState(0);
  useEffect(() => {
    let live = true;
    const read = () =>
      api<Inbox>('GET', '/me/notifications?limit=1')
        .then((inbox) => live && setUnread(inbox.unread))
        // The count is a hint: a failed read leaves the last one shown, and the page itself reports errors.
        .catch(() => undefined);
    void read();
    window.addEventListener(INBOX_CHANGED, read);
    return () => {
      live = false;
      window.removeEventListener(INBOX_CHANGED, read);
    };
  }, [location.pathname]);
  return (
    <NavLink to="/inbox" data-testid="inbox-link">
      {unread ? t('inbox.navUnread', { n: fmt.number(unread) }) : t('inbox.nav')}
    </NavLink>
  );
}
