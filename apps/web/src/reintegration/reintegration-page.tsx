// After arrival: the plan, the milestones, the follow-up visits with their sustainability surveys, and a way to each
// returnee's skills and opportunities.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useUser } from '../auth';
import { Loaded, StageBadge, useApi, useNotice } from '../components';
import { useFormat } from '../format';
import { useOutbox } from '../offline/outbox';
import { doneWording } from '../offline/outbox-words';
import { ACTION_STAGES, may } from '../permissions';
import type { CaseView, SurveyView } from '../types';
import { ActionForm, fullName, stateOf } from '../cases/case-page';
import { PlanEditor, PlanView } from './plan';
import { PendingVisits, Survey } from './survey';
import { FinalReportSection } from './final-report';

export function ReintegrationPage() {
  const { id } = useParams();
  const user = useUser();
  const [load, retry] = useApi<CaseView>(`/cases/${id}`);
  const [surveys, retrySurveys] = useApi<SurveyView[]>(may(user.role, 'surveys.read') ? `/cases/${id}/surveys` : null);
  return (
    <Loaded load={load} retry={retry}>
      {(view) => (
        <Reintegration
          view={view}
          surveys={may(user.role, 'surveys.read') ? surveys : null}
          retrySurveys={retrySurveys}
          reload={() => {
            retry();
            retrySurveys();
          }}
        />
      )}
    </Loaded>
  );
}

