import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, download } from '../api';
import { useUser } from '../auth';
import { Check, ErrorMessage, Field } from '../components';
import { useSubmit } from '../drafts';
import { useFormat } from '../format';
import { may } from '../permissions';
import type { CaseView } from '../types';

/**
 * The rights of the people recorded, for supervisors: each person's subject-access report, and the erasure of a closed
 * case on a person's request. Erasure cannot be undone, so it asks for the person, the basis and a confirmation.
 */
export function PersonRightsPanel({ view, onDone }: { view: CaseView; onDone: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const user = useUser();
  const exporting = useSubmit();
  if (!may(user.role, 'persons.export')) return null;
  const people = [view.principal, ...view.household];
  const saveReport = (personId: string, position: number) =>
    exporting.run(async () => {
      const { blob } = await download(`/cases/${view.id}/people/${personId}/subject-access/html`);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `subject-access-${view.reference}-${position + 1}.html`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    });
  return (
    <section aria-labelledby="rights-title" className="actions">
      <h2 id="rights-title">{t('rights.title')}</h2>
      <ul className="rights-exports">
        {people.map((p, i) => (
          <li key={p.id}>
            <button
              type="button"
              onClick={() => void saveReport(p.id, i)}
              disabled={exporting.state.status === 'sending'}
            >
              {t('rights.export', { name: `${p.givenNames} ${p.familyName}` })}
            </button>
          </li>
        ))}
      </ul>
      {exporting.state.status === 'error' && <ErrorMessage error={exporting.state.error} />}
      {view.anonymisedAt ? (
        <p className="muted">{t('rights.anonymised', { date: fmt.dateTime(view.anonymisedAt) })}</p>
      ) : view.stage !== 'closed' ? (
        <p className="muted">{t('rights.eraseWhenClosed')}</p>
      ) : (
        may(user.role, 'persons.erase') && <ErasureForm view={view} onDone={onDone} />
      )}
    </section>
  );
}

function ErasureForm({ view, onDone }: { view: CaseView; onDone: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [requestedBy, setRequestedBy] = useState(view.principal.id);
  const [reason, setReason] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const { state, run } = useSubmit();
  const error = state.status === 'error' ? state.error : null;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const done = await run(() => api<unknown>('POST', `/cases/${view.id}/erasure`, { requestedBy, reason }));
    if (done) onDone();
  }

  return (
    <>
      <button
        type="button"
        className="disclosure"
        aria-expanded={open}
        aria-controls="form-erasure"
        onClick={() => setOpen(!open)}
      >
        {t('rights.erase')}
      </button>
      {open && (
        <form
          id="form-erasure"
          aria-label={t('rights.erase')}
          onSubmit={(e) => void submit(e)}
          noValidate
          className="action-form"
        >
          <p>{t('rights.eraseExplained')}</p>
          <Field label={t('rights.requestedBy')} name="requestedBy" error={error}>
            {(a) => (
              <select {...a} value={requestedBy} onChange={(e) => setRequestedBy(e.target.value)}>
                {[view.principal, ...view.household].map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.givenNames} {p.familyName}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('rights.reason')} name="reason" error={error}>
            {(a) => <textarea {...a} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />}
          </Field>
          <Check name="confirmed" label={t('rights.confirm')} checked={confirmed} onChange={setConfirmed} />
          {error && <ErrorMessage error={error} shownFields={['requestedBy', 'reason']} />}
          <div className="form-actions">
            <button type="submit" className="danger" disabled={!confirmed || state.status === 'sending'}>
              {t('rights.eraseSubmit')}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
