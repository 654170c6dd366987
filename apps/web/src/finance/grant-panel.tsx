import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, newIdempotencyKey } from '../api';
import { useUser } from '../auth';
import { AmountField, ErrorMessage, Field, Loaded, useApi } from '../components';
import { useSubmit } from '../drafts';
import { formatAmount, parseAmount } from '../money';
import { MILESTONE_KINDS } from '@avrr/domain/case/case-actions';
import { may } from '../permissions';
import { ProviderSelect } from '../providers/provider-select';
import type { Grant, GrantTranche, ServiceProviderView } from '../types';

/**
 * The case's reintegration grant: its tranches, each waiting on its milestone, released or paid; a finance officer
 * pays a released one with its proof of payment, filed in the case file on the way.
 */
export function GrantPanel({
  caseId,
  country,
  onDone,
}: {
  caseId: string;
  /** The case's country of return, whose service providers an in-kind tranche may pay; null until known. */
  country: string | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const user = useUser();
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
        <>
          <p className="empty">{t('grant.none')}</p>
          {may(user.role, 'grants.setup') && <GrantSetup caseId={caseId} country={country} onDone={reload} />}
        </>
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

interface TrancheLine {
  milestone: string;
  amount: string;
  currency: string;
  recipient: 'returnee' | 'supplier';
  /** A service provider of the case's country; '' when none fits and `supplier` names it. */
  provider: string;
  supplier: string;
}

const newLine = (): TrancheLine => ({
  milestone: MILESTONE_KINDS[0],
  amount: '',
  currency: 'XOF',
  recipient: 'returnee',
  provider: '',
  supplier: '',
});

/**
 * The grant's tranche schedule, from the approved plan: each tranche's milestone, amount (read exactly in the user's
 * language), and who is paid. The API checks that per currency they add up to the plan's budget, and says where not.
 */
function GrantSetup({ caseId, country, onDone }: { caseId: string; country: string | null; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const [providerList] = useApi<ServiceProviderView[]>(
    country ? `/service-providers?country=${encodeURIComponent(country)}` : null,
  );
  const providers = providerList.status === 'ok' ? providerList.data.filter((p) => p.active) : [];
  const [open, setOpen] = useState(false);
  const [lines, setLines] = useState<TrancheLine[]>([newLine()]);
  const [amountErrors, setAmountErrors] = useState<Record<number, string>>({});
  const [key, setKey] = useState(newIdempotencyKey);
  const { state, run } = useSubmit();
  const error = state.status === 'error' ? state.error : null;
  const set = (i: number, change: Partial<TrancheLine>) =>
    setLines(lines.map((line, j) => (j === i ? { ...line, ...change } : line)));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const errors: Record<number, string> = {};
    const tranches = lines.map((line, i) => {
      const parsed = parseAmount(line.amount, line.currency, i18n.language);
      if (!parsed.ok) errors[i] = t(`finance.amountErrors.${parsed.reason}`, { digits: parsed.digits ?? 0 });
      return {
        milestone: line.milestone,
        amountMinor: parsed.ok ? parsed.minor.toString() : '',
        currency: line.currency,
        recipient: line.recipient,
        ...(line.recipient !== 'supplier'
          ? {}
          : line.provider
            ? { supplierProviderId: line.provider }
            : { supplier: line.supplier }),
      };
    });
    setAmountErrors(errors);
    if (Object.keys(errors).length > 0) return;
    const done = await run(() => api('POST', `/cases/${caseId}/grant`, { tranches }, { idempotencyKey: key }));
    if (done !== undefined) {
      setKey(newIdempotencyKey());
      onDone();
    }
  }

  return (
    <>
      <button
        type="button"
        className="disclosure"
        aria-expanded={open}
        aria-controls="grant-setup"
        onClick={() => setOpen(!open)}
      >
        {t('grant.setUp')}
      </button>
      {open && (
        <form
          id="grant-setup"
          aria-label={t('grant.setUp')}
          onSubmit={(e) => void submit(e)}
          noValidate
          className="action-form"
        >
          {lines.map((line, i) => (
            <fieldset key={i}>
              <legend>{t('grant.tranche', { number: i + 1 })}</legend>
              <Field label={t('grant.milestone')} name={`tranches.${i}.milestone`} error={error}>
                {(a) => (
                  <select {...a} value={line.milestone} onChange={(e) => set(i, { milestone: e.target.value })}>
                    {MILESTONE_KINDS.map((m) => (
                      <option key={m} value={m}>
                        {t(`codes.milestones.${m}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <AmountField
                label={t('grant.amount')}
                name={`tranches.${i}.amountMinor`}
                value={line.amount}
                onChange={(amount) => set(i, { amount })}
                error={error}
                problem={amountErrors[i]}
              />
              <Field label={t('grant.currency')} name={`tranches.${i}.currency`} error={error}>
                {(a) => (
                  <input
                    {...a}
                    value={line.currency}
                    maxLength={3}
                    onChange={(e) => set(i, { currency: e.target.value.toUpperCase() })}
                  />
                )}
              </Field>
              <Field label={t('grant.recipient')} name={`tranches.${i}.recipient`} error={error}>
                {(a) => (
                  <select
                    {...a}
                    value={line.recipient}
                    onChange={(e) => set(i, { recipient: e.target.value as TrancheLine['recipient'] })}
                  >
                    <option value="returnee">{t('grant.returnee')}</option>
                    <option value="supplier">{t('grant.toSupplier')}</option>
                  </select>
                )}
              </Field>
              {line.recipient === 'supplier' && providers.length > 0 && (
                <Field label={t('grant.provider')} name={`tranches.${i}.supplierProviderId`} error={error}>
                  {(a) => (
                    <ProviderSelect
                      control={a}
                      providers={providers}
                      value={line.provider}
                      onChange={(provider) => set(i, { provider })}
                      none={t('grant.noProvider')}
                    />
                  )}
                </Field>
              )}
              {/* The free text stays for a supplier not on the country's list. */}
              {line.recipient === 'supplier' && !line.provider && (
                <Field label={t('grant.supplier')} name={`tranches.${i}.supplier`} error={error}>
                  {(a) => <input {...a} value={line.supplier} onChange={(e) => set(i, { supplier: e.target.value })} />}
                </Field>
              )}
            </fieldset>
          ))}
          <div className="form-actions">
            <button type="button" onClick={() => setLines([...lines, newLine()])}>
              {t('grant.addTranche')}
            </button>
          </div>
          {error && (
            <ErrorMessage
              error={error}
              shownFields={lines.flatMap((_, i) =>
                ['milestone', 'amountMinor', 'currency', 'recipient', 'supplierProviderId', 'supplier'].map(
                  (f) => `tranches.${i}.${f}`,
                ),
              )}
            />
          )}
          <div className="form-actions">
            <button type="submit" className="primary" disabled={state.status === 'sending'}>
              {t('grant.setUp')}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
