// The outbox: each action taken on this device with its state (waiting, sending, sent, refused with the API's reason
// and what can still be done), and the copy of the partner's cases kept here for working offline.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../api';
import { errorText, Loaded, StageBadge, useApi } from '../components';
import { useFormat } from '../format';
import type { CaseView } from '../types';
import { type DeviceCopy, deviceCopy, refreshDeviceCopy } from './device-copy';
import type { OutboxEntry } from './device-store';
import { useOnline } from './connection';
import { discard, flushOutbox, sendAgain, useOutbox } from './outbox';
import { actionName } from './outbox-words';
import { waitingText } from '../reasons';

export function OutboxPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const entries = useOutbox();
  const online = useOnline();
  const waiting = (entries ?? []).filter((e) => e.state === 'waiting' || e.state === 'sending').length;
  return (
    <>
      <h1>{t('offline.title')}</h1>
      <p>{t('offline.intro')}</p>
      <section aria-labelledby="outbox-title">
        <h2 id="outbox-title">{t('offline.outbox')}</h2>
        <p role="status" data-testid="outbox-summary">
          {waiting ? t('offline.waitingCount', { n: fmt.number(waiting) }) : t('offline.empty')}
          {waiting > 0 && !online && <> {t('offline.whenOnline')}</>}
        </p>
        {waiting > 0 && online && (
          <button type="button" onClick={() => void flushOutbox()}>
            {t('offline.sendNow')}
          </button>
        )}
        {entries && entries.length > 0 && (
          <ol className="outbox" data-testid="outbox">
            {entries.map((e) => (
              <OutboxCard key={e.seq} entry={e} entries={entries} />
            ))}
          </ol>
        )}
      </section>
      <KeptCopy />
    </>
  );
}

function OutboxCard({ entry, entries }: { entry: OutboxEntry; entries: OutboxEntry[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const body = entry.body as { visitedOn?: string };
  const after = entry.afterSeq === undefined ? undefined : entries.find((e) => e.seq === entry.afterSeq);
  const afterDate = (after?.body as { visitedOn?: string } | undefined)?.visitedOn;
  const title = `${actionName(t, entry.action)} · ${entry.caseReference}`;
  return (
    <li className={`card outbox-${entry.state}`} data-state={entry.state} data-action={entry.action}>
      <h3 className="card-title">{title}</h3>
      <p className="badges">
        <span className={`badge outbox-state-${entry.state}`}>{t(`offline.states.${entry.state}`)}</span>{' '}
        <span>
          {entry.sentAt
            ? t('offline.sentAt', { date: fmt.dateTime(entry.sentAt) })
            : t('offline.takenAt', { date: fmt.dateTime(entry.createdAt) })}
        </span>
      </p>
      {body.visitedOn && <p>{t('offline.visitOn', { date: fmt.date(body.visitedOn) })}</p>}
      {afterDate && <p>{t('offline.surveyOfVisit', { date: fmt.date(afterDate) })}</p>}
      {entry.state === 'refused' && entry.refusal && <Refused entry={entry} />}
    </li>
  );
}

/** The API's reason for refusing the action, the case as it stands now, and what the user can still do. */
function Refused({ entry }: { entry: OutboxEntry }) {
  const { t, i18n } = useTranslation();
  const refusal = entry.refusal!;
  const local = refusal.code === 'depends_on_refused';
  const error = new ApiError(refusal.status, refusal.message, refusal.code, refusal.violations, refusal.details);
  const { text, translated } = errorText(error, t, i18n);
  const conflict = refusal.status === 409 && !local;
  return (
    <div className="error refusal" data-code={refusal.code ?? ''}>
      <p>
        <strong>{conflict ? t('offline.conflict') : t('offline.refused')}</strong>
      </p>
      <p data-testid="refusal-reason">{local ? t('offline.dependsOnRefused') : text}</p>
      {translated && (
        <p className="muted">
          {t('errors.serviceSaid')} <span lang="en">{refusal.message}</span>
        </p>
      )}
      {refusal.violations.length > 0 && (
        <ul>
          {refusal.violations.map((v) => (
            <li key={`${v.field}:${v.reason}`}>
              <code>{v.field}</code> {v.reason}
            </li>
          ))}
        </ul>
      )}
      {conflict && <CaseNow caseId={entry.caseId} />}
      <p>{t('offline.choices')}</p>
      <ul className="choices">
        <li>
          <Link to={`/cases/${entry.caseId}`}>{t('offline.openCase', { reference: entry.caseReference })}</Link>
        </li>
        <li>
          <button type="button" onClick={() => void sendAgain(entry.seq)}>
            {t('offline.sendAgain')}
          </button>{' '}
          <span className="muted">{t('offline.sendAgainHint')}</span>
        </li>
        <li>
          <button type="button" onClick={() => void discard(entry.seq)}>
            {t('offline.discard')}
          </button>
        </li>
      </ul>
    </div>
  );
}

/** Where the case stands now, read from the API (or the device copy offline). */
function CaseNow({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  // Fresh from the API: a case that moved on may have left the partner's cases, and so the device.
  const [load, retry] = useApi<CaseView>(`/cases/${caseId}`, { fresh: true });
  return (
    <Loaded load={load} retry={retry}>
      {(view) => (
        <p data-testid="case-now">
          {t('offline.caseNow')} <StageBadge stage={view.stage} />
          {view.stage !== 'closed' && view.waitingFor && (
            <> · {t('offline.caseWaitsFor', { what: waitingText(t, view.waitingFor, view.waitingReason) })}</>
          )}
        </p>
      )}
    </Loaded>
  );
}

function KeptCopy() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const online = useOnline();
  const entries = useOutbox();
  const [copy, setCopy] = useState<DeviceCopy | null | undefined>(undefined);
  const [updating, setUpdating] = useState(false);
  // The outbox's change notice also announces a new copy.
  useEffect(() => {
    void deviceCopy().then(setCopy, () => setCopy(null));
  }, [entries]);
  return (
    <section aria-labelledby="copy-title">
      <h2 id="copy-title">{t('offline.copyTitle')}</h2>
      <p>{t('offline.copyIntro')}</p>
      {copy === undefined ? null : copy === null ? (
        <p className="empty">{t('offline.copyNone')}</p>
      ) : (
        <>
          <p data-testid="copy-summary">
            {t('offline.copyAt', { n: fmt.number(copy.cases.length), date: fmt.dateTime(copy.at) })}
          </p>
          {copy.failures?.length > 0 && (
            <div className="error" data-testid="copy-failures">
              <p>{t('offline.copyFailed')}</p>
              <ul>
                {copy.failures.map((f, i) => (
                  <li key={i} lang="en">
                    {f}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <ul>
            {copy.cases.map((c) => (
              <li key={c.id}>
                <Link to={`/cases/${c.id}`}>{c.reference}</Link> <span className="name">{c.principalName}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {online && (
        <button
          type="button"
          disabled={updating}
          onClick={() => {
            setUpdating(true);
            void refreshDeviceCopy().finally(() => setUpdating(false));
          }}
        >
          {t('offline.copyRefresh')}
        </button>
      )}
    </section>
  );
}
