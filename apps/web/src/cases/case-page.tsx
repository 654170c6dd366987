// Over 400 lines: the case page and its action form; left whole while the refusal and "waits for" rendering in it
// is reworked (issue 14). Next cut: ActionForm into cases/action-form.tsx.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { CaseActionType } from '@avrr/domain/case/case-actions';
import { CASE_STAGES } from '@avrr/domain/case/case-stage';
import type { CaseState } from '@avrr/domain/case/case-state';
import { missingConsents, missingPreDepartureGates, missingTravelDocuments } from '@avrr/domain/case/case-gates';
import { ACTION_SPECS, defaultBody, type FieldSpec, type Value, type Values } from './action-specs';
import { useUser } from '../auth';
import { Check, ErrorMessage, Field, Loaded, StageBadge, useApi, useNotice } from '../components';
import { useDraft, useSubmit } from '../drafts';
import { localDay, useFormat } from '../format';
import { ACTION_STAGES, may, rolesFor } from '../permissions';
import type { CaseView, PersonView, TimelineEvent } from '../types';
import { PlanEditor } from '../reintegration/plan';
import { DocumentsPanel } from './documents-panel';
import { FinalReportPanel } from '../reintegration/final-report-view';
import { ReassignPanel } from './reassign-form';
import { PersonRightsPanel } from './person-rights';
import { HoldDetails, protectionActionApplies, referralsOf, useReferralLabel } from './protection';
import { doneWording } from '../offline/outbox-words';
import { AmendHousehold } from './amend-household';
import { waitingText } from '../reasons';
import { PreDepartureInformationPanel } from './pre-departure-information';

/** The projected state, or null where the reader's role has parts of it hidden. */
export function stateOf(view: CaseView): CaseState | null {
  const s = view.progress as unknown as CaseState | null;
  return s && Array.isArray(s.people) ? s : null;
}
const visible = (part: unknown): boolean => !!part && typeof part === 'object' && !('hidden' in (part as object));

export function CasePage() {
  const { id } = useParams();
  const [load, retry] = useApi<CaseView>(`/cases/${id}`);
  const [timeline, retryTimeline] = useApi<TimelineEvent[]>(`/cases/${id}/timeline`);
  const flash = (useLocation().state as { flash?: string } | null)?.flash;
  const reload = () => {
    retry();
    retryTimeline();
  };
  return (
    <Loaded load={load} retry={retry}>
      {(view) => (
        <>
          {flash && (
            <p className="notice" role="status">
              {flash}
            </p>
          )}
          <CaseHeader view={view} />
          <ReintegrationLink view={view} />
          <div className="case-grid">
            <div>
              <Gates view={view} />
              <Household view={view} />
              <PreDepartureInformationPanel view={view} state={stateOf(view)} onDone={reload} />
              <DocumentsPanel view={view} />
              <BookingPanel view={view} />
            </div>
            <div>
              <Actions view={view} onDone={reload} />
              <FinalReportPanel report={stateOf(view)?.finalReport} plan={stateOf(view)?.plan} />
              <ReassignPanel view={view} onDone={reload} />
              <PersonRightsPanel view={view} onDone={reload} />
              <section aria-labelledby="timeline-title">
                <TimelineList load={timeline} retry={retryTimeline} />
              </section>
            </div>
          </div>
        </>
      )}
    </Loaded>
  );
}

