import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, newIdempotencyKey } from '../api';
import { useUser } from '../auth';
import { AmountField, ErrorMessage, Field, Loaded, useApi } from '../components';
import { useSubmit } from '../drafts';
import { useFormat } from '../format';
import { exampleAmount, formatAmount, parseAmount } from '../money';
import { may } from '../permissions';
import { DESTINATION_FIELDS, DESTINATION_KINDS, type DestinationKind } from '@avrr/domain/ledger/transfer.rules';
import type { AssetView, Statement, TransferView } from '../types';
import { GrantPanel } from './grant-panel';

/**
 * A case's money, for finance officers (and the counsellors and supervisors who may read it): the declared assets
 * with their transfers and the steps each can take next, and the case's statement from the ledger. No case content.
 */
export function MoneyPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const [assets, retryAssets] = useApi<AssetView[]>(`/cases/${id}/assets`, { fresh: true });
  const [statement, retryStatement] = useApi<Statement>(`/cases/${id}/statement`, { fresh: true });
  const reload = () => {
    retryAssets();
    retryStatement();
  };
  return (
    <>
      <p>
        <Link to="/">{t('finance.back')}</Link>
      </p>
      <h1>{t('finance.moneyTitle')}</h1>
      <section aria-labelledby="assets-title">
        <h2 id="assets-title">{t('finance.assets')}</h2>
        <Loaded load={assets} retry={retryAssets}>
          {(list) =>
            list.length === 0 ? (
              <p className="empty">{t('finance.noAssets')}</p>
            ) : (
              <ul className="money-assets">
                {list.map((a) => (
                  <AssetCard key={a.id} caseId={id!} asset={a} onDone={reload} />
                ))}
              </ul>
            )
          }
        </Loaded>
      </section>
      <GrantPanel
        caseId={id!}
        country={statement.status === 'ok' ? statement.data.countryOfReturn : null}
        onDone={retryStatement}
      />
      <section aria-labelledby="statement-title">
        <h2 id="statement-title">{t('finance.statement')}</h2>
        <Loaded load={statement} retry={retryStatement}>
          {(s) => <Balances statement={s} />}
        </Loaded>
      </section>
    </>
  );
}

