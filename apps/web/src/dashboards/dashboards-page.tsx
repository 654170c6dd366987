import { useTranslation } from 'react-i18next';
import { Loaded, useApi } from '../components';
import { useFormat } from '../format';
import { DownloadButtons } from './download-buttons';

interface Bar {
  label: string;
  value: number;
}

/**
 * A horizontal bar chart as plain HTML: a figure named by its caption, whose bars are a list a screen reader reads
 * (label and value as text; the bar itself is decoration), with a one-line summary as its description. Right to left
 * in Arabic.
 */
function BarChart({
  id,
  title,
  bars,
  format,
  download,
}: {
  id: string;
  title: string;
  bars: Bar[];
  format: (n: number) => string;
  /** The view's path: its rows can be taken away as CSV or XLSX. */
  download: string;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const max = Math.max(1, ...bars.map((b) => b.value));
  const top = bars.reduce<Bar | null>((best, b) => (!best || b.value > best.value ? b : best), null);
  return (
    <figure className="chart" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`} data-testid={id}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <p id={`${id}-summary`} className="chart-summary">
        {top
          ? t('dashboards.summary', {
              count: fmt.number(bars.length) as unknown as number,
              label: top.label,
              value: format(top.value),
            })
          : t('dashboards.noData')}
      </p>
      {bars.length > 0 && (
        <ul aria-labelledby={`${id}-title`}>
          {bars.map((b) => (
            <li key={b.label}>
              <span className="bar-label">{b.label}</span>
              <span className="bar-track" aria-hidden="true">
                <span className="bar" style={{ inlineSize: `${(100 * b.value) / max}%` }} />
              </span>
              <span className="bar-value">{format(b.value)}</span>
            </li>
          ))}
        </ul>
      )}
      <DownloadButtons path={download} title={title} />
    </figure>
  );
}

export function DashboardsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [byStage, retryStage] = useApi<Array<{ stage: string; cases: number }>>('/views/cases-by-stage');
  const [overdue, retryOverdue] =
    useApi<Array<{ reference: string; countryOfReturn: string; daysOverdue: number }>>('/views/overdue-follow-ups');
  const [scores, retryScores] = useApi<Array<{ group: string; surveys: number; compositeMedian: number }>>(
    '/views/sustainability-scores?by=country',
  );
  const [placements, retryPlacements] =
    useApi<Array<{ type: string; placed: number; declined: number; open: number }>>('/views/placements-by-type');
  const [timeInStage, retryTimeInStage] =
    useApi<Array<{ stage: string; cases: number; medianDays: number }>>('/views/time-in-stage');
  const [change, retryChange] = useApi<{
    summary: { cases: number; improved: number; worsened: number; unchanged: number };
  }>('/views/score-change');
  return (
    <>
      <h1>{t('dashboards.title')}</h1>
      <div className="charts">
        <Loaded load={byStage} retry={retryStage}>
          {(rows) => (
            <BarChart
              id="chart-stages"
              download="/views/cases-by-stage"
              title={t('dashboards.byStage')}
              bars={rows.map((r) => ({ label: t(`stages.${r.stage}`), value: Number(r.cases) }))}
              format={fmt.number}
            />
          )}
        </Loaded>
        <Loaded load={overdue} retry={retryOverdue}>
          {(rows) => (
            <BarChart
              id="chart-overdue"
              download="/views/overdue-follow-ups"
              title={t('dashboards.overdueFollowUps')}
              bars={rows.slice(0, 20).map((r) => ({
                label: `${String(r.reference)} (${String(r.countryOfReturn)})`,
                value: Number(r.daysOverdue),
              }))}
              format={fmt.number}
            />
          )}
        </Loaded>
        <Loaded load={scores} retry={retryScores}>
          {(rows) => (
            <BarChart
              id="chart-scores"
              download="/views/sustainability-scores?by=country"
              title={t('dashboards.scores')}
              bars={rows.map((r) => ({
                label: t('dashboards.scoreLabel', { group: String(r.group), surveys: fmt.number(Number(r.surveys)) }),
                value: Number(r.compositeMedian),
              }))}
              format={(n) => fmt.score(n)}
            />
          )}
        </Loaded>
        <Loaded load={placements} retry={retryPlacements}>
          {(rows) => (
            <BarChart
              id="chart-placements"
              download="/views/placements-by-type"
              title={t('dashboards.placements')}
              bars={rows.map((r) => ({
                label: t(`codes.opportunityTypes.${r.type}`, { defaultValue: r.type }),
                value: Number(r.placed),
              }))}
              format={fmt.number}
            />
          )}
        </Loaded>
        <Loaded load={timeInStage} retry={retryTimeInStage}>
          {(rows) => (
            <BarChart
              id="chart-time-in-stage"
              download="/views/time-in-stage"
              title={t('dashboards.timeInStage')}
              bars={rows.map((r) => ({
                label: t('dashboards.stageCases', {
                  stage: t(`stages.${r.stage}`),
                  cases: fmt.number(Number(r.cases)),
                }),
                value: Number(r.medianDays),
              }))}
              format={(n) => t('dashboards.days', { days: fmt.number(n) })}
            />
          )}
        </Loaded>
        <Loaded load={change} retry={retryChange}>
          {(view) => (
            <BarChart
              id="chart-score-change"
              download="/views/score-change"
              title={t('dashboards.scoreChange', { cases: fmt.number(view.summary.cases) })}
              bars={(['improved', 'unchanged', 'worsened'] as const).map((k) => ({
                label: t(`dashboards.change.${k}`),
                value: Number(view.summary[k]),
              }))}
              format={fmt.number}
            />
          )}
        </Loaded>
      </div>
    </>
  );
}
