// The final report of reintegration (issue 16, part 5): what was delivered against each budget line of the approved
// plan, backed by the proofs of payment and invoices in the case file, with a narrative. The partner files it here;
// the supervisor validates it or returns it with a reason. The last sustainability scores are the API's to copy.
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseActionType } from '@avrr/domain/case/case-actions';
import type { DeliveredLine, ReintegrationPlan } from '@avrr/domain/case/case-state';
import { ApiError, api, type Violation } from '../api';
import { useUser } from '../auth';
import { AmountField, ErrorMessage, Field, useApi, type Wording } from '../components';
import { useDraft, useSubmit } from '../drafts';
import { useFormat } from '../format';
import { amountInput, exampleAmount, formatAmount, parseAmount } from '../money';
import { doneWording } from '../offline/outbox-words';
import { ACTION_STAGES, may } from '../permissions';
import type { CaseView, DocumentView, ServiceProviderView } from '../types';
import { ActionForm, stateOf } from '../cases/case-page';
import { ProviderSelect } from '../providers/provider-select';
import { budgetLinesOf, FinalReportView } from './final-report-view';

interface LineDraft {
  amount: string;
  proof: string;
  invoice: string;
  invoiceAmount: string;
  supplier: string;
  note: string;
}

const EMPTY_LINE: LineDraft = { amount: '', proof: '', invoice: '', invoiceAmount: '', supplier: '', note: '' };

/** A budget line's draft from the returned report's line: its amounts as the user types them, its papers and note. */
function lineDraftOf(line: DeliveredLine | undefined, language: string): LineDraft {
  if (!line) return EMPTY_LINE;
  const invoice = line.invoices[0];
  return {
    amount: amountInput(line.deliveredMinor, line.currency, language),
    proof: line.proofDocumentIds[0] ?? '',
    invoice: invoice?.documentId ?? '',
    invoiceAmount: invoice ? amountInput(invoice.amountMinor, line.currency, language) : '',
    supplier: invoice?.providerId ?? '',
    note: line.note ?? '',
  };
}

