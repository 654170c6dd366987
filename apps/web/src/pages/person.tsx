// One returnee's skills profile (ISCO-08 occupations found by search), the opportunities matched to it with their
// score breakdown, and the links to opportunities moved on step by step.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LINK_STATUSES, type LinkStatus, type LinkStep, linkStepRefusal } from '@avrr/domain/reintegration/opportunity-link';
import { ApiError, api } from '../api';
import { useUser } from '../auth';
import { ErrorMessage, Field, Loaded, Loading, useApi } from '../components';
import { useDraft, useSubmit } from '../drafts';
import { localDay, useFormat } from '../format';
import { may, rolesFor } from '../permissions';
import type { CaseView } from '../types';
import { fullName } from './case';

interface SkillsProfile {
  occupations: Array<{ iscoCode: string; years: number }>;
  skills: string[];
  iscedLevel: number | null;
  languages: string[];
  drivingLicence: boolean | null;
  monthsAbroad: number | null;
  preferredRegion: string | null;
  wants: string | null;
  complete: boolean;
  missing: string[];
  updatedByRole: string;
  updatedAt: string;
  version: number;
}

interface Match {
  id: string;
  label: string;
  score: number;
  breakdown: Array<{ component: string; value: number; weight: number; contribution: number; explanation: string }>;
}

interface LinkView {
  id: string;
  personId: string;
  opportunityId: string;
  status: LinkStatus;
  history: LinkStep[];
  version: number;
}

interface Suggestion {
  code: string;
  title: string;
  matchedTitle: string;
}

interface ProfileForm {
  occupations: Array<{ iscoCode: string; title: string; years: string }>;
  skills: string;
  languages: string;
  iscedLevel: string;
  drivingLicence: string;
  monthsAbroad: string;
  preferredRegion: string;
  wants: string;
}

const WANTS = ['job', 'training', 'business'] as const;

function formOf(p: SkillsProfile | null): ProfileForm {
  return {
    occupations: (p?.occupations ?? []).map((o) => ({ iscoCode: o.iscoCode, title: '', years: String(o.years) })),
    skills: (p?.skills ?? []).join(', '),
    languages: (p?.languages ?? []).join(', '),
    iscedLevel: p?.iscedLevel === null || p?.iscedLevel === undefined ? '' : String(p.iscedLevel),
    drivingLicence: p?.drivingLicence === null || p?.drivingLicence === undefined ? '' : p.drivingLicence ? 'yes' : 'no',
    monthsAbroad: p?.monthsAbroad === null || p?.monthsAbroad === undefined ? '' : String(p.monthsAbroad),
    preferredRegion: p?.preferredRegion ?? '',
    wants: p?.wants ?? '',
  };
}

/** A number typed in any of the app's languages ("2,5", "٢٫٥"), or the text as typed so the API names what is wrong. */
function numberOrText(text: string): number | string {
  const ascii = text.trim().replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) & 0xf)).replace(/[,\u066B]/, '.');
  return /^\d+(\.\d+)?$/.test(ascii) ? Number(ascii) : text;
}

const list = (text: string) =>
  text
    .split(/[,،]/)
    .map((s) => s.trim())
    .filter(Boolean);

function bodyOf(v: ProfileForm) {
  return {
    occupations: v.occupations.map((o) => ({ iscoCode: o.iscoCode, years: numberOrText(o.years) })),
    skills: list(v.skills),
    languages: list(v.languages),
    iscedLevel: v.iscedLevel === '' ? null : Number(v.iscedLevel),
    drivingLicence: v.drivingLicence === '' ? null : v.drivingLicence === 'yes',
    monthsAbroad: v.monthsAbroad.trim() === '' ? null : numberOrText(v.monthsAbroad),
    preferredRegion: v.preferredRegion.trim() === '' ? null : v.preferredRegion,
    wants: v.wants === '' ? null : v.wants,
  };
}

export function PersonPage() {
  const { id, personId } = useParams();
  const [load, retry] = useApi<CaseView>(`/cases/${id}`);
  return <Loaded load={load} retry={retry}>{(view) => <Person view={view} personId={personId!} />}</Loaded>;
}

