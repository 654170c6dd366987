import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api';
import { ErrorMessage, Loaded, useApi } from '../components';
import { useSubmit } from '../drafts';
import { useFormat } from '../format';
import { formatAmount } from '../money';
import type { FinanceWork, FinanceWorkItem } from '../types';
import { ReconciliationExportPanel } from './reconciliation-export';

/** A finance officer's home: what waits on finance across the programme, oldest first, page after page. */
export function FinanceWorkPage() {
  const { t } = useTranslation();
  const [load, retry] = useApi<FinanceWork>('/finance/work?limit=50');
  return (
    <>
      <h1>{t('work.title')}</h1>
      <p>{t('finance.intro')}</p>
      <Loaded load={load} retry={retry}>
        {(first) => <WorkList first={first} />}
      </Loaded>
      <ReconciliationExportPanel />
    </>
  );
}

function WorkList({ first }: { first: FinanceWork }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const [pages, setPages] = useState<FinanceWorkItem[][]>([first.items]);
  const [cursor, setCursor] = useState(first.nextCursor);
  const more = useSubmit();
  const items = pages.flat();
  const loadMore = () =>
    more.run(async () => {
      const page = await api<FinanceWork>('GET', `/finance/work?limit=50&cursor=${encodeURIComponent(cursor!)}`);
      setPages((p) => [...p, page.items]);
      setCursor(page.nextCursor);
    });
  if (items.length === 0) return <p className="empty">{t('finance.empty')}</p>;
  return (
    <section aria-labelledby="finance-queue-title">
      <h2 id="finance-queue-title">{t('finance.queue')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('finance.what')}</th>
            <th scope="col">{t('finance.case')}</th>
            <th scope="col">{t('finance.amount')}</th>
            <th scope="col">{t('finance.since')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={`${item.kind}:${item.itemId}`} data-kind={item.kind}>
              <td>{t(`finance.kinds.${item.kind}`)}</td>
              <td>
                <Link to={`/cases/${item.caseId}/money`}>{item.caseReference}</Link>
              </td>
              <td className="amount">{formatAmount(item.amountMinor, item.currency, i18n.language)}</td>
              <td>
                <time dateTime={item.since}>{fmt.dateTime(item.since)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {more.state.status === 'error' && <ErrorMessage error={more.state.error} />}
      {cursor && (
        <button type="button" onClick={() => void loadMore()} disabled={more.state.status === 'sending'}>
          {t('finance.more')}
        </button>
      )}
    </section>
  );
}
