import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, saveDownload } from '../api';
import { ErrorMessage, Field } from '../components';
import { useSubmit } from '../drafts';
import { localDay } from '../format';
import type { ReconciliationExport } from '../types';

const POLL_MS = 1000;

/**
 * A reconciliation export of a programme and period: started as a job, its progress shown while it runs, then its
 * totals beside the ledger's and the CSV to download. Supervisors and finance officers.
 */
export function ReconciliationExportPanel() {
  const { t } = useTranslation();
  const [form, setForm] = useState({ hostOffice: '', countryOfReturn: '', from: localDay(-30), to: localDay(0) });
  const [job, setJob] = useState<ReconciliationExport | null>(null);
  const start = useSubmit();
  const fetching = useSubmit();
  const error = start.state.status === 'error' ? start.state.error : null;
  const running = job !== null && job.state !== 'completed' && job.state !== 'failed';

  // While the job runs, its progress is read once a second.
  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(
      () =>
        void api<ReconciliationExport>('GET', `/reconciliation-exports/${job.id}`, undefined, { fresh: true }).then(
          setJob,
        ),
      POLL_MS,
    );
    return () => clearTimeout(timer);
  }, [job, running]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const body = {
      hostOffice: form.hostOffice,
      from: form.from,
      to: form.to,
      ...(form.countryOfReturn ? { countryOfReturn: form.countryOfReturn } : {}),
    };
    const started = await start.run(() => api<ReconciliationExport>('POST', '/reconciliation-exports', body));
    if (started) setJob(started);
  }

  const save = () => fetching.run(() => saveDownload(`/reconciliation-exports/${job!.id}/csv`));

  const set = (field: keyof typeof form, value: string) => setForm({ ...form, [field]: value });
  return (
    <section aria-labelledby="reconciliation-title" className="actions">
      <h2 id="reconciliation-title">{t('reconciliation.title')}</h2>
      <form aria-label={t('reconciliation.title')} onSubmit={(e) => void submit(e)} noValidate className="action-form">
        <Field label={t('reconciliation.hostOffice')} name="hostOffice" error={error}>
          {(a) => <input {...a} value={form.hostOffice} onChange={(e) => set('hostOffice', e.target.value)} />}
        </Field>
        <Field label={t('reconciliation.countryOfReturn')} name="countryOfReturn" error={error}>
          {(a) => (
            <input {...a} value={form.countryOfReturn} onChange={(e) => set('countryOfReturn', e.target.value)} />
          )}
        </Field>
        <Field label={t('reconciliation.from')} name="from" error={error}>
          {(a) => <input {...a} type="date" value={form.from} onChange={(e) => set('from', e.target.value)} />}
        </Field>
        <Field label={t('reconciliation.to')} name="to" error={error}>
          {(a) => <input {...a} type="date" value={form.to} onChange={(e) => set('to', e.target.value)} />}
        </Field>
        {error && <ErrorMessage error={error} shownFields={['hostOffice', 'countryOfReturn', 'from', 'to']} />}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={start.state.status === 'sending' || running}>
            {t('reconciliation.start')}
          </button>
        </div>
      </form>
      {job && (
        <div role="status" data-testid="reconciliation-job" data-state={job.state}>
          {running && (
            <p>
              {t('reconciliation.running')}{' '}
              <progress max={100} value={job.progress}>
                {job.progress}%
              </progress>
            </p>
          )}
          {job.state === 'failed' && <p className="error">{t('reconciliation.failed', { error: job.error ?? '' })}</p>}
          {job.state === 'completed' && (
            <>
              <p>
                {t(job.ties ? 'reconciliation.ties' : 'reconciliation.doesNotTie', {
                  rows: job.rows ?? 0,
                  cases: job.cases ?? 0,
                })}
              </p>
              <button type="button" onClick={() => void save()} disabled={fetching.state.status === 'sending'}>
                {t('reconciliation.download')}
              </button>
              {fetching.state.status === 'error' && <ErrorMessage error={fetching.state.error} />}
            </>
          )}
        </div>
      )}
    </section>
  );
}