function Reintegration({
  view,
  surveys,
  retrySurveys,
  reload,
}: {
  view: CaseView;
  surveys: ReturnType<typeof useApi<SurveyView[]>>[0] | null;
  retrySurveys: () => void;
  reload: () => void;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const fmt = useFormat();
  const state = stateOf(view);
  const people = [view.principal, ...view.household];
  const nameOf = (personId: string | null) => {
    const p = people.find((x) => x.id === personId);
    return p ? fullName(p) : '';
  };
  const [editing, setEditing] = useState(false);
  const [deciding, setDeciding] = useState<'approve_plan' | 'reject_plan' | null>(null);
  const [notice, setNotice] = useNotice();
  const canPlan = may(user.role, 'case.submit_plan') && ACTION_STAGES.submit_plan.includes(view.stage);
  const canMilestone = may(user.role, 'case.record_milestone') && ACTION_STAGES.record_milestone.includes(view.stage);
  // A submitted plan is decided where it is read: approve or reject, for the roles the matrix allows.
  const decisions = (['approve_plan', 'reject_plan'] as const).filter(
    (a) => state?.plan?.status === 'submitted' && may(user.role, `case.${a}`) && ACTION_STAGES[a].includes(view.stage),
  );
  const milestones = state?.milestones ?? [];
  const followUps = state?.followUps ?? [];
  const outbox = (useOutbox() ?? []).filter((e) => e.caseId === view.id);
  // An action of this case sent from the outbox: read the case again to show it.
  const sent = outbox.filter((e) => e.state === 'sent').length;
  useEffect(() => {
    if (sent > 0) reload();
  }, [sent]);
  return (
    <>
      <p>
        <Link to={`/cases/${view.id}`}>{t('reintegration.backToCase', { reference: view.reference })}</Link>
      </p>
      <h1>
        {t('reintegration.title')}: {view.reference} <span className="name">{view.principalName}</span>
      </h1>
      <p data-testid="stage">
        <StageBadge stage={view.stage} />
      </p>
      {notice}
      <div className="case-grid">
        <div>
          <section aria-labelledby="plan-title">
            <h2 id="plan-title">{t('reintegration.plan')}</h2>
            <PlanView plan={state?.plan} />
            {decisions.length > 0 && (
              <ul className="action-list">
                {decisions.map((a) => (
                  <li key={a}>
                    <button
                      type="button"
                      className="disclosure"
                      aria-expanded={deciding === a}
                      aria-controls={`form-${a}`}
                      onClick={() => setDeciding(deciding === a ? null : a)}
                    >
                      {t(`actions.${a}`)}
                    </button>
                    {deciding === a && (
                      <ActionForm
                        id={`form-${a}`}
                        action={a}
                        view={view}
                        onDone={(queued) => {
                          setDeciding(null);
                          setNotice(doneWording(a, queued));
                          reload();
                        }}
                      />
                    )}
                  </li>
                ))}
              </ul>
            )}
            {canPlan && (
              <>
                <button
                  type="button"
                  className="disclosure"
                  aria-expanded={editing}
                  aria-controls="form-submit_plan"
                  onClick={() => setEditing(!editing)}
                >
                  {t('actions.submit_plan')}
                </button>
                {editing && (
                  <PlanEditor
                    id="form-submit_plan"
                    view={view}
                    onDone={() => {
                      setEditing(false);
                      setNotice(doneWording('submit_plan', false));
                      reload();
                    }}
                  />
                )}
              </>
            )}
          </section>
          <FinalReportSection
            view={view}
            onDone={(wording) => {
              setNotice(wording);
              reload();
            }}
          />
          <section aria-labelledby="people-title">
            <h2 id="people-title">{t('reintegration.people')}</h2>
            <ul>
              {people.map((p) => (
                <li key={p.id}>
                  <Link to={`/cases/${view.id}/people/${p.id}`}>{fullName(p)}</Link>
                </li>
              ))}
            </ul>
          </section>
        </div>
        <div>
          <section aria-labelledby="milestones-title">
            <h2 id="milestones-title">{t('reintegration.milestones')}</h2>
            {milestones.length === 0 ? (
              <p className="empty">{t('reintegration.noMilestones')}</p>
            ) : (
              <ul className="milestones" data-testid="milestones">
                {milestones.map((m, i) => (
                  <li key={i} data-kind={m.kind}>
                    <strong>{t(`codes.milestones.${m.kind}`, { defaultValue: m.kind })}</strong> ·{' '}
                    <time dateTime={m.achievedOn}>{fmt.date(m.achievedOn)}</time>
                    {m.personId && <> · {t('reintegration.forPerson', { name: nameOf(m.personId) })}</>}
                    {m.note && <span className="muted"> · {m.note}</span>}
                  </li>
                ))}
              </ul>
            )}
            {canMilestone && (
              <ActionForm
                id="form-record_milestone"
                action="record_milestone"
                view={view}
                onDone={(queued) => {
                  setNotice(doneWording('record_milestone', queued));
                  reload();
                }}
              />
            )}
          </section>
          <section aria-labelledby="follow-ups-title">
            <h2 id="follow-ups-title">{t('reintegration.followUps')}</h2>
            <PendingVisits view={view} outbox={outbox} onDone={reload} />
            {followUps.length === 0 ? (
              <p className="empty">{t('reintegration.noFollowUps')}</p>
            ) : surveys ? (
              <Loaded load={surveys} retry={retrySurveys}>
                {(list) => (
                  <ul className="cards">
                    {followUps.map((f) => (
                      <li key={f.visitNumber} className="card" data-visit={f.visitNumber}>
                        <p className="card-title">
                          {t('reintegration.visit', { n: fmt.number(f.visitNumber), date: fmt.date(f.visitedOn) })}
                        </p>
                        <p>{f.notes}</p>
                        <Survey
                          view={view}
                          visit={{ number: f.visitNumber }}
                          survey={list.find((s) => s.visitNumber === f.visitNumber)}
                          outbox={outbox}
                          onDone={retrySurveys}
                        />
                      </li>
                    ))}
                  </ul>
                )}
              </Loaded>
            ) : (
              <ul>
                {followUps.map((f) => (
                  <li key={f.visitNumber}>
                    {t('reintegration.visit', { n: fmt.number(f.visitNumber), date: fmt.date(f.visitedOn) })}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </div>
    </>
  );
}
