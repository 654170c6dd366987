import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { CASE_STAGES } from '@avrr/domain/case/case-stage';
import { Loaded, StageBadge, useApi } from '../components';
import { useFormat } from '../format';
import type { CaseList } from '../types';
import { waitingText } from '../reasons';

export function CasesPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  const [stage, setStage] = useState(params.get('stage') ?? '');
  const query = new URLSearchParams({
    limit: '50',
    ...(params.get('q') ? { q: params.get('q')! } : {}),
    ...(params.get('stage') ? { stage: params.get('stage')! } : {}),
  });
  const [load, retry] = useApi<CaseList>(`/cases?${query}`);
  // Where a case went when it left the reader's sight (a transfer to another office).
  const flash = (useLocation().state as { flash?: string } | null)?.flash;
  function submit(e: FormEvent) {
    e.preventDefault();
    setParams({ ...(q ? { q } : {}), ...(stage ? { stage } : {}) });
  }
  return (
    <>
      <h1>{t('cases.title')}</h1>
      {flash && (
        <p className="notice" role="status">
          {flash}
        </p>
      )}
      <form className="filters" role="search" onSubmit={submit}>
        <div className="field">
          <label htmlFor="q">{t('cases.query')}</label>
          <input id="q" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="stage">{t('cases.stage')}</label>
          <select id="stage" value={stage} onChange={(e) => setStage(e.target.value)}>
            <option value="">{t('cases.allStages')}</option>
            {CASE_STAGES.map((s) => (
              <option key={s} value={s}>
                {t(`stages.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('common.search')}</button>
      </form>
      <Loaded load={load} retry={retry}>
        {(list) =>
          list.items.length === 0 ? (
            <p className="empty">{t('cases.empty')}</p>
          ) : (
            <ul className="cards">
              {list.items.map((c) => (
                <li key={c.id} className="card">
                  <p className="card-title">
                    <Link to={`/cases/${c.id}`}>{c.reference}</Link> <span className="name">{c.principalName}</span>
                  </p>
                  <p className="badges">
                    <StageBadge stage={c.stage} />{' '}
                    <span>
                      {c.hostOffice} → {c.countryOfReturn}
                    </span>
                  </p>
                  {c.waitingFor && (
                    <p>
                      {t('caseView.waitsFor')}: {waitingText(t, c.waitingFor, c.waitingReason)}
                      {c.dueAt && <> · {t('common.due', { date: fmt.date(c.dueAt) })}</>}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </>
  );
}
