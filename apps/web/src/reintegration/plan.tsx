// The reintegration plan: its editor (submit_plan: components, each with budget lines in exact minor units) and its view.
import { type FormEvent, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReintegrationPlan } from '@avrr/domain/case/case-state';
import { ApiError, api, type Violation } from '../api';
import { ErrorMessage, Field } from '../components';
import { useDraft, useSubmit } from '../drafts';
import { useFormat } from '../format';
import { currencyDigits, exampleAmount, formatAmount, parseAmount, totalsByCurrency } from '../money';
import type { CaseView } from '../types';

const DIMENSIONS = ['economic', 'social', 'psychosocial'] as const;

interface LineDraft {
  description: string;
  amount: string;
  currency: string;
}
interface ComponentDraft {
  dimension: string;
  description: string;
  lines: LineDraft[];
}
interface PlanDraft {
  components: ComponentDraft[];
}

/** The usual currency of a country of return (the partner can change it on each line). */
const CURRENCY_OF: Record<string, string> = {
  SN: 'XOF',
  ML: 'XOF',
  CI: 'XOF',
  BF: 'XOF',
  NE: 'XOF',
  TG: 'XOF',
  BJ: 'XOF',
  GW: 'XOF',
  CM: 'XAF',
  GA: 'XAF',
  CG: 'XAF',
  TD: 'XAF',
  CF: 'XAF',
  GQ: 'XAF',
  GN: 'GNF',
  NG: 'NGN',
  GH: 'GHS',
  GM: 'GMD',
  SL: 'SLE',
  LR: 'LRD',
  MR: 'MRU',
  MA: 'MAD',
  DZ: 'DZD',
  TN: 'TND',
  LY: 'LYD',
  EG: 'EGP',
  SD: 'SDG',
  ET: 'ETB',
  ER: 'ERN',
  IQ: 'IQD',
  AF: 'AFN',
  PK: 'PKR',
  BD: 'BDT',
};

const newLine = (currency: string): LineDraft => ({ description: '', amount: '', currency });
const newComponent = (currency: string, dimension = 'economic'): ComponentDraft => ({
  dimension,
  description: '',
  lines: [newLine(currency)],
});

const linePath = (c: number, l: number) => `components.${c}.budgetLines.${l}`;

