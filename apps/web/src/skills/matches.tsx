// The opportunities matched to a complete profile, each with its score breakdown and a form to propose it.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { useUser } from '../auth';
import { ErrorMessage, Field, Loaded, useApi } from '../components';
import { useDraft, useSubmit } from '../drafts';
import { localDay, useFormat } from '../format';
import { may } from '../permissions';
import type { CaseView } from '../types';
import { matchReasonText } from './match-explanation';
import type { Match, LinkView } from './skills-types';

export function Matches({
  view,
  personId,
  links,
  onLinked,
}: {
  view: CaseView;
  personId: string;
  links: LinkView[];
  onLinked: () => void;
}) {
  const { t } = useTranslation();
  const [load, retry] = useApi<Match[]>(`/cases/${view.id}/people/${personId}/matches?limit=10`);
  return (
    <Loaded load={load} retry={retry}>
      {(matches) =>
        matches.length === 0 ? (
          <p className="empty">{t('skills.noMatches')}</p>
        ) : (
          <ul className="cards matches" data-testid="matches">
            {matches.map((m) => (
              <MatchCard
                key={m.id}
                caseId={view.id}
                personId={personId}
                match={m}
                link={links.find((l) => l.opportunityId === m.id)}
                onLinked={onLinked}
              />
            ))}
          </ul>
        )
      }
    </Loaded>
  );
}

function MatchCard({
  caseId,
  personId,
  match,
  link,
  onLinked,
}: {
  caseId: string;
  personId: string;
  match: Match;
  link: LinkView | undefined;
  onLinked: () => void;
}) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const user = useUser();
  const [open, setOpen] = useState(false);
  const titleId = `match-${match.id}`;
  const formId = `propose-${match.id}`;
  return (
    <li className="card match" aria-labelledby={titleId}>
      <h3 id={titleId} className="card-title">
        {match.label} <span className="score">{t('skills.score', { score: fmt.score(match.score) })}</span>
      </h3>
      <ul className="breakdown" aria-label={t('skills.breakdown', { title: match.label })}>
        {match.breakdown.map((b) => (
          <li key={b.component}>
            <span className="label">{t(`codes.matchComponents.${b.component}`, { defaultValue: b.component })}</span>{' '}
            <span className="bar-track" aria-hidden="true">
              <span className="bar" style={{ inlineSize: `${b.weight ? (100 * b.contribution) / b.weight : 0}%` }} />
            </span>{' '}
            <span>
              {t('skills.contribution', { contribution: fmt.score(b.contribution), weight: fmt.score(b.weight) })}
            </span>
            {b.reason ? (
              <span className="muted explanation">{matchReasonText(t, i18n.language, b.reason, b.explanation)}</span>
            ) : (
              <span className="muted explanation" lang="en">
                {b.explanation}
              </span>
            )}
          </li>
        ))}
      </ul>
      {link ? (
        <p>
          <span className={`badge link-${link.status}`}>
            {t('skills.proposed', { status: t(`codes.linkStatuses.${link.status}`) })}
          </span>
        </p>
      ) : (
        may(user.role, 'links.write') && (
          <>
            <button
              type="button"
              className="disclosure"
              aria-expanded={open}
              aria-controls={formId}
              onClick={() => setOpen(!open)}
            >
              {t('skills.propose')}
            </button>
            {open && <ProposeForm id={formId} caseId={caseId} personId={personId} match={match} onDone={onLinked} />}
          </>
        )
      )}
    </li>
  );
}

function ProposeForm({
  id,
  caseId,
  personId,
  match,
  onDone,
}: {
  id: string;
  caseId: string;
  personId: string;
  match: Match;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const draft = useDraft(`${caseId}.link.${personId}.${match.id}`, () => ({ on: localDay(), note: '' }));
  const { state, run } = useSubmit();
  const error = state.status === 'error' ? state.error : null;
  const change = (field: 'on' | 'note', value: string) => {
    draft.newKey();
    draft.set(field, value);
  };
  async function submit(e?: FormEvent) {
    e?.preventDefault();
    const body = {
      personId,
      opportunityId: match.id,
      on: draft.values.on,
      ...(draft.values.note.trim() ? { note: draft.values.note } : {}),
    };
    const ok = await run(() => api('POST', `/cases/${caseId}/links`, body, { idempotencyKey: draft.idempotencyKey() }));
    if (ok !== undefined) {
      draft.clear();
      onDone();
    }
  }
  return (
    <form
      id={id}
      className="action-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t('skills.proposeTitle', { title: match.label })}
    >
      <div className="row">
        <Field label={t('skills.on')} name="on" error={error}>
          {(a) => <input {...a} type="date" value={draft.values.on} onChange={(e) => change('on', e.target.value)} />}
        </Field>
        <Field label={`${t('skills.note')} ${t('common.optional')}`} name="note" error={error}>
          {(a) => <input {...a} value={draft.values.note} onChange={(e) => change('note', e.target.value)} />}
        </Field>
      </div>
      {error && <ErrorMessage error={error} onRetry={() => void submit()} shownFields={['on', 'note']} />}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={state.status === 'sending'}>
          {t('skills.propose')}
        </button>
      </div>
    </form>
  );
}