function AssetCard({ caseId, asset, onDone }: { caseId: string; asset: AssetView; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const verify = useSubmit();
  const label = `${t(`finance.assetKinds.${asset.kind}`)} · ${formatAmount(asset.amountMinor, asset.currency, i18n.language)}`;
  const canInstruct =
    may(user.role, 'transfers.instruct') && (asset.status === 'verified' || asset.status === 'transferring');
  return (
    <li className="card" data-asset={asset.id}>
      <h3>{label}</h3>
      <p>
        {t('finance.status')}: <strong>{t(`finance.assetStatuses.${asset.status}`)}</strong>
      </p>
      {asset.status === 'declared' && may(user.role, 'assets.verify') && (
        <>
          <button
            type="button"
            className="primary"
            disabled={verify.state.status === 'sending'}
            onClick={() =>
              void verify
                .run(() => api('POST', `/cases/${caseId}/assets/${asset.id}/verify`, {}))
                .then((r) => {
                  if (r !== undefined) onDone();
                })
            }
          >
            {t('finance.verify', { asset: label })}
          </button>
          {verify.state.status === 'error' && <ErrorMessage error={verify.state.error} />}
        </>
      )}
      {asset.transfers.length > 0 && (
        <ul className="money-transfers">
          {asset.transfers.map((tr) => (
            <TransferRow key={tr.id} caseId={caseId} transfer={tr} onDone={onDone} />
          ))}
        </ul>
      )}
      {canInstruct && <NewTransfer caseId={caseId} asset={asset} onDone={onDone} />}
    </li>
  );
}

type Step = 'initiate' | 'confirm' | 'fail' | 'retry' | 'cancel';
const STEPS: Record<TransferView['status'], Step[]> = {
  pending: ['initiate', 'cancel'],
  initiated: ['confirm', 'fail'],
  failed: ['retry', 'cancel'],
  confirmed: [],
  cancelled: [],
};
/** What each step asks for: the provider's reference to confirm, a reason to record a failure or a cancellation. */
const NEEDS: Partial<Record<Step, 'providerReference' | 'reason'>> = {
  confirm: 'providerReference',
  fail: 'reason',
  cancel: 'reason',
};

function TransferRow({ caseId, transfer, onDone }: { caseId: string; transfer: TransferView; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const [step, setStep] = useState<Step | null>(null);
  const [value, setValue] = useState('');
  // One key per step taken, kept until it is accepted: a retried click acts once.
  const [key, setKey] = useState(newIdempotencyKey);
  const { state, run } = useSubmit();
  const error = state.status === 'error' ? state.error : null;
  const allowed = (s: Step) =>
    s === 'cancel' ? may(user.role, 'transfers.cancel') : may(user.role, 'transfers.execute');
  const amount = formatAmount(transfer.amountMinor, transfer.currency, i18n.language);
  const send = async (s: Step, e?: FormEvent) => {
    e?.preventDefault();
    const need = NEEDS[s];
    const body = need ? { [need]: value } : {};
    const done = await run(() =>
      api('POST', `/cases/${caseId}/transfers/${transfer.id}/${s}`, body, { idempotencyKey: key }),
    );
    if (done !== undefined) {
      setStep(null);
      setValue('');
      setKey(newIdempotencyKey());
      onDone();
    }
  };
  return (
    <li data-transfer={transfer.id} data-status={transfer.status}>
      <p>
        {t(`finance.destinations.${transfer.destinationKind}`)} · {amount} ·{' '}
        <strong>{t(`finance.transferStatuses.${transfer.status}`)}</strong>
        {transfer.providerReference && <> · {transfer.providerReference}</>}
        {transfer.failureReason && <> · {transfer.failureReason}</>}
      </p>
      <div className="form-actions">
        {STEPS[transfer.status].filter(allowed).map((s) =>
          NEEDS[s] ? (
            <button key={s} type="button" aria-expanded={step === s} onClick={() => setStep(step === s ? null : s)}>
              {t(`finance.steps.${s}`)}
            </button>
          ) : (
            <button key={s} type="button" onClick={() => void send(s)} disabled={state.status === 'sending'}>
              {t(`finance.steps.${s}`)}
            </button>
          ),
        )}
      </div>
      {step && NEEDS[step] && (
        <form
          aria-label={t(`finance.steps.${step}`)}
          onSubmit={(e) => void send(step, e)}
          noValidate
          className="action-form"
        >
          <Field label={t(`finance.fields.${NEEDS[step]}`)} name={NEEDS[step]!} error={error}>
            {(a) => <input {...a} value={value} onChange={(e) => setValue(e.target.value)} maxLength={200} />}
          </Field>
          <div className="form-actions">
            <button type="submit" className="primary" disabled={state.status === 'sending'}>
              {t(`finance.steps.${step}`)}
            </button>
          </div>
        </form>
      )}
      {error && <ErrorMessage error={error} shownFields={['providerReference', 'reason']} />}
    </li>
  );
}

function NewTransfer({ caseId, asset, onDone }: { caseId: string; asset: AssetView; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<DestinationKind>('mobile_money');
  const [destination, setDestination] = useState<Record<string, string>>({});
  const [amount, setAmount] = useState('');
  const [amountError, setAmountError] = useState<string | null>(null);
  const [key, setKey] = useState(newIdempotencyKey);
  const { state, run } = useSubmit();
  const error = state.status === 'error' ? state.error : null;
  const formId = `new-transfer-${asset.id}`;

  async function submit(e: FormEvent) {
    e.preventDefault();
    // Exact: the amount typed in the user's language becomes minor units by string arithmetic, never a float.
    const parsed = parseAmount(amount, asset.currency, i18n.language);
    if (!parsed.ok) {
      setAmountError(t(`finance.amountErrors.${parsed.reason}`, { digits: parsed.digits ?? 0 }));
      return;
    }
    setAmountError(null);
    const body = {
      destinationKind: kind,
      destination: Object.fromEntries(DESTINATION_FIELDS[kind].map((f) => [f, destination[f] ?? ''])),
      amountMinor: parsed.minor.toString(),
      currency: asset.currency,
    };
    const done = await run(() =>
      api('POST', `/cases/${caseId}/assets/${asset.id}/transfers`, body, { idempotencyKey: key }),
    );
    if (done !== undefined) {
      setOpen(false);
      setAmount('');
      setDestination({});
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
        aria-controls={formId}
        onClick={() => setOpen(!open)}
      >
        {t('finance.newTransfer')}
      </button>
      {open && (
        <form
          id={formId}
          aria-label={t('finance.newTransfer')}
          onSubmit={(e) => void submit(e)}
          noValidate
          className="action-form"
        >
          <Field label={t('finance.fields.destinationKind')} name="destinationKind" error={error}>
            {(a) => (
              <select {...a} value={kind} onChange={(e) => setKind(e.target.value as DestinationKind)}>
                {DESTINATION_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`finance.destinations.${k}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {DESTINATION_FIELDS[kind].map((f) => (
            <Field key={f} label={t(`finance.fields.${f}`)} name={`destination.${f}`} error={error}>
              {(a) => (
                <input
                  {...a}
                  value={destination[f] ?? ''}
                  onChange={(e) => setDestination({ ...destination, [f]: e.target.value })}
                  maxLength={200}
                />
              )}
            </Field>
          ))}
          <AmountField
            label={t('finance.fields.amount', { currency: asset.currency })}
            name="amountMinor"
            value={amount}
            onChange={setAmount}
            error={error}
            hint={t('finance.amountHint', { example: exampleAmount(asset.currency, i18n.language) })}
            problem={amountError}
          />
          {error && (
            <ErrorMessage
              error={error}
              shownFields={[
                'destinationKind',
                'amountMinor',
                ...DESTINATION_FIELDS[kind].map((f) => `destination.${f}`),
              ]}
            />
          )}
          <div className="form-actions">
            <button type="submit" className="primary" disabled={state.status === 'sending'}>
              {t('finance.instruct')}
            </button>
          </div>
        </form>
      )}
    </>
  );
}

function Balances({ statement }: { statement: Statement }) {
  const { t, i18n } = useTranslation();
  if (statement.balances.length === 0) return <p className="empty">{t('finance.noPostings')}</p>;
  return (
    <table data-testid="balances">
      <thead>
        <tr>
          <th scope="col">{t('finance.account')}</th>
          <th scope="col">{t('finance.balance')}</th>
        </tr>
      </thead>
      <tbody>
        {statement.balances.map((b) => (
          <tr key={`${b.account}:${b.currency}`}>
            {/* `case:<id>:returnee-assets` or `programme:grants-budget`: the name is what people read. */}
            <td>{t(`finance.accounts.${b.account.split(':').pop()}`, { defaultValue: b.account })}</td>
            <td className="amount">{formatAmount(b.balanceMinor, b.currency, i18n.language)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