export function PlanEditor({ id, view, onDone }: { id: string; view: CaseView; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const currency = CURRENCY_OF[view.countryOfReturn] ?? 'EUR';
  const draft = useDraft<PlanDraft>(`${view.id}.submit_plan`, () => ({ components: [newComponent(currency)] }));
  const { state, run } = useSubmit();
  const components = draft.values.components;
  const language = i18n.language;

  const update = (next: ComponentDraft[]) => {
    draft.newKey();
    draft.replace({ components: next });
  };
  const setComponent = (c: number, patch: Partial<ComponentDraft>) =>
    update(components.map((x, i) => (i === c ? { ...x, ...patch } : x)));
  const setLine = (c: number, l: number, patch: Partial<LineDraft>) =>
    setComponent(c, { lines: components[c].lines.map((x, i) => (i === l ? { ...x, ...patch } : x)) });

  // Every amount read exactly; what cannot be read is a message beside its field, and nothing is sent.
  const parsed = useMemo(
    () =>
      components.map((comp) =>
        comp.lines.map((l) =>
          l.description.trim() === '' && l.amount.trim() === '' ? null : parseAmount(l.amount, l.currency, language),
        ),
      ),
    [components, language],
  );
  const clientViolations: Violation[] = parsed.flatMap((lines, c) =>
    lines.flatMap((r, l): Violation[] => {
      if (!r || r.ok) return [];
      const line = components[c].lines[l];
      const field = r.reason === 'currency' ? `${linePath(c, l)}.currency` : `${linePath(c, l)}.amountMinor`;
      const reason =
        r.reason === 'currency'
          ? t('plan.unknownCurrency')
          : r.reason === 'decimals'
            ? t('plan.tooManyDecimals', { currency: line.currency.toUpperCase(), digits: r.digits })
            : r.reason === 'tooLarge'
              ? t('plan.tooLarge')
              : t('plan.amountInvalid', { example: exampleAmount(line.currency, language) });
      return [{ field, reason }];
    }),
  );

  // Amounts that cannot be read are refused here, before anything is sent, with the API's own field paths: the
  // messages stay beside their fields until the next attempt, as the API's do.
  const error = state.status === 'error' ? state.error : null;

  async function submit(e?: FormEvent) {
    e?.preventDefault();
    if (clientViolations.length) {
      await run(async () => {
        throw new ApiError(400, t('plan.fixAmounts'), 'invalid_amounts', clientViolations);
      });
      return;
    }
    const body = {
      components: components.map((comp, c) => ({
        dimension: comp.dimension,
        description: comp.description,
        budgetLines: comp.lines.flatMap((l, i) => {
          const r = parsed[c][i];
          if (!r) return [];
          return [
            {
              description: l.description,
              amountMinor: r.ok ? Number(r.minor) : l.amount,
              currency: l.currency.trim().toUpperCase(),
            },
          ];
        }),
      })),
    };
    const ok = await run(() =>
      api('POST', `/cases/${view.id}/reintegration-plan`, body, { idempotencyKey: draft.idempotencyKey() }),
    );
    if (ok !== undefined) {
      draft.clear();
      onDone();
    }
  }

  const totals = totalsByCurrency(
    parsed.flatMap((lines, c) =>
      lines.flatMap((r, l) =>
        r?.ok
          ? [{ amountMinor: r.minor.toString(), currency: components[c].lines[l].currency.trim().toUpperCase() }]
          : [],
      ),
    ),
  );
  const shown = components.flatMap((comp, c) => [
    `components.${c}.dimension`,
    `components.${c}.description`,
    ...comp.lines.flatMap((_, l) => ['description', 'amountMinor', 'currency'].map((f) => `${linePath(c, l)}.${f}`)),
  ]);

  return (
    <form
      id={id}
      className="action-form plan-editor"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t('actions.submit_plan')}
    >
      {draft.restored && (
        <p className="notice" role="status">
          {t('errors.draftKept')}{' '}
          <button type="button" className="link" onClick={draft.clear}>
            {t('errors.discardDraft')}
          </button>
        </p>
      )}
      <p className="hint">{t('plan.intro')}</p>
      {components.map((comp, c) => (
        <fieldset key={c} className="plan-component">
          <legend>{t('plan.component', { n: c + 1 })}</legend>
          <Field label={t('fields.dimension')} name={`components.${c}.dimension`} error={error}>
            {(a) => (
              <select {...a} value={comp.dimension} onChange={(e) => setComponent(c, { dimension: e.target.value })}>
                {DIMENSIONS.map((d) => (
                  <option key={d} value={d}>
                    {t(`codes.dimensions.${d}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('fields.description')} name={`components.${c}.description`} error={error}>
            {(a) => (
              <textarea
                {...a}
                rows={2}
                value={comp.description}
                onChange={(e) => setComponent(c, { description: e.target.value })}
              />
            )}
          </Field>
          {comp.lines.length === 0 && <p className="empty">{t('plan.noLines')}</p>}
          {comp.lines.map((line, l) => {
            const r = parsed[c][l];
            const digits = currencyDigits(line.currency);
            return (
              <fieldset key={l} className="budget-line">
                <legend>{t('plan.budgetLine', { n: l + 1 })}</legend>
                <Field label={t('fields.description')} name={`${linePath(c, l)}.description`} error={error}>
                  {(a) => (
                    <input
                      {...a}
                      value={line.description}
                      onChange={(e) => setLine(c, l, { description: e.target.value })}
                    />
                  )}
                </Field>
                <div className="row">
                  <Field
                    label={t('plan.amount')}
                    name={`${linePath(c, l)}.amountMinor`}
                    error={error}
                    hint={
                      digits === null
                        ? undefined
                        : t('plan.amountHint', {
                            example: exampleAmount(line.currency, language),
                            digits,
                            currency: line.currency.toUpperCase(),
                          })
                    }
                  >
                    {(a) => (
                      <input
                        {...a}
                        inputMode="decimal"
                        autoComplete="off"
                        value={line.amount}
                        onChange={(e) => setLine(c, l, { amount: e.target.value })}
                      />
                    )}
                  </Field>
                  <Field label={t('fields.currency')} name={`${linePath(c, l)}.currency`} error={error}>
                    {(a) => (
                      <input
                        {...a}
                        className="currency"
                        maxLength={3}
                        autoComplete="off"
                        value={line.currency}
                        onChange={(e) => setLine(c, l, { currency: e.target.value.toUpperCase() })}
                      />
                    )}
                  </Field>
                </div>
                {r?.ok && (
                  <p className="amount-preview" data-testid="amount-preview">
                    = {formatAmount(r.minor, line.currency, language)}
                  </p>
                )}
                <button type="button" onClick={() => setComponent(c, { lines: comp.lines.filter((_, i) => i !== l) })}>
                  {t('plan.removeLine', { n: l + 1 })}
                </button>
              </fieldset>
            );
          })}
          <div className="form-actions">
            <button
              type="button"
              onClick={() =>
                setComponent(c, { lines: [...comp.lines, newLine(comp.lines.at(-1)?.currency ?? currency)] })
              }
            >
              {t('plan.addLine')}
            </button>
            {components.length > 1 && (
              <button type="button" onClick={() => update(components.filter((_, i) => i !== c))}>
                {t('plan.removeComponent', { n: c + 1 })}
              </button>
            )}
          </div>
        </fieldset>
      ))}
      <button
        type="button"
        onClick={() =>
          update([
            ...components,
            newComponent(currency, DIMENSIONS.find((d) => !components.some((x) => x.dimension === d)) ?? 'economic'),
          ])
        }
      >
        {t('plan.addComponent')}
      </button>
      {totals.length > 0 && <Totals totals={totals} />}
      {error && <ErrorMessage error={error} onRetry={() => void submit()} shownFields={shown} />}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={state.status === 'sending'}>
          {t('actions.submit_plan')}
        </button>
      </div>
    </form>
  );
}

function Totals({ totals }: { totals: Array<[string, bigint]> }) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="totals" data-testid="plan-totals">
      <dt>{t('reintegration.totals')}</dt>
      {totals.map(([code, minor]) => (
        <dd key={code}>{formatAmount(minor, code, i18n.language)}</dd>
      ))}
    </dl>
  );
}

/** The plan as recorded on the case: components, budget lines in the user's language, totals per currency. */
export function PlanView({ plan }: { plan: ReintegrationPlan | null | undefined }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  if (!plan || !Array.isArray(plan.components)) return <p className="empty">{t('reintegration.noPlan')}</p>;
  const lines = plan.components.flatMap((c) => c.budgetLines);
  return (
    <div data-testid="plan">
      <p>
        <span className={`badge plan-${plan.status}`}>{t(`codes.planStatuses.${plan.status}`)}</span>{' '}
        {t('reintegration.submitted', { date: fmt.date(plan.submittedAt) })}
      </p>
      {plan.decisionReason && <p>{t('reintegration.decision', { reason: plan.decisionReason })}</p>}
      <ul className="cards">
        {plan.components.map((c, i) => (
          <li key={i} className="card">
            <p className="card-title">{t(`codes.dimensions.${c.dimension}`)}</p>
            <p>{c.description}</p>
            {c.budgetLines.length > 0 && (
              <ul className="budget">
                {c.budgetLines.map((l, j) => (
                  <li key={j}>
                    <span>{l.description}</span>{' '}
                    <strong>{formatAmount(BigInt(l.amountMinor), l.currency, i18n.language)}</strong>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {lines.length > 0 && <Totals totals={totalsByCurrency(lines)} />}
    </div>
  );
}