function Person({ view, personId }: { view: CaseView; personId: string }) {
  const { t } = useTranslation();
  const user = useUser();
  const person = [view.principal, ...view.household].find((p) => p.id === personId);
  const [profileLoad, retryProfile] = useApi<SkillsProfile>(`/cases/${view.id}/people/${personId}/skills-profile`);
  const [saved, setSaved] = useState<SkillsProfile | null>(null);
  const [links, retryLinks] = useApi<LinkView[]>(may(user.role, 'links.read') ? `/cases/${view.id}/links` : null);
  if (!person) return <ErrorMessage error={new ApiError(404, 'person_not_in_case')} />;

  // No profile yet is a 404: the form starts empty.
  const noProfile = profileLoad.status === 'error' && profileLoad.error.status === 404;
  const profile = saved ?? (profileLoad.status === 'ok' ? profileLoad.data : null);
  const myLinks = links.status === 'ok' ? links.data.filter((l) => l.personId === personId) : [];
  return (
    <>
      <p>
        <Link to={`/cases/${view.id}`}>{t('reintegration.backToCase', { reference: view.reference })}</Link>
      </p>
      <h1>
        {t('skills.title')}: <span className="name">{fullName(person)}</span>
      </h1>
      <div className="case-grid">
        <section aria-labelledby="profile-title">
          <h2 id="profile-title">{t('skills.profile')}</h2>
          {(profile || noProfile) && !may(user.role, 'skills.write') ? (
            <ProfileReadOnly profile={profile} />
          ) : profile || noProfile ? (
            <ProfileEditor key={profile?.version ?? 0} view={view} personId={personId} profile={profile} justSaved={saved !== null} onSaved={setSaved} />
          ) : (
            <Loaded load={profileLoad} retry={retryProfile}>
              {() => null}
            </Loaded>
          )}
        </section>
        <div>
          {may(user.role, 'matches.read') && (
            <section aria-labelledby="matches-title">
              <h2 id="matches-title">{t('skills.matches')}</h2>
              {profile?.complete ? (
                <Matches key={profile.version} view={view} personId={personId} links={myLinks} onLinked={retryLinks} />
              ) : profile || noProfile ? (
                <p className="empty">{t('skills.missing', { fields: (profile?.missing ?? ['iscedLevel', 'drivingLicence', 'wants']).map((f) => t(`skills.${f}`, { defaultValue: f })).join(', ') })}</p>
              ) : (
                <Loading />
              )}
            </section>
          )}
          {may(user.role, 'links.read') && (
            <section aria-labelledby="links-title">
              <h2 id="links-title">{t('skills.links')}</h2>
              <Loaded load={links} retry={retryLinks}>
                {() =>
                  myLinks.length === 0 ? (
                    <p className="empty">{t('skills.noLinks')}</p>
                  ) : (
                    <ul className="cards" data-testid="links">
                      {myLinks.map((l) => (
                        <LinkCard key={`${l.id}.${l.version}`} caseId={view.id} link={l} onStep={retryLinks} />
                      ))}
                    </ul>
                  )
                }
              </Loaded>
            </section>
          )}
        </div>
      </div>
    </>
  );
}

/**
 * The profile for a role that may read it but not change it (skills.read without skills.write in the permission
 * matrix): plain text, not disabled controls, with the reason and the roles that may change it.
 */
