import { useTranslation } from 'react-i18next';
import { Loaded, useApi } from '../components';
import { useFormat } from '../format';

interface Bar {
  label: string;
  value: number;
}

/** A horizontal bar chart as plain HTML: readable by screen readers as a list, and right-to-left in Arabic. */
function BarChart({ title, bars, format }: { title: string; bars: Bar[]; format: (n: number) => string }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      {bars.length === 0 ? (
        <p className="empty">{t('dashboards.noData')}</p>
      ) : (
        <ul>
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
    </figure>
  );
}

export function DashboardsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [byStage, retryStage] = useApi<Array<{ stage: string; cases: number }>>('/views/cases-by-stage');
  const [overdue, retryOverdue] = useApi<Array<{ reference: string; countryOfReturn: string; daysOverdue: number }>>('/views/overdue-follow-ups');
  const [scores, retryScores] = useApi<Array<{ group: string; compositeMedian: number }>>('/views/sustainability-scores?by=country');
  return (
    <>
      <h1>{t('dashboards.title')}</h1>
      <div className="charts">
        <Loaded load={byStage} retry={retryStage}>
          {(rows) => <BarChart title={t('dashboards.byStage')} bars={rows.map((r) => ({ label: t(`stages.${r.stage}`), value: Number(r.cases) }))} format={fmt.number} />}
        </Loaded>
        <Loaded load={overdue} retry={retryOverdue}>
          {(rows) => (
            <BarChart
              title={t('dashboards.overdueFollowUps')}
              bars={rows.slice(0, 20).map((r) => ({ label: `${String(r.reference)} (${String(r.countryOfReturn)})`, value: Number(r.daysOverdue) }))}
              format={fmt.number}
            />
          )}
        </Loaded>
        <Loaded load={scores} retry={retryScores}>
          {(rows) => (
            <BarChart
              title={t('dashboards.scores')}
              bars={rows.map((r) => ({ label: String(r.group), value: Number(r.compositeMedian) }))}
              format={(n) => fmt.number(Math.round(n * 100) / 100)}
            />
          )}
        </Loaded>
      </div>
    </>
  );
}
