import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUser } from '../auth';
import { Loaded, StageBadge, UrgencyBadge, useApi } from '../components';
import { localDay, useFormat } from '../format';
import { may } from '../permissions';
import type { CaseList, CaseStage, WorkItem, WorkQueue } from '../types';
import { waitingText } from '../reasons';

export function WorkPage() {
  const { t } = useTranslation();
  const user = useUser();
  const fmt = useFormat();
  const hasQueue = may(user.role, 'work.read');
  const [load, retry] = useApi<WorkQueue>(hasQueue ? '/me/work' : null);
  if (!hasQueue) {
    return (
      <>
        <h1>{t('work.title')}</h1>
        <p>{t('work.noRole')}</p>
      </>
    );
  }
  return (
    <>
      <h1>{t('work.title')}</h1>
      <p>{t('work.intro', { role: t(`roles.${user.role}`) })}</p>
      {may(user.role, 'cases.open') && (
        <p>
          <Link className="button primary" to="/cases/new">
            {t('work.openCase')}
          </Link>
        </p>
      )}
      <Loaded load={load} retry={retry}>
        {(queue) => (
          <>
            <ul className="counts" aria-label={t('work.queue')}>
              <li className="count overdue">
                <strong>{fmt.number(queue.counts.overdue)}</strong> {t('work.overdue')}
              </li>
              <li className="count due-soon">
                <strong>{fmt.number(queue.counts.dueSoon)}</strong>{' '}
                {t('work.dueSoon', { count: fmt.number(queue.soonDays) as unknown as number })}
              </li>
              <li className="count">
                <strong>{fmt.number(queue.counts.total)}</strong> {t('work.total')}
              </li>
            </ul>
            {user.role === 'logistics_officer' && <LogisticsPanels items={queue.items} />}
            {user.role === 'partner_focal_point' && <PartnerPanels items={queue.items} />}
            <section aria-labelledby="queue-title">
              <h2 id="queue-title">{t('work.queue')}</h2>
              <WorkList items={queue.items} empty={t('work.empty')} />
            </section>
          </>
        )}
      </Loaded>
    </>
  );
}

export function WorkList({
  items,
  empty,
  extra,
}: {
  items: WorkItem[];
  empty: string;
  extra?: (item: WorkItem) => string;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (items.length === 0) return <p className="empty">{empty}</p>;
  return (
    <ul className="cards">
      {items.map((item) => (
        <li key={item.caseId} className={`card urgency-${item.urgency}`}>
          <p className="card-title">
            <Link to={`/cases/${item.caseId}`}>{item.reference}</Link>{' '}
            <span className="name">{item.principalName}</span>
          </p>
          <p className="badges">
            <StageBadge stage={item.stage} /> <UrgencyBadge urgency={item.urgency} />
            {item.onProtectionHold && <span className="badge hold">{t('caseView.hold').split(':')[0]}</span>}
          </p>
          {item.waitingFor && (
            <p>
              <span className="label">{t('work.waitingFor')}:</span>{' '}
              {waitingText(t, item.waitingFor, item.waitingReason)}
              {item.dueAt && <> · {t('common.due', { date: fmt.dateTime(item.dueAt) })}</>}
            </p>
          )}
          {extra && <p>{extra(item)}</p>}
        </li>
      ))}
    </ul>
  );
}

const TRAVEL_STAGES: CaseStage[] = ['travel_documents', 'pre_departure', 'booking', 'departure'];

function LogisticsPanels({ items }: { items: WorkItem[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const today = localDay();
  const departures = items.filter((i) => i.itinerary && localDay(0, new Date(i.itinerary.departsAt)) === today);
  const requests = items.filter((i) => i.stage === 'travel_documents' && i.dueAt);
  return (
    <>
      <section aria-labelledby="departures-title">
        <h2 id="departures-title">{t('work.departuresToday')}</h2>
        <WorkList
          items={departures}
          empty={t('work.noDepartures')}
          extra={(i) =>
            `${i.itinerary!.reference} · ${t('work.departs', { date: fmt.dateTime(i.itinerary!.departsAt) })}`
          }
        />
      </section>
      <section aria-labelledby="requests-title">
        <h2 id="requests-title">{t('work.documentRequests')}</h2>
        <WorkList
          items={requests}
          empty={t('work.noRequests')}
          extra={(i) => t('work.deadline', { date: fmt.date(i.dueAt) })}
        />
      </section>
      <section aria-labelledby="board-title">
        <h2 id="board-title">{t('work.board')}</h2>
        <div className="board">
          {TRAVEL_STAGES.map((stage) => (
            <BoardColumn key={stage} stage={stage} />
          ))}
        </div>
      </section>
    </>
  );
}

function BoardColumn({ stage }: { stage: CaseStage }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [load, retry] = useApi<CaseList>(`/cases?stage=${stage}&limit=50`);
  const id = `board-${stage}`;
  return (
    <section className="column" aria-labelledby={id}>
      <h3 id={id}>
        {t(`stages.${stage}`)}{' '}
        {load.status === 'ok' && <span className="count-pill">{fmt.number(load.data.items.length)}</span>}
      </h3>
      <Loaded load={load} retry={retry}>
        {(list) =>
          list.items.length === 0 ? (
            <p className="empty">{t('work.boardEmpty')}</p>
          ) : (
            <ul>
              {list.items.map((c) => (
                <li key={c.id}>
                  <Link to={`/cases/${c.id}`}>{c.reference}</Link> <span className="name">{c.principalName}</span>
                  {c.dueAt && <span className="due"> · {t('common.due', { date: fmt.date(c.dueAt) })}</span>}
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </section>
  );
}

function PartnerPanels({ items }: { items: WorkItem[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const arrivals = items.filter((i) => i.stage === 'arrival');
  return (
    <section aria-labelledby="arrivals-title">
      <h2 id="arrivals-title">{t('work.expectedArrivals')}</h2>
      <WorkList
        items={arrivals}
        empty={t('work.noArrivals')}
        extra={(i) =>
          [
            i.itinerary ? t('work.arrives', { date: fmt.dateTime(i.itinerary.arrivesAt) }) : '',
            t('work.household', { count: i.householdSize }),
          ]
            .filter(Boolean)
            .join(' · ')
        }
      />
    </section>
  );
}
