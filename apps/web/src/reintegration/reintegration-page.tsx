// After arrival: the plan, the milestones, the follow-up visits with their sustainability surveys, and a way to each
// returnee's skills and opportunities.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  SUSTAINABILITY_DIMENSIONS,
  SUSTAINABILITY_QUESTIONNAIRE,
} from '@avrr/domain/reintegration/sustainability-survey';
import { api } from '../api';
import { useUser } from '../auth';
import { ErrorMessage, Field, Loaded, StageBadge, useApi } from '../components';
import { useDraft, useSubmit } from '../drafts';
import { useFormat } from '../format';
import { ACTION_STAGES, may } from '../permissions';
import type { CaseView, SurveyView } from '../types';
import { ActionForm, fullName, stateOf } from '../cases/case-page';
import { PlanEditor, PlanView } from './plan';

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
  const [done, setDone] = useState<string | null>(null);
  const canPlan = may(user.role, 'case.submit_plan') && ACTION_STAGES.submit_plan.includes(view.stage);
  const canMilestone = may(user.role, 'case.record_milestone') && ACTION_STAGES.record_milestone.includes(view.stage);
  // A submitted plan is decided where it is read: approve or reject, for the roles the matrix allows.
  const decisions = (['approve_plan', 'reject_plan'] as const).filter(
    (a) => state?.plan?.status === 'submitted' && may(user.role, `case.${a}`) && ACTION_STAGES[a].includes(view.stage),
  );
  const milestones = state?.milestones ?? [];
  const followUps = state?.followUps ?? [];
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
      {done && (
        <p className="notice" role="status">
          {done}
        </p>
      )}
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
                        onDone={() => {
                          setDeciding(null);
                          setDone(`${t(`actions.${a}`)}: ${t('caseView.done')}`);
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
                      setDone(`${t('actions.submit_plan')}: ${t('caseView.done')}`);
                      reload();
                    }}
                  />
                )}
              </>
            )}
          </section>
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
                onDone={() => {
                  setDone(`${t('actions.record_milestone')}: ${t('caseView.done')}`);
                  reload();
                }}
              />
            )}
          </section>
          <section aria-labelledby="follow-ups-title">
            <h2 id="follow-ups-title">{t('reintegration.followUps')}</h2>
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
                          caseId={view.id}
                          visit={f.visitNumber}
                          survey={list.find((s) => s.visitNumber === f.visitNumber)}
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

export function SurveyScores({ survey }: { survey: SurveyView }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <dl className="scores" aria-label={t('reintegration.surveyScores')} data-testid={`survey-${survey.visitNumber}`}>
      {(['composite', ...SUSTAINABILITY_DIMENSIONS] as const).map((d) => (
        <div key={d}>
          <dt>{t(`codes.dimensions.${d}`)}</dt>
          <dd>{fmt.score(survey.scores[d].display)}</dd>
        </div>
      ))}
    </dl>
  );
}

function Survey({
  caseId,
  visit,
  survey,
  onDone,
}: {
  caseId: string;
  visit: number;
  survey: SurveyView | undefined;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const [open, setOpen] = useState(false);
  if (survey) return <SurveyScores survey={survey} />;
  if (!may(user.role, 'surveys.write')) return <p className="empty">{t('reintegration.noSurvey')}</p>;
  const formId = `survey-form-${visit}`;
  return (
    <>
      <p className="empty">{t('reintegration.noSurvey')}</p>
      <button
        type="button"
        className="disclosure"
        aria-expanded={open}
        aria-controls={formId}
        onClick={() => setOpen(!open)}
      >
        {t('reintegration.recordSurvey', { n: visit })}
      </button>
      {open && <SurveyForm id={formId} caseId={caseId} visit={visit} onDone={onDone} />}
    </>
  );
}

/** The sustainability questionnaire of a follow-up visit: one choice per indicator, or left unanswered. */
function SurveyForm({ id, caseId, visit, onDone }: { id: string; caseId: string; visit: number; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const draft = useDraft<{ answers: Record<string, string> }>(`${caseId}.survey.${visit}`, () => ({ answers: {} }));
  const { state, run } = useSubmit();
  const error = state.status === 'error' ? state.error : null;
  const answers = draft.values.answers;
  // Questions and options are translated by their codes (survey.indicators.<id>); a questionnaire version newer than
  // the catalogue shows the questionnaire's own English words, marked as English for screen readers.
  const surveyText = (key: string, english: string): { text: string; lang: string | undefined } =>
    i18n.exists(key)
      ? { text: t(key), lang: undefined }
      : { text: english, lang: i18n.language === 'en' ? undefined : 'en' };

  async function submit(e?: FormEvent) {
    e?.preventDefault();
    const body = {
      answers: Object.fromEntries(SUSTAINABILITY_QUESTIONNAIRE.indicators.map((q) => [q.id, answers[q.id] || null])),
    };
    const ok = await run(() =>
      api('POST', `/cases/${caseId}/follow-ups/${visit}/survey`, body, { idempotencyKey: draft.idempotencyKey() }),
    );
    if (ok !== undefined) {
      draft.clear();
      onDone();
    }
  }

  return (
    <form
      id={id}
      className="action-form survey"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t('survey.title', { n: visit })}
    >
      {draft.restored && (
        <p className="notice" role="status">
          {t('errors.draftKept')}{' '}
          <button type="button" className="link" onClick={draft.clear}>
            {t('errors.discardDraft')}
          </button>
        </p>
      )}
      <p className="hint">{t('survey.intro', { version: SUSTAINABILITY_QUESTIONNAIRE.version })}</p>
      {SUSTAINABILITY_DIMENSIONS.map((d) => (
        <fieldset key={d}>
          <legend>{t(`codes.dimensions.${d}`)}</legend>
          {SUSTAINABILITY_QUESTIONNAIRE.indicators
            .filter((q) => q.dimension === d)
            .map((q) => {
              const question = surveyText(`survey.indicators.${q.id}.question`, q.question);
              return (
                <Field key={q.id} label={question.text} name={`answers.${q.id}`} error={error}>
                  {(a) => (
                    <select
                      {...a}
                      data-indicator={q.id}
                      value={answers[q.id] ?? ''}
                      onChange={(e) => {
                        draft.newKey();
                        draft.set('answers', { ...answers, [q.id]: e.target.value });
                      }}
                    >
                      <option value="">{t('survey.notAnswered')}</option>
                      {q.options.map((o) => {
                        const label = surveyText(`survey.indicators.${q.id}.options.${o.code}`, o.label);
                        return (
                          <option key={o.code} value={o.code} lang={label.lang}>
                            {label.text}
                          </option>
                        );
                      })}
                    </select>
                  )}
                </Field>
              );
            })}
        </fieldset>
      ))}
      {error && (
        <ErrorMessage
          error={error}
          onRetry={() => void submit()}
          shownFields={SUSTAINABILITY_QUESTIONNAIRE.indicators.map((q) => `answers.${q.id}`)}
        />
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={state.status === 'sending'}>
          {t('survey.submit')}
        </button>
      </div>
    </form>
  );
}
