// The sustainability survey of a follow-up visit: its scores once recorded, or the questionnaire. A visit recorded
// offline is shown while it waits in the outbox, and its survey can be taken then too: it is sent after the visit.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  SUSTAINABILITY_DIMENSIONS,
  SUSTAINABILITY_QUESTIONNAIRE,
} from '@avrr/domain/reintegration/sustainability-survey';
import { useUser } from '../auth';
import { ErrorMessage, Field } from '../components';
import { useDraft, useSubmit } from '../drafts';
import { useFormat } from '../format';
import type { OutboxEntry } from '../offline/device-store';
import { may } from '../permissions';
import type { CaseView, SurveyView } from '../types';

/** Which visit a survey is for: a recorded one by its number, or one still in the outbox by its entry. */
export type VisitRef = { number: number } | { pendingSeq: number; visitedOn: string };

const unsent = (e: OutboxEntry) => e.state === 'waiting' || e.state === 'sending';

/** The survey of this visit waiting in the outbox, if there is one. */
function surveyWaiting(entries: OutboxEntry[], visit: VisitRef): boolean {
  return entries.some(
    (e) =>
      e.action === 'record_survey' &&
      unsent(e) &&
      ('number' in visit ? e.path.endsWith(`/follow-ups/${visit.number}/survey`) : e.afterSeq === visit.pendingSeq),
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

export function Survey({
  view,
  visit,
  survey,
  outbox,
  onDone,
}: {
  view: CaseView;
  visit: VisitRef;
  survey: SurveyView | undefined;
  outbox: OutboxEntry[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const fmt = useFormat();
  const [open, setOpen] = useState(false);
  if (survey) return <SurveyScores survey={survey} />;
  if (surveyWaiting(outbox, visit)) return <p className="notice">{t('offline.surveyWaiting')}</p>;
  if (!may(user.role, 'surveys.write')) return <p className="empty">{t('reintegration.noSurvey')}</p>;
  const id = 'number' in visit ? String(visit.number) : `pending-${visit.pendingSeq}`;
  const formId = `survey-form-${id}`;
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
        {'number' in visit
          ? t('reintegration.recordSurvey', { n: visit.number })
          : t('offline.recordPendingSurvey', { date: fmt.date(visit.visitedOn) })}
      </button>
      {open && (
        <SurveyForm
          id={formId}
          view={view}
          visit={visit}
          onDone={() => {
            setOpen(false);
            onDone();
          }}
        />
      )}
    </>
  );
}

/** The sustainability questionnaire of a follow-up visit: one choice per indicator, or left unanswered. */
function SurveyForm({ id, view, visit, onDone }: { id: string; view: CaseView; visit: VisitRef; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const key = 'number' in visit ? String(visit.number) : `pending.${visit.pendingSeq}`;
  const draft = useDraft<{ answers: Record<string, string> }>(`${view.id}.survey.${key}`, () => ({ answers: {} }));
  const { state, send } = useSubmit();
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
    // A visit still in the outbox has no number yet: the outbox puts it in once the visit is sent.
    const sent = await send({
      method: 'POST',
      path: `/cases/${view.id}/follow-ups/${'number' in visit ? visit.number : '{visit}'}/survey`,
      body,
      idempotencyKey: draft.idempotencyKey(),
      queue: {
        caseId: view.id,
        caseReference: view.reference,
        action: 'record_survey',
        ...('pendingSeq' in visit ? { afterSeq: visit.pendingSeq } : {}),
      },
    });
    if (sent !== undefined) {
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
      aria-label={
        'number' in visit
          ? t('survey.title', { n: visit.number })
          : t('offline.pendingSurveyTitle', { date: fmt.date(visit.visitedOn) })
      }
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

/** Visits recorded on this device and not yet sent: shown with their date, and their survey can be taken now. */
export function PendingVisits({ view, outbox, onDone }: { view: CaseView; outbox: OutboxEntry[]; onDone: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const visits = outbox.filter((e) => e.action === 'record_follow_up' && unsent(e));
  if (visits.length === 0) return null;
  return (
    <ul className="cards" data-testid="pending-visits">
      {visits.map((e) => {
        const visitedOn = (e.body as { visitedOn: string }).visitedOn;
        return (
          <li key={e.seq} className="card pending" data-seq={e.seq}>
            <p className="card-title">{t('offline.pendingVisit', { date: fmt.date(visitedOn) })}</p>
            <p>{(e.body as { notes: string }).notes}</p>
            <Survey
              view={view}
              visit={{ pendingSeq: e.seq, visitedOn }}
              survey={undefined}
              outbox={outbox}
              onDone={onDone}
            />
          </li>
        );
      })}
    </ul>
  );
}
