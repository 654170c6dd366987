// The final report as filed (issue 16, part 5): each budget line planned and delivered with its papers, the last
// sustainability scores and the narrative. Read-only, so the case page shows it without the reintegration forms.
import { useTranslation } from 'react-i18next';
import type { FinalReport, ReintegrationPlan } from '@avrr/domain/case/case-state';
import { useFormat } from '../format';
import { formatAmount } from '../money';

export const budgetLinesOf = (plan: ReintegrationPlan) =>
  plan.components.flatMap((c, component) =>
    c.budgetLines.map((b, budgetLine) => ({ ...b, component, budgetLine, dimension: c.dimension })),
  );

/** The case page's section: the report when one was filed (the decisions are among the case's actions). */
export function FinalReportPanel({
  report,
  plan,
}: {
  report: FinalReport | null | undefined;
  plan: ReintegrationPlan | null | undefined;
}) {
  const { t } = useTranslation();
  if (!report || !plan) return null;
  return (
    <section aria-labelledby="final-report-title" data-testid="final-report">
      <h2 id="final-report-title">{t('finalReport.title')}</h2>
      <FinalReportView report={report} plan={plan} />
    </section>
  );
}

export function FinalReportView({ report, plan }: { report: FinalReport; plan: ReintegrationPlan }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const lines = budgetLinesOf(plan);
  const money = (minor: number, currency: string) => formatAmount(BigInt(minor), currency, i18n.language);
  const s = report.sustainability;
  return (
    <div data-testid="final-report-view">
      <p>
        <span className={`badge report-${report.status}`}>{t(`finalReport.statuses.${report.status}`)}</span>{' '}
        {t('reintegration.submitted', { date: fmt.date(report.submittedAt) })}
      </p>
      {report.decision?.reason && <p>{t('reintegration.decision', { reason: report.decision.reason })}</p>}
      <table className="report-lines">
        <thead>
          <tr>
            <th scope="col">{t('finalReport.budgetLine')}</th>
            <th scope="col">{t('finalReport.planned')}</th>
            <th scope="col">{t('finalReport.delivered')}</th>
            <th scope="col">{t('finalReport.papers')}</th>
          </tr>
        </thead>
        <tbody>
          {report.lines.map((l, i) => {
            const planned = lines.find((b) => b.component === l.component && b.budgetLine === l.budgetLine);
            return (
              <tr key={i}>
                <th scope="row">
                  {planned?.description ?? `${l.component}.${l.budgetLine}`}
                  {l.note && <span className="muted"> · {l.note}</span>}
                </th>
                <td>{planned ? money(planned.amountMinor, planned.currency) : ''}</td>
                <td>{money(l.deliveredMinor, l.currency)}</td>
                <td>
                  {t('finalReport.paperCount', { proofs: l.proofDocumentIds.length, invoices: l.invoices.length })}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h3>{t('finalReport.sustainability')}</h3>
      {s ? (
        <p data-testid="report-scores">
          {t('finalReport.scores', {
            visit: fmt.number(s.visitNumber),
            composite: fmt.number(Math.round(s.scores.composite * 1000) / 1000),
            economic: fmt.number(Math.round(s.scores.economic * 1000) / 1000),
            social: fmt.number(Math.round(s.scores.social * 1000) / 1000),
            psychosocial: fmt.number(Math.round(s.scores.psychosocial * 1000) / 1000),
          })}
        </p>
      ) : (
        <p className="empty">{t('finalReport.noScores')}</p>
      )}
      <h3>{t('finalReport.narrative')}</h3>
      <p className="narrative">{report.narrative}</p>
    </div>
  );
}