function CaseHeader({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const current = CASE_STAGES.indexOf(view.stage);
  return (
    <>
      <h1>
        {view.reference} <span className="name">{view.principalName}</span>
      </h1>
      <dl className="summary">
        <div>
          <dt>{t('caseView.stage')}</dt>
          <dd data-testid="stage">
            <StageBadge stage={view.stage} />
          </dd>
        </div>
        <div>
          <dt>{t('caseView.waitsFor')}</dt>
          <dd data-testid="waiting-for">
            {view.stage === 'closed' ? t('caseView.nothing') : waitingText(t, view.waitingFor, view.waitingReason)}
            {view.dueAt && <> · {t('common.due', { date: fmt.dateTime(view.dueAt) })}</>}
          </dd>
        </div>
        <div>
          <dt>{t('newCase.return')}</dt>
          <dd>
            {view.hostOffice} → {view.countryOfReturn}, {view.regionOfReturn}
          </dd>
        </div>
        <div>
          <dt>{t('reassign.assignedTo')}</dt>
          <dd data-testid="assigned-to">
            {view.counsellor.name} · {view.partnerOrganisation?.name ?? t('reassign.noPartner')}
          </dd>
        </div>
      </dl>
      <ol className="stages" aria-label={t('caseView.stage')}>
        {CASE_STAGES.filter((s) => s !== 'intake').map((s) => {
          const i = CASE_STAGES.indexOf(s);
          return (
            <li
              key={s}
              className={i < current ? 'past' : i === current ? 'current' : 'future'}
              aria-current={i === current ? 'step' : undefined}
            >
              {t(`stages.${s}`)}
            </li>
          );
        })}
      </ol>
    </>
  );
}

const AFTER_ARRIVAL = ['arrival', 'reintegration', 'monitoring', 'closed'];

/** After arrival, the plan, milestones, follow-ups and surveys have their own page. */
function ReintegrationLink({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const user = useUser();
  const reintegration =
    AFTER_ARRIVAL.includes(view.stage) &&
    (may(user.role, 'surveys.read') || may(user.role, 'case.record_milestone') || may(user.role, 'links.read'));
  // The case's assets, transfers, grant and statement (the finance pages), for the staff who may read them.
  const money = may(user.role, 'assets.read');
  if (!reintegration && !money) return null;
  return (
    <p className="form-actions">
      {reintegration && (
        <Link className="button" to={`/cases/${view.id}/reintegration`}>
          {t('reintegration.open')}
        </Link>
      )}
      {money && (
        <Link className="button" to={`/cases/${view.id}/money`}>
          {t('finance.open')}
        </Link>
      )}
    </p>
  );
}

function Gates({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const user = useUser();
  const state = stateOf(view);
  const today = localDay();
  let needs: string[] = [];
  try {
    if (state && view.stage !== 'closed' && visible(state.protectionHold)) {
      needs = [
        ...missingConsents(state, today),
        ...missingTravelDocuments(state, today),
        ...missingPreDepartureGates(state, today),
      ];
    }
  } catch {
    needs = [];
  }
  const hold = state && visible(state.protectionHold) ? state.protectionHold : null;
  // A step that failed for good (the read model is behind, or an email was not sent): for the supervisor, whose work
  // queue it is in; the reason is the service's, and may quote the value the database refused.
  const attention = user.role === 'supervisor' ? state?.needsAttention : null;
  return (
    <section aria-labelledby="gates-title">
      {attention && (
        <div className="hold" role="note" data-testid="needs-attention">
          <p>
            <strong>{t(attention.sideEffect ? 'caseView.sideEffectFailed' : 'caseView.behind')}</strong>
          </p>
          <p>
            <code>{attention.reason}</code>
          </p>
        </div>
      )}
      {view.onProtectionHold && (
        <div className="hold" role="note" data-testid="protection-hold">
          <p>
            <strong>{t('caseView.hold')}</strong>
          </p>
          {hold && hold.reasons.length > 0 && (
            <p>
              {t('caseView.holdReasons')}: {hold.reasons.join('; ')}
            </p>
          )}
          {hold && <HoldDetails view={view} />}
        </div>
      )}
      <h2 id="gates-title">{t('caseView.needs')}</h2>
      {needs.length === 0 ? (
        <p className="empty">{t('caseView.needsNone')}</p>
      ) : (
        <ul className="needs" data-testid="needs">
          {needs.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

export const fullName = (p: PersonView) => `${p.givenNames} ${p.familyName}`;

function Household({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const user = useUser();
  const fmt = useFormat();
  const state = stateOf(view);
  const people = [view.principal, ...view.household];
  return (
    <section aria-labelledby="people-title">
      <h2 id="people-title">
        {t('caseView.people')} ({fmt.number(people.length)})
      </h2>
      <ul className="cards">
        {people.map((p) => {
          const travel = state && visible(state.travelDocuments) ? state.travelDocuments[p.id] : undefined;
          const consents = state && visible(state.consents) ? (state.consents[p.id] ?? []) : null;
          const stays = state?.notTravelling?.[p.id];
          return (
            <li key={p.id} className="card" data-person={p.id}>
              <p className="card-title">
                {fullName(p)}{' '}
                {p.relationship && (
                  <span className="muted">
                    ({t(`codes.relationships.${p.relationship}`, { defaultValue: p.relationship })})
                  </span>
                )}
              </p>
              <p>
                {fmt.date(p.dateOfBirth)} · {t(`sexes.${p.sex}`, { defaultValue: p.sex })} · {p.nationality}
                {p.vulnerabilities.length > 0 && (
                  <>
                    {' '}
                    · {p.vulnerabilities.map((v) => t(`codes.vulnerabilities.${v}`, { defaultValue: v })).join(', ')}
                  </>
                )}
              </p>
              {stays && (
                <p className="notice" data-not-travelling={p.id}>
                  {t('household.staysBehind', { reason: stays.reason })}
                </p>
              )}
              {consents && (
                <p>
                  <span className="label">{t('caseView.consent')}:</span>{' '}
                  {consents.length
                    ? t('caseView.consentSigned', { by: consents.map((c) => t(`fields.${c.signedBy}`)).join(', ') })
                    : t('caseView.consentMissing')}
                </p>
              )}
              <p>
                <span className="label">{t('caseView.travelDocument')}:</span>{' '}
                {travel?.held?.expiresOn
                  ? t('caseView.held', {
                      type: t(`codes.documentTypes.${travel.held.type}`, { defaultValue: travel.held.type }),
                      date: fmt.date(travel.held.expiresOn),
                    })
                  : t('caseView.noDocument')}
                {travel?.request?.status === 'pending' && (
                  <>
                    {' '}
                    ·{' '}
                    {t('caseView.requested', {
                      consulate: travel.request.consulate,
                      date: fmt.date(travel.request.requestedAt),
                    })}
                  </>
                )}
                {travel?.request?.status === 'refused' && (
                  <> · {t('caseView.refused', { reason: travel.request.refusalReason ?? '' })}</>
                )}
              </p>
              {may(user.role, 'skills.read') && (
                <p>
                  <Link to={`/cases/${view.id}/people/${p.id}`} aria-label={`${t('skills.open')}: ${fullName(p)}`}>
                    {t('skills.open')}
                  </Link>
                </p>
              )}
              {p.documents.length > 0 && (
                <details>
                  <summary>{t('caseView.documents')}</summary>
                  <ul>
                    {p.documents.map((d, i) => (
                      <li key={i}>
                        {t(`codes.documentTypes.${d.type}`, { defaultValue: d.type })} {d.number ?? ''} (
                        {d.issuingCountry}){d.expiresOn && <> · {fmt.date(d.expiresOn)}</>}
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function BookingPanel({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const booking = stateOf(view)?.booking;
  return (
    <section aria-labelledby="booking-title">
      <h2 id="booking-title">{t('caseView.booking')}</h2>
      {booking && booking.status === 'booked' ? (
        <ul data-testid="booking">
          <li>
            <strong>{booking.reference}</strong>
          </li>
          {booking.segments.map((s, i) => (
            <li key={i}>
              {s.from} → {s.to} · {s.carrier}
              {s.flightNumber} · {fmt.dateTime(s.departsAt)} → {fmt.dateTime(s.arrivesAt)}
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">{t('caseView.noBooking')}</p>
      )}
    </section>
  );
}

function Actions({ view, onDone }: { view: CaseView; onDone: () => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const [open, setOpen] = useState<CaseActionType | null>(null);
  const [notice, setNotice] = useNotice();
  // The household amendment has its own form (several endpoints), not a spec.
  const all = [...Object.keys(ACTION_SPECS), 'amend_household'] as CaseActionType[];
  const mine = all.filter((a) => may(user.role, `case.${a}`));
  const now = mine.filter((a) => ACTION_STAGES[a].includes(view.stage) && protectionActionApplies(a, view));
  const later = mine.filter((a) => !now.includes(a));
  const others = all.filter((a) => !may(user.role, `case.${a}`) && ACTION_STAGES[a].includes(view.stage));
  const finished =
    (a: CaseActionType) =>
    (queued = false) => {
      setOpen(null);
      setNotice(doneWording(a, queued));
      onDone();
    };
  const roleNames = (a: CaseActionType) =>
    rolesFor(`case.${a}`)
      .map((r) => t(`roles.${r}`))
      .join(', ');
  return (
    <section aria-labelledby="actions-title" className="actions">
      <h2 id="actions-title">{t('caseView.actionsNow')}</h2>
      {notice}
      {now.length === 0 && <p className="empty">{t('caseView.noActions')}</p>}
      <ul className="action-list">
        {now.map((a) => (
          <li key={a}>
            <button
              type="button"
              aria-expanded={open === a}
              aria-controls={`form-${a}`}
              onClick={() => setOpen(open === a ? null : a)}
              className="disclosure"
            >
              {t(`actions.${a}`)}
            </button>
            {open === a && a === 'submit_plan' && <PlanEditor id={`form-${a}`} view={view} onDone={finished(a)} />}
            {open === a && a === 'amend_household' && (
              <AmendHousehold id={`form-${a}`} view={view} onDone={finished(a)} />
            )}
            {open === a && a !== 'submit_plan' && a !== 'amend_household' && (
              <ActionForm id={`form-${a}`} action={a} view={view} onDone={finished(a)} />
            )}
          </li>
        ))}
      </ul>
      {(later.length > 0 || others.length > 0) && (
        <>
          <h3>{t('caseView.actionsOther')}</h3>
          <ul className="action-list unavailable">
            {later.map((a) => (
              <li key={a}>
                <button type="button" disabled aria-describedby={`why-${a}`}>
                  {t(`actions.${a}`)}
                </button>{' '}
                <span id={`why-${a}`} className="why">
                  {t('caseView.notThisStage', { stage: t(`stages.${view.stage}`) })}
                </span>
              </li>
            ))}
            {others.map((a) => (
              <li key={a}>
                <button type="button" disabled aria-describedby={`why-${a}`}>
                  {t(`actions.${a}`)}
                </button>{' '}
                <span id={`why-${a}`} className="why">
                  {t('caseView.notYourRole', { roles: roleNames(a) })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function ActionForm({
  id,
  action,
  view,
  onDone,
}: {
  id: string;
  action: CaseActionType;
  view: CaseView;
  /** `queued`: kept in the outbox, to be sent when the connection returns. */
  onDone: (queued: boolean) => void;
}) {
  const { t } = useTranslation();
  const spec = ACTION_SPECS[action]!;
  const people = [view.principal, ...view.household];
  const draft = useDraft<Values>(`${view.id}.${action}`, () =>
    Object.fromEntries(
      spec.fields.map((f): [string, Value] => [
        f.name,
        f.initial
          ? f.initial()
          : f.kind === 'checkbox'
            ? false
            : f.kind === 'people'
              ? people.map((p) => p.id)
              : f.kind === 'person' && !f.optional
                ? people[0].id
                : f.kind === 'referral'
                  ? (referralsOf(view).find((r) => r.status !== 'declined')?.id ?? '')
                  : '',
      ]),
    ),
  );
  const { state, send } = useSubmit();
  const referralLabel = useReferralLabel();
  const error = state.status === 'error' ? state.error : null;
  const v = draft.values;
  const set = (name: string, value: Value) => {
    draft.newKey();
    draft.set(name, value);
  };

  async function submit(e?: FormEvent) {
    e?.preventDefault();
    const body = spec.body ? spec.body(v) : defaultBody(spec.fields, v);
    const sent = await send({
      method: 'POST',
      path: `/cases/${view.id}/${typeof spec.path === 'function' ? spec.path(v) : spec.path}`,
      body,
      idempotencyKey: draft.idempotencyKey(),
      queue: { caseId: view.id, caseReference: view.reference, action },
    });
    if (sent !== undefined) {
      draft.clear();
      onDone('queued' in sent);
    }
  }

  const control = (f: FieldSpec) => {
    const label = t(`fields.${f.label ?? f.name}`) + (f.optional ? ` ${t('common.optional')}` : '');
    const apiName = f.api ?? f.name;
    const value = v[f.name];
    if (f.kind === 'checkbox')
      return (
        <Check key={f.name} name={f.name} label={label} checked={value === true} onChange={(on) => set(f.name, on)} />
      );
    if (f.kind === 'people') {
      const chosen = (value as string[]) ?? [];
      return (
        <fieldset key={f.name} className="checks">
          <legend>{label}</legend>
          {people.map((p) => (
            <Check
              key={p.id}
              name={`${f.name}.${p.id}`}
              label={fullName(p)}
              checked={chosen.includes(p.id)}
              onChange={(on) => set(f.name, on ? [...chosen, p.id] : chosen.filter((x) => x !== p.id))}
            />
          ))}
        </fieldset>
      );
    }
    return (
      <Field key={f.name} label={label} name={apiName} error={error}>
        {(a) =>
          f.kind === 'textarea' ? (
            <textarea {...a} value={String(value ?? '')} onChange={(e) => set(f.name, e.target.value)} rows={3} />
          ) : f.kind === 'referral' ? (
            <select {...a} value={String(value ?? '')} onChange={(e) => set(f.name, e.target.value)}>
              {referralsOf(view).map((r) => (
                <option key={r.id} value={r.id}>
                  {referralLabel(r)}
                </option>
              ))}
            </select>
          ) : f.kind === 'select' || f.kind === 'person' ? (
            <select {...a} value={String(value ?? '')} onChange={(e) => set(f.name, e.target.value)}>
              {f.kind === 'person' && f.optional && <option value="">{t('common.none')}</option>}
              {f.kind === 'person'
                ? people.map((p) => (
                    <option key={p.id} value={p.id}>
                      {fullName(p)}
                    </option>
                  ))
                : (f.options ?? []).map((o) => (
                    <option key={o} value={o}>
                      {o
                        ? t(`${f.optionsFrom ?? 'fields'}.${o}`, { defaultValue: o.replace(/_/g, ' ') })
                        : t('common.none')}
                    </option>
                  ))}
            </select>
          ) : (
            <input
              {...a}
              type={
                f.kind === 'datetime'
                  ? 'datetime-local'
                  : f.kind === 'date'
                    ? 'date'
                    : f.kind === 'number'
                      ? 'number'
                      : 'text'
              }
              value={String(value ?? '')}
              onChange={(e) => set(f.name, e.target.value)}
            />
          )
        }
      </Field>
    );
  };

  const shown = spec.fields.map((f) => f.api ?? f.name);
  return (
    <form
      id={id}
      className="action-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t(`actions.${action}`)}
    >
      {draft.restored && (
        <p className="notice" role="status">
          {t('errors.draftKept')}{' '}
          <button type="button" className="link" onClick={draft.clear}>
            {t('errors.discardDraft')}
          </button>
        </p>
      )}
      {spec.fields.some((f) => f.kind === 'datetime') && <p className="hint">{t('fields.timesUtc')}</p>}
      {spec.fields.map(control)}
      {error && <ErrorMessage error={error} onRetry={() => void submit()} shownFields={shown} />}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={state.status === 'sending'}>
          {t(`actions.${action}`)}
        </button>
      </div>
    </form>
  );
}

function TimelineList({ load, retry }: { load: ReturnType<typeof useApi<TimelineEvent[]>>[0]; retry: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <>
      <h2 id="timeline-title">{t('caseView.timeline')}</h2>
      <Loaded load={load} retry={retry}>
        {(events) =>
          events.length === 0 ? (
            <p className="empty">{t('caseView.timelineEmpty')}</p>
          ) : (
            <ol className="timeline" data-testid="timeline">
              {[...events].reverse().map((e) => (
                <li key={e.eventKey} data-type={e.type}>
                  <time dateTime={e.occurredAt}>{fmt.dateTime(e.occurredAt)}</time>{' '}
                  <strong>{t(`actions.${e.type}`, { defaultValue: e.type.replace(/_/g, ' ') })}</strong>{' '}
                  <span className="muted">
                    {t('caseView.by', {
                      actor: e.actor,
                      role: t(`roles.${e.actorRole}`, { defaultValue: e.actorRole }),
                    })}
                  </span>
                  {'hidden' in e.details && <span className="muted"> · {t('caseView.hidden')}</span>}
                </li>
              ))}
            </ol>
          )
        }
      </Loaded>
    </>
  );
}
