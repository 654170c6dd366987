import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, newIdempotencyKey } from '../api';
import { useUser } from '../auth';
import { ErrorMessage, Field, Loaded, useApi } from '../components';
import { useSubmit } from '../drafts';
import { formatAmount } from '../money';
import { may } from '../permissions';
import type { Grant, GrantTranche } from '../types';

/**
 * The case's reintegration grant: its tranches, each waiting on its milestone, released or paid; a finance officer
 * pays a released one with its proof of payment, filed in the case file on the way.
 */
export function GrantPanel({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [load, retry] = useApi<Grant>(`/cases/${caseId}/grant`, { fresh: true });
  const reload = () => {
    retry();
    onDone();
  };
  return (
    <section aria-labelledby="grant-title">
      <h2 id="grant-title">{t('grant.title')}</h2>
      {/* A case without a grant answers 404: that is not an error here. */}
      {load.status === 'error' && load.error.status === 404 ? (
        <p className="empty">{t('grant.none')}</p>
      ) : (
        <Loaded load={load} retry={retry}>
          {(grant) => (
            <ul className="money-transfers">
              {grant.tranches.map((tranche) => (
                <TrancheRow key={tranche.id} caseId={caseId} tranche={tranche} onDone={reload} />
              ))}
            </ul>
          )}
        </Loaded>
      )}
    </section>
  );
}

function TrancheRow({ caseId, tranche, onDone }: { caseId: string; tranche: GrantTranche; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const [open, setOpen] = useState(false);
  const [reference, setReference] = useState('');
  const [file, setFile] = useState<File | null>(null);
  // The upload and the payment each keep their key until accepted: a retried click files and pays once.
  const [keys, setKeys] = useState(() => ({ upload: newIdempotencyKey(), pay: newIdempotencyKey() }));
  const [uploaded, setUploaded] = useState<string | null>(null);
  const { state, run } = useSubmit();
  const error = state.status === 'error' ? state.error : null;
  const formId = `pay-${tranche.id}`;
  const payee = tranche.recipient === 'supplier' ? tranche.supplier : t('grant.returnee');

  async function pay(e: FormEvent) {
    e.preventDefault();
    const done = await run(async () => {
      let proof = uploaded;
      if (!proof && file) {
        const form = new FormData();
        form.append('kind', 'proof_of_payment');
        form.append('file', file, file.name);
        proof = (await api<{ id: string }>('POST', `/cases/${caseId}/documents`, form, { idempotencyKey: keys.upload }))
          .id;
        setUploaded(proof);
      }
      return api(
        'POST',
        `/cases/${caseId}/grant/tranches/${tranche.id}/payment`,
        { proofReference: reference, ...(proof ? { proofDocumentId: proof } : {}) },
        { idempotencyKey: keys.pay },
      );
    });
    if (done !== undefined) {
      setOpen(false);
      setUploaded(null);
      setKeys({ upload: newIdempotencyKey(), pay: newIdempotencyKey() });
      onDone();
    }
  }

  return (
    <li data-tranche={tranche.number} data-status={tranche.status}>
      <p>
        {t('grant.tranche', { number: tranche.number })} · {t(`codes.milestones.${tranche.milestone}`)} ·{' '}
        {formatAmount(tranche.amountMinor, tranche.currency, i18n.language)} · {payee} ·{' '}
        <strong>{t(`grant.statuses.${tranche.status}`)}</strong>
        {tranche.proofReference && <> · {tranche.proofReference}</>}
      </p>
      {tranche.status === 'released' && may(user.role, 'grants.pay') && (
        <>
          <button
            type="button"
            className="disclosure"
            aria-expanded={open}
            aria-controls={formId}
            onClick={() => setOpen(!open)}
          >
            {t('grant.pay', { number: tranche.number })}
          </button>
          {open && (
            <form
              id={formId}
              aria-label={t('grant.pay', { number: tranche.number })}
              onSubmit={(e) => void pay(e)}
              noValidate
              className="action-form"
            >
              <Field label={t('grant.proofReference')} name="proofReference" error={error}>
                {(a) => (
                  <input {...a} value={reference} onChange={(e) => setReference(e.target.value)} maxLength={200} />
                )}
              </Field>
              <Field label={t('grant.proofFile')} name="file" error={error} hint={t('grant.proofHint')}>
                {(a) => (
                  <input
                    {...a}
                    type="file"
                    accept="application/pdf,image/jpeg,image/png,image/webp,image/heic"
                    capture="environment"
                    onChange={(e) => {
                      setFile(e.target.files?.[0] ?? null);
                      setUploaded(null);
                    }}
                  />
                )}
              </Field>
              {error && <ErrorMessage error={error} shownFields={['proofReference', 'file']} />}
              <div className="form-actions">
                <button type="submit" className="primary" disabled={state.status === 'sending'}>
                  {t('grant.pay', { number: tranche.number })}
                </button>
              </div>
            </form>
          )}
        </>
      )}
    </li>
  );
}
