import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '../api-schema';
import { Field, Loaded, useApi } from '../components';
import { useFormat } from '../format';
import { DownloadButtons } from './download-buttons';

type OutcomeRow = components['schemas']['OutcomeRowView'];

const PERIODS = ['month', 'quarter', 'year'] as const;
const MEASURES = ['returned', 'reintegrationCompleted', 'surveyed', 'meanLatestComposite', 'placements'] as const;

function queryOf(form: { from: string; to: string; period: string; countryOfReturn: string }): string {
  const q = new URLSearchParams({ period: form.period });
  if (form.from) q.set('from', form.from);
  if (form.to) q.set('to', form.to);
  if (form.countryOfReturn.trim()) q.set('countryOfReturn', form.countryOfReturn.trim());
  return `/views/outcomes?${q.toString()}`;
}

/**
 * The outcome report for donors: by country of return, period of arrival and vulnerability, with what each column
 * counts said beside the table, and the same rows to take away as CSV or XLSX. Supervisors.
 */
export function OutcomesPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [form, setForm] = useState({ from: '', to: '', period: 'quarter', countryOfReturn: '' });
  const [path, setPath] = useState(() => queryOf(form));
  const [load, retry] = useApi<OutcomeRow[]>(path);
  const error = load.status === 'error' ? load.error : null;
  const set = (field: keyof typeof form, value: string) => setForm({ ...form, [field]: value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next = queryOf(form);
    if (next === path) retry();
    else setPath(next);
  };
  const vulnerability = (v: string) =>
    v === 'all' || v === 'none' ? t(`outcomes.${v}`) : t(`codes.vulnerabilities.${v}`, { defaultValue: v });
  return (
    <>
      <h1>{t('outcomes.title')}</h1>
      <p>{t('outcomes.intro')}</p>
      <form aria-label={t('outcomes.filters')} onSubmit={submit} noValidate className="action-form">
        <div className="row">
          <Field label={t('outcomes.from')} name="from" error={error}>
            {(a) => <input {...a} type="date" value={form.from} onChange={(e) => set('from', e.target.value)} />}
          </Field>
          <Field label={t('outcomes.to')} name="to" error={error}>
            {(a) => <input {...a} type="date" value={form.to} onChange={(e) => set('to', e.target.value)} />}
          </Field>
          <Field label={t('outcomes.period')} name="period" error={error}>
            {(a) => (
              <select {...a} value={form.period} onChange={(e) => set('period', e.target.value)}>
                {PERIODS.map((p) => (
                  <option key={p} value={p}>
                    {t(`outcomes.periods.${p}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('outcomes.countryOfReturn')} name="countryOfReturn" error={error}>
            {(a) => (
              <input {...a} value={form.countryOfReturn} onChange={(e) => set('countryOfReturn', e.target.value)} />
            )}
          </Field>
        </div>
        <div className="form-actions">
          <button type="submit" className="primary">
            {t('outcomes.show')}
          </button>
        </div>
      </form>
      <Loaded load={load} retry={retry}>
        {(rows) => (
          <section aria-labelledby="outcomes-table-title">
            <h2 id="outcomes-table-title">{t('outcomes.table')}</h2>
            {rows.length === 0 ? (
              <p className="empty">{t('outcomes.empty')}</p>
            ) : (
              <div className="table-scroll">
                <table data-testid="outcomes">
                  <thead>
                    <tr>
                      <th scope="col">{t('outcomes.countryOfReturn')}</th>
                      <th scope="col">{t('outcomes.period')}</th>
                      <th scope="col">{t('outcomes.vulnerability')}</th>
                      {MEASURES.map((m) => (
                        <th scope="col" key={m}>
                          {t(`outcomes.columns.${m}`)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((r) => (
                      <tr
                        key={`${r.countryOfReturn}/${r.period}/${r.vulnerability}`}
                        data-vulnerability={r.vulnerability}
                      >
                        <td>{r.countryOfReturn}</td>
                        <td>
                          {/* A label such as 2026-Q1 reads left to right in Arabic too. */}
                          <bdi dir="ltr">{r.period}</bdi>
                        </td>
                        <td>{vulnerability(r.vulnerability)}</td>
                        <td>{fmt.number(r.returned)}</td>
                        <td>{fmt.number(r.reintegrationCompleted)}</td>
                        <td>{fmt.number(r.surveyed)}</td>
                        <td>{r.meanLatestComposite === null ? '–' : fmt.score(r.meanLatestComposite)}</td>
                        <td>{fmt.number(r.placements)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <DownloadButtons path={path} title={t('outcomes.title')} />
          </section>
        )}
      </Loaded>
      <section aria-labelledby="outcomes-definitions-title">
        <h2 id="outcomes-definitions-title">{t('outcomes.definitions')}</h2>
        <dl className="definitions">
          {(['period', 'vulnerability', ...MEASURES] as const).map((m) => (
            <div key={m}>
              <dt>{m === 'period' || m === 'vulnerability' ? t(`outcomes.${m}`) : t(`outcomes.columns.${m}`)}</dt>
              <dd>{t(`outcomes.define.${m}`)}</dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}