/** The report, the partner's form and the supervisor's decisions, where each role may see or take them. */
export function FinalReportSection({ view, onDone }: { view: CaseView; onDone: (wording: Wording) => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const state = stateOf(view);
  const [open, setOpen] = useState<CaseActionType | null>(null);
  const report = state?.finalReport ?? null;
  const can = (a: CaseActionType) => may(user.role, `case.${a}`) && ACTION_STAGES[a].includes(view.stage);
  // Filed once the plan is approved, and again after a return.
  const canFile =
    can('submit_final_report') && state?.plan?.status === 'approved' && (!report || report.status === 'returned');
  const decisions = (['validate_final_report', 'return_final_report'] as const).filter(
    (a) => report?.status === 'submitted' && can(a),
  );
  if (!report && !canFile) return null;
  const choices: CaseActionType[] = [...(canFile ? (['submit_final_report'] as const) : []), ...decisions];
  const finished = (a: CaseActionType) => () => {
    setOpen(null);
    onDone(doneWording(a, false));
  };
  return (
    <section aria-labelledby="final-report-title" data-testid="final-report">
      <h2 id="final-report-title">{t('finalReport.title')}</h2>
      {report ? (
        <FinalReportView report={report} plan={state!.plan!} />
      ) : (
        <p className="empty">{t('finalReport.none')}</p>
      )}
      {choices.length > 0 && (
        <ul className="action-list">
          {choices.map((a) => (
            <li key={a}>
              <button
                type="button"
                className="disclosure"
                aria-expanded={open === a}
                aria-controls={`form-${a}`}
                onClick={() => setOpen(open === a ? null : a)}
              >
                {t(`actions.${a}`)}
              </button>
              {open === a && a === 'submit_final_report' && (
                <FinalReportEditor id={`form-${a}`} view={view} plan={state!.plan!} onDone={finished(a)} />
              )}
              {open === a && a !== 'submit_final_report' && (
                <ActionForm id={`form-${a}`} action={a} view={view} onDone={finished(a)} />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function FinalReportEditor({
  id,
  view,
  plan,
  onDone,
}: {
  id: string;
  view: CaseView;
  plan: ReintegrationPlan;
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const lines = budgetLinesOf(plan);
  const previous = stateOf(view)?.finalReport;
  const [papers] = useApi<DocumentView[]>(`/cases/${view.id}/documents`);
  const files = papers.status === 'ok' ? papers.data.filter((d) => !d.withdrawn) : [];
  // The suppliers an invoice may name: the active providers of the case's country.
  const [providerList] = useApi<ServiceProviderView[]>(`/service-providers?country=${view.countryOfReturn}`);
  const suppliers = providerList.status === 'ok' ? providerList.data.filter((p) => p.active) : [];
  // After a return the partner corrects what was filed rather than typing it again.
  const returned = previous?.status === 'returned' ? previous : null;
  const draft = useDraft<{ lines: LineDraft[]; narrative: string }>(`${view.id}.submit_final_report`, () => ({
    lines: lines.map((b) =>
      lineDraftOf(
        returned?.lines.find((l) => l.component === b.component && l.budgetLine === b.budgetLine),
        language,
      ),
    ),
    narrative: previous?.narrative ?? '',
  }));
  const { state, run } = useSubmit();
  const error = state.status === 'error' ? state.error : null;
  const setLine = (i: number, patch: Partial<LineDraft>) => {
    draft.newKey();
    draft.set(
      'lines',
      draft.values.lines.map((l, j) => (j === i ? { ...l, ...patch } : l)),
    );
  };
  // Amounts read exactly in the user's language; what cannot be read stays beside its field and nothing is sent.
  const parsed = useMemo(
    () =>
      draft.values.lines.map((l, i) => ({
        delivered: parseAmount(l.amount, lines[i].currency, language),
        invoice: l.invoice ? parseAmount(l.invoiceAmount, lines[i].currency, language) : null,
      })),
    [draft.values.lines, language],
  );
  const clientViolations: Violation[] = parsed.flatMap((p, i): Violation[] => [
    ...(p.delivered.ok
      ? []
      : [
          {
            field: `lines.${i}.deliveredMinor`,
            reason: t('plan.amountInvalid', { example: exampleAmount(lines[i].currency, language) }),
          },
        ]),
    ...(p.invoice && !p.invoice.ok
      ? [
          {
            field: `lines.${i}.invoices.0.amountMinor`,
            reason: t('plan.amountInvalid', { example: exampleAmount(lines[i].currency, language) }),
          },
        ]
      : []),
  ]);

  async function submit(e?: FormEvent) {
    e?.preventDefault();
    if (clientViolations.length) {
      await run(async () => {
        throw new ApiError(400, t('plan.fixAmounts'), 'invalid_amounts', clientViolations);
      });
      return;
    }
    const body = {
      lines: draft.values.lines.map((l, i) => {
        const p = parsed[i];
        return {
          component: lines[i].component,
          budgetLine: lines[i].budgetLine,
          deliveredMinor: p.delivered.ok ? Number(p.delivered.minor) : 0,
          currency: lines[i].currency,
          proofDocumentIds: l.proof ? [l.proof] : [],
          invoices:
            l.invoice && p.invoice?.ok
              ? [
                  {
                    documentId: l.invoice,
                    ...(l.supplier ? { providerId: l.supplier } : {}),
                    amountMinor: Number(p.invoice.minor),
                  },
                ]
              : [],
          ...(l.note.trim() ? { note: l.note.trim() } : {}),
        };
      }),
      narrative: draft.values.narrative,
    };
    const ok = await run(() =>
      api('POST', `/cases/${view.id}/final-report`, body, { idempotencyKey: draft.idempotencyKey() }),
    );
    if (ok !== undefined) {
      draft.clear();
      onDone();
    }
  }

  const options = (kind: DocumentView['kind']) => [
    <option key="" value="">
      {t('finalReport.noPaper')}
    </option>,
    ...files
      .filter((d) => d.kind === kind)
      .map((d) => (
        <option key={d.id} value={d.id}>
          {d.fileName}
        </option>
      )),
  ];
  const shown = [
    'narrative',
    'lines',
    ...lines.flatMap((_, i) =>
      [
        'deliveredMinor',
        'currency',
        'budgetLine',
        'proofDocumentIds',
        'invoices.0.documentId',
        'invoices.0.amountMinor',
        'invoices.0.providerId',
        'note',
      ].map((f) => `lines.${i}.${f}`),
    ),
  ];
  return (
    <form
      id={id}
      className="action-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t('actions.submit_final_report')}
    >
      {returned?.decision?.reason && (
        <p className="hold" data-testid="return-reason">
          {t('finalReport.returnedBecause', { reason: returned.decision.reason })}
        </p>
      )}
      <p className="hint">{t('finalReport.intro')}</p>
      {lines.length === 0 && <p className="empty">{t('plan.noLines')}</p>}
      {lines.map((b, i) => {
        const l = draft.values.lines[i];
        const p = parsed[i];
        return (
          <fieldset key={i} className="budget-line">
            <legend>
              {b.description} · {formatAmount(BigInt(b.amountMinor), b.currency, language)}
            </legend>
            <AmountField
              label={t('finalReport.deliveredIn', { currency: b.currency })}
              name={`lines.${i}.deliveredMinor`}
              value={l.amount}
              onChange={(amount) => setLine(i, { amount })}
              error={error}
            />
            {p.delivered.ok && l.amount.trim() !== '' && (
              <p className="amount-preview">= {formatAmount(p.delivered.minor, b.currency, language)}</p>
            )}
            <Field label={t('finalReport.proof')} name={`lines.${i}.proofDocumentIds`} error={error}>
              {(a) => (
                <select {...a} value={l.proof} onChange={(e) => setLine(i, { proof: e.target.value })}>
                  {options('proof_of_payment')}
                </select>
              )}
            </Field>
            <div className="row">
              <Field label={t('finalReport.invoice')} name={`lines.${i}.invoices.0.documentId`} error={error}>
                {(a) => (
                  <select {...a} value={l.invoice} onChange={(e) => setLine(i, { invoice: e.target.value })}>
                    {options('invoice')}
                  </select>
                )}
              </Field>
              {l.invoice && (
                <AmountField
                  label={t('finalReport.invoiceAmount', { currency: b.currency })}
                  name={`lines.${i}.invoices.0.amountMinor`}
                  value={l.invoiceAmount}
                  onChange={(invoiceAmount) => setLine(i, { invoiceAmount })}
                  error={error}
                />
              )}
              {l.invoice && (
                <Field label={t('providers.supplier')} name={`lines.${i}.invoices.0.providerId`} error={error}>
                  {(a) => (
                    <ProviderSelect
                      control={a}
                      providers={suppliers}
                      value={l.supplier}
                      onChange={(supplier) => setLine(i, { supplier })}
                      none={t('providers.noSupplier')}
                    />
                  )}
                </Field>
              )}
            </div>
            <Field label={t('fields.note')} name={`lines.${i}.note`} error={error}>
              {(a) => <input {...a} value={l.note} onChange={(e) => setLine(i, { note: e.target.value })} />}
            </Field>
          </fieldset>
        );
      })}
      <Field label={t('finalReport.narrative')} name="narrative" error={error}>
        {(a) => (
          <textarea
            {...a}
            rows={5}
            value={draft.values.narrative}
            onChange={(e) => {
              draft.newKey();
              draft.set('narrative', e.target.value);
            }}
          />
        )}
      </Field>
      {error && <ErrorMessage error={error} onRetry={() => void submit()} shownFields={shown} />}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={state.status === 'sending'}>
          {t('actions.submit_final_report')}
        </button>
      </div>
    </form>
  );
}