function ProfileReadOnly({ profile }: { profile: SkillsProfile | null }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const writers = rolesFor('skills.write')
    .map((r) => t(`roles.${r}`))
    .join(', ');
  const unknown = <span className="muted">{t('skills.unknown')}</span>;
  const text = (value: string | null | undefined) => (value ? value : unknown);
  return (
    <div className="profile read-only" data-testid="profile-read-only">
      <p className="hint" role="note" id="profile-read-only-why">
        {t('skills.readOnly', { roles: writers })}
      </p>
      {!profile ? (
        <p className="empty">{t('skills.noProfile')}</p>
      ) : (
        <>
          <p className="hint" data-testid="profile-status">
            {profile.complete ? t('skills.complete') : t('skills.missing', { fields: profile.missing.map((f) => t(`skills.${f}`, { defaultValue: f })).join(', ') })}{' '}
            {t('skills.updated', { version: profile.version, date: fmt.dateTime(profile.updatedAt), role: t(`roles.${profile.updatedByRole}`, { defaultValue: profile.updatedByRole }) })}
          </p>
          <dl className="profile-values" aria-describedby="profile-read-only-why">
            <div>
              <dt>{t('skills.occupations')}</dt>
              <dd>
                {profile.occupations.length === 0 ? (
                  t('skills.noOccupations')
                ) : (
                  <ul className="occupations">
                    {profile.occupations.map((o) => (
                      <li key={o.iscoCode}>
                        <strong>{o.iscoCode}</strong> <OccupationTitle code={o.iscoCode} known="" /> · {t('skills.yearsValue', { years: fmt.number(o.years) })}
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
            <div>
              <dt>{t('skills.skills')}</dt>
              <dd>{text(profile.skills.join(', '))}</dd>
            </div>
            <div>
              <dt>{t('skills.languages')}</dt>
              <dd>{text(profile.languages.join(', '))}</dd>
            </div>
            <div>
              <dt>{t('skills.iscedLevel')}</dt>
              <dd>{profile.iscedLevel === null ? unknown : t(`codes.isced.${profile.iscedLevel}`, { defaultValue: String(profile.iscedLevel) })}</dd>
            </div>
            <div>
              <dt>{t('skills.drivingLicence')}</dt>
              <dd>{profile.drivingLicence === null ? unknown : profile.drivingLicence ? t('common.yes') : t('common.no')}</dd>
            </div>
            <div>
              <dt>{t('skills.monthsAbroad')}</dt>
              <dd>{profile.monthsAbroad === null ? unknown : fmt.number(profile.monthsAbroad)}</dd>
            </div>
            <div>
              <dt>{t('skills.preferredRegion')}</dt>
              <dd>{text(profile.preferredRegion)}</dd>
            </div>
            <div>
              <dt>{t('skills.wants')}</dt>
              <dd>{profile.wants ? t(`codes.wants.${profile.wants}`, { defaultValue: profile.wants }) : unknown}</dd>
            </div>
          </dl>
        </>
      )}
    </div>
  );
}

function ProfileEditor({
  view,
  personId,
  profile,
  justSaved,
  onSaved,
}: {
  view: CaseView;
  personId: string;
  profile: SkillsProfile | null;
  justSaved: boolean;
  onSaved: (p: SkillsProfile) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const user = useUser();
  const draft = useDraft<ProfileForm>(`${view.id}.${personId}.skills_profile`, () => formOf(profile));
  const { state, run } = useSubmit();
  const error = state.status === 'error' ? state.error : null;
  const v = draft.values;
  const canWrite = may(user.role, 'skills.write');
  const set = <K extends keyof ProfileForm>(field: K, value: ProfileForm[K]) => {
    draft.newKey();
    draft.set(field, value);
  };

  async function submit(e?: FormEvent) {
    e?.preventDefault();
    const result = await run(() => api<SkillsProfile>('PUT', `/cases/${view.id}/people/${personId}/skills-profile`, bodyOf(v), { idempotencyKey: draft.idempotencyKey() }));
    if (result) {
      draft.clear();
      onSaved(result);
    }
  }

  const shown = ['skills', 'languages', 'iscedLevel', 'drivingLicence', 'monthsAbroad', 'preferredRegion', 'wants', ...v.occupations.map((_, i) => `occupations.${i}.years`)];
  return (
    <form className="action-form profile" onSubmit={(e) => void submit(e)} noValidate aria-label={t('skills.profile')}>
      {justSaved && profile && (
        <p className="notice" role="status">
          {t('skills.saved', { version: profile.version })}
        </p>
      )}
      {draft.restored && (
        <p className="notice" role="status">
          {t('errors.draftKept')}{' '}
          <button type="button" className="link" onClick={draft.clear}>
            {t('errors.discardDraft')}
          </button>
        </p>
      )}
      {profile && (
        <p className="hint" data-testid="profile-status">
          {profile.complete ? t('skills.complete') : t('skills.missing', { fields: profile.missing.map((f) => t(`skills.${f}`, { defaultValue: f })).join(', ') })}{' '}
          {t('skills.updated', { version: profile.version, date: fmt.dateTime(profile.updatedAt), role: t(`roles.${profile.updatedByRole}`, { defaultValue: profile.updatedByRole }) })}
        </p>
      )}
      <fieldset>
        <legend>{t('skills.occupations')}</legend>
        {v.occupations.length === 0 && <p className="empty">{t('skills.noOccupations')}</p>}
        <ul className="occupations">
          {v.occupations.map((o, i) => (
            <li key={o.iscoCode} className="occupation">
              <p>
                <strong>{o.iscoCode}</strong> <OccupationTitle code={o.iscoCode} known={o.title} />
              </p>
              <div className="row">
                <Field label={t('skills.years', { code: o.iscoCode })} name={`occupations.${i}.years`} error={error}>
                  {(a) => (
                    <input
                      {...a}
                      inputMode="decimal"
                      value={o.years}
                      onChange={(e) => set('occupations', v.occupations.map((x, j) => (j === i ? { ...x, years: e.target.value } : x)))}
                    />
                  )}
                </Field>
                <button
                  type="button"
                  className="inline"
                  aria-label={t('skills.removeOccupation', { code: o.iscoCode })}
                  onClick={() => set('occupations', v.occupations.filter((_, j) => j !== i))}
                >
                  {t('skills.remove')}
                </button>
              </div>
            </li>
          ))}
        </ul>
        {violationsFor(error, 'occupations')}
        <OccupationSearch
          chosen={v.occupations.map((o) => o.iscoCode)}
          onAdd={(s) => set('occupations', [...v.occupations, { iscoCode: s.code, title: s.title, years: '' }])}
        />
      </fieldset>
      <Field label={t('skills.skills')} name="skills" error={error}>
        {(a) => <input {...a} value={v.skills} onChange={(e) => set('skills', e.target.value)} autoComplete="off" />}
      </Field>
      <div className="row">
        <Field label={t('skills.languages')} name="languages" error={error}>
          {(a) => <input {...a} value={v.languages} onChange={(e) => set('languages', e.target.value)} autoComplete="off" />}
        </Field>
        <Field label={t('skills.iscedLevel')} name="iscedLevel" error={error}>
          {(a) => (
            <select {...a} value={v.iscedLevel} onChange={(e) => set('iscedLevel', e.target.value)}>
              <option value="">{t('skills.unknown')}</option>
              {['0', '1', '2', '3', '4', '5', '6', '7', '8'].map((l) => (
                <option key={l} value={l}>
                  {t(`codes.isced.${l}` as 'codes.isced.0')}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="row">
        <Field label={t('skills.drivingLicence')} name="drivingLicence" error={error}>
          {(a) => (
            <select {...a} value={v.drivingLicence} onChange={(e) => set('drivingLicence', e.target.value)}>
              <option value="">{t('skills.unknown')}</option>
              <option value="yes">{t('common.yes')}</option>
              <option value="no">{t('common.no')}</option>
            </select>
          )}
        </Field>
        <Field label={t('skills.monthsAbroad')} name="monthsAbroad" error={error}>
          {(a) => <input {...a} inputMode="numeric" value={v.monthsAbroad} onChange={(e) => set('monthsAbroad', e.target.value)} />}
        </Field>
      </div>
      <div className="row">
        <Field label={t('skills.preferredRegion')} name="preferredRegion" error={error}>
          {(a) => <input {...a} value={v.preferredRegion} onChange={(e) => set('preferredRegion', e.target.value)} />}
        </Field>
        <Field label={t('skills.wants')} name="wants" error={error}>
          {(a) => (
            <select {...a} value={v.wants} onChange={(e) => set('wants', e.target.value)}>
              <option value="">{t('skills.unknown')}</option>
              {WANTS.map((w) => (
                <option key={w} value={w}>
                  {t(`codes.wants.${w}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {error && <ErrorMessage error={error} onRetry={() => void submit()} shownFields={shown} />}
      {canWrite && (
        <div className="form-actions">
          <button type="submit" className="primary" disabled={state.status === 'sending'}>
            {t('skills.save')}
          </button>
        </div>
      )}
    </form>
  );
}

function violationsFor(error: ApiError | null, prefix: string) {
  const messages = (error?.violations ?? []).filter((v) => v.field === prefix || (v.field.startsWith(`${prefix}.`) && !v.field.endsWith('.years')));
  if (!messages.length) return null;
  return (
    <p className="field-error" data-field={prefix}>
      {messages.map((m) => m.reason).join('; ')}
    </p>
  );
}

/** The title of an ISCO-08 unit group: known when just picked from the search, fetched otherwise. */
function OccupationTitle({ code, known }: { code: string; known: string }) {
  const [load] = useApi<{ title: string }>(known ? null : `/occupations/groups/${code}`);
  if (known) return <span>{known}</span>;
  return <span>{load.status === 'ok' ? load.data.title : ''}</span>;
}

function OccupationSearch({ chosen, onAdd }: { chosen: string[]; onAdd: (s: Suggestion) => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Suggestion[] | null>(null);
  const { state, run } = useSubmit();
  async function search() {
    if (query.trim().length < 2) return;
    const found = await run(() => api<{ items: Suggestion[] }>('GET', `/occupations/search?q=${encodeURIComponent(query.trim())}&limit=8`));
    if (found) setResults(found.items);
  }
  return (
    <div className="occupation-search" role="search" aria-label={t('skills.search')}>
      <Field label={t('skills.search')} name="occupationSearch" hint={t('skills.searchHint')}>
        {(a) => (
          <div className="search-row">
            <input
              {...a}
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              onKeyDown={(e) => {
                // Enter searches; it must not submit the profile.
                if (e.key === 'Enter') {
                  e.preventDefault();
                  void search();
                }
              }}
              autoComplete="off"
            />
            <button type="button" onClick={() => void search()} disabled={state.status === 'sending'}>
              {t('skills.searchButton')}
            </button>
          </div>
        )}
      </Field>
      {state.status === 'sending' && <Loading />}
      {state.status === 'error' && <ErrorMessage error={state.error} onRetry={() => void search()} />}
      {results && (
        <div aria-live="polite">
          {results.length === 0 ? (
            <p className="empty">{t('skills.noResults')}</p>
          ) : (
            <ul className="suggestions" aria-label={t('skills.results')}>
              {results.map((s) => (
                <li key={s.code}>
                  <span>
                    <strong>{s.code}</strong> {s.title}
                    {s.matchedTitle !== s.title && <span className="muted"> ({s.matchedTitle})</span>}
                  </span>
                  <button type="button" disabled={chosen.includes(s.code)} aria-label={t('skills.addOccupation', { code: s.code, title: s.title })} onClick={() => onAdd(s)}>
                    {t('skills.add')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

function Matches({ view, personId, links, onLinked }: { view: CaseView; personId: string; links: LinkView[]; onLinked: () => void }) {
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
              <MatchCard key={m.id} caseId={view.id} personId={personId} match={m} link={links.find((l) => l.opportunityId === m.id)} onLinked={onLinked} />
            ))}
          </ul>
        )
      }
    </Loaded>
  );
}

function MatchCard({ caseId, personId, match, link, onLinked }: { caseId: string; personId: string; match: Match; link: LinkView | undefined; onLinked: () => void }) {
  const { t } = useTranslation();
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
            <span>{t('skills.contribution', { contribution: fmt.score(b.contribution), weight: fmt.score(b.weight) })}</span>
            <span className="muted explanation" lang="en">
              {b.explanation}
            </span>
          </li>
        ))}
      </ul>
      {link ? (
        <p>
          <span className={`badge link-${link.status}`}>{t('skills.proposed', { status: t(`codes.linkStatuses.${link.status}`) })}</span>
        </p>
      ) : (
        may(user.role, 'links.write') && (
          <>
            <button type="button" className="disclosure" aria-expanded={open} aria-controls={formId} onClick={() => setOpen(!open)}>
              {t('skills.propose')}
            </button>
            {open && <ProposeForm id={formId} caseId={caseId} personId={personId} match={match} onDone={onLinked} />}
          </>
        )
      )}
    </li>
  );
}

function ProposeForm({ id, caseId, personId, match, onDone }: { id: string; caseId: string; personId: string; match: Match; onDone: () => void }) {
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
    const body = { personId, opportunityId: match.id, on: draft.values.on, ...(draft.values.note.trim() ? { note: draft.values.note } : {}) };
    const ok = await run(() => api('POST', `/cases/${caseId}/links`, body, { idempotencyKey: draft.idempotencyKey() }));
    if (ok !== undefined) {
      draft.clear();
      onDone();
    }
  }
  return (
    <form id={id} className="action-form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('skills.proposeTitle', { title: match.label })}>
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

function LinkCard({ caseId, link, onStep }: { caseId: string; link: LinkView; onStep: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const user = useUser();
  const [opportunity] = useApi<{ title: string; type: string }>(`/opportunities/${link.opportunityId}`);
  const title = opportunity.status === 'ok' ? opportunity.data.title : '…';
  const today = localDay();
  const next = LINK_STATUSES.filter((s) => s !== 'proposed' && linkStepRefusal(link.history, s, today, today) === null);
  return (
    <li className="card" data-link={link.id} data-status={link.status}>
      <p className="card-title">
        {title} <span className={`badge link-${link.status}`}>{t(`codes.linkStatuses.${link.status}`)}</span>
      </p>
      {opportunity.status === 'ok' && <p className="muted">{t(`codes.opportunityTypes.${opportunity.data.type}`, { defaultValue: opportunity.data.type })}</p>}
      <ol className="steps">
        {link.history.map((s, i) => (
          <li key={i}>
            {t(`codes.linkStatuses.${s.status}`)} · <time dateTime={s.on}>{fmt.date(s.on)}</time>
            {s.note && <span className="muted"> · {s.note}</span>}
          </li>
        ))}
      </ol>
      {next.length === 0 ? (
        <p className="muted">{t('skills.finished')}</p>
      ) : (
        may(user.role, 'links.write') && <StepForm caseId={caseId} link={link} next={next} title={title} onDone={onStep} />
      )}
    </li>
  );
}

function StepForm({ caseId, link, next, title, onDone }: { caseId: string; link: LinkView; next: LinkStatus[]; title: string; onDone: () => void }) {
  const { t } = useTranslation();
  const draft = useDraft(`${caseId}.link-step.${link.id}`, () => ({ status: next[0] as string, on: localDay(), note: '' }));
  const { state, run } = useSubmit();
  const error = state.status === 'error' ? state.error : null;
  const status = next.includes(draft.values.status as LinkStatus) ? draft.values.status : next[0];
  async function submit(e?: FormEvent) {
    e?.preventDefault();
    const body = { status, on: draft.values.on, ...(draft.values.note.trim() ? { note: draft.values.note } : {}) };
    const ok = await run(() => api('POST', `/cases/${caseId}/links/${link.id}/steps`, body, { idempotencyKey: draft.idempotencyKey() }));
    if (ok !== undefined) {
      draft.clear();
      onDone();
    }
  }
  const change = (field: 'status' | 'on' | 'note', value: string) => {
    draft.newKey();
    draft.set(field, value);
  };
  return (
    <form className="action-form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('skills.moveTitle', { title })}>
      <div className="row">
        <Field label={t('skills.nextStatus')} name="status" error={error}>
          {(a) => (
            <select {...a} value={status} onChange={(e) => change('status', e.target.value)}>
              {next.map((s) => (
                <option key={s} value={s}>
                  {t(`codes.linkStatuses.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('skills.on')} name="on" error={error}>
          {(a) => <input {...a} type="date" value={draft.values.on} onChange={(e) => change('on', e.target.value)} />}
        </Field>
      </div>
      <Field label={`${t('skills.note')} ${t('common.optional')}`} name="note" error={error}>
        {(a) => <input {...a} value={draft.values.note} onChange={(e) => change('note', e.target.value)} />}
      </Field>
      {error && <ErrorMessage error={error} onRetry={() => void submit()} shownFields={['status', 'on', 'note']} />}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={state.status === 'sending'}>
          {t('skills.recordStep')}
        </button>
      </div>
    </form>
  );
}
