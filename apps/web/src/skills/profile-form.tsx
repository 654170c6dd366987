// The skills profile: read-only for roles that may only read it, else the form that saves it.
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../api';
import { useUser } from '../auth';
import { ErrorMessage, Field } from '../components';
import { useDraft, useSubmit } from '../drafts';
import { useFormat } from '../format';
import { may, rolesFor } from '../permissions';
import type { CaseView } from '../types';
import type { SkillsProfile, ProfileForm } from './skills-types';
import { OccupationSearch, OccupationTitle } from './occupation-search';

const WANTS = ['job', 'training', 'business'] as const;

function formOf(p: SkillsProfile | null): ProfileForm {
  return {
    occupations: (p?.occupations ?? []).map((o) => ({ iscoCode: o.iscoCode, title: '', years: String(o.years) })),
    skills: (p?.skills ?? []).join(', '),
    languages: (p?.languages ?? []).join(', '),
    iscedLevel: p?.iscedLevel === null || p?.iscedLevel === undefined ? '' : String(p.iscedLevel),
    drivingLicence:
      p?.drivingLicence === null || p?.drivingLicence === undefined ? '' : p.drivingLicence ? 'yes' : 'no',
    monthsAbroad: p?.monthsAbroad === null || p?.monthsAbroad === undefined ? '' : String(p.monthsAbroad),
    preferredRegion: p?.preferredRegion ?? '',
    wants: p?.wants ?? '',
  };
}

/** A number typed in any of the app's languages ("2,5", "٢٫٥"), or the text as typed so the API names what is wrong. */
function numberOrText(text: string): number | string {
  const ascii = text
    .trim()
    .replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) & 0xf))
    .replace(/[,\u066B]/, '.');
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

/**
 * The profile for a role that may read it but not change it (skills.read without skills.write in the permission
 * matrix): plain text, not disabled controls, with the reason and the roles that may change it.
 */
export function ProfileReadOnly({ profile }: { profile: SkillsProfile | null }) {
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
            {profile.complete
              ? t('skills.complete')
              : t('skills.missing', {
                  fields: profile.missing.map((f) => t(`skills.${f}`, { defaultValue: f })).join(', '),
                })}{' '}
            {t('skills.updated', {
              version: profile.version,
              date: fmt.dateTime(profile.updatedAt),
              role: t(`roles.${profile.updatedByRole}`, { defaultValue: profile.updatedByRole }),
            })}
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
                        <strong>{o.iscoCode}</strong> <OccupationTitle code={o.iscoCode} known="" /> ·{' '}
                        {t('skills.yearsValue', { years: fmt.number(o.years) })}
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
              <dd>
                {profile.iscedLevel === null
                  ? unknown
                  : t(`codes.isced.${profile.iscedLevel}`, { defaultValue: String(profile.iscedLevel) })}
              </dd>
            </div>
            <div>
              <dt>{t('skills.drivingLicence')}</dt>
              <dd>
                {profile.drivingLicence === null ? unknown : profile.drivingLicence ? t('common.yes') : t('common.no')}
              </dd>
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

export function ProfileEditor({
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
    const result = await run(() =>
      api<SkillsProfile>('PUT', `/cases/${view.id}/people/${personId}/skills-profile`, bodyOf(v), {
        idempotencyKey: draft.idempotencyKey(),
      }),
    );
    if (result) {
      draft.clear();
      onSaved(result);
    }
  }

  const shown = [
    'skills',
    'languages',
    'iscedLevel',
    'drivingLicence',
    'monthsAbroad',
    'preferredRegion',
    'wants',
    ...v.occupations.map((_, i) => `occupations.${i}.years`),
  ];
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
          {profile.complete
            ? t('skills.complete')
            : t('skills.missing', {
                fields: profile.missing.map((f) => t(`skills.${f}`, { defaultValue: f })).join(', '),
              })}{' '}
          {t('skills.updated', {
            version: profile.version,
            date: fmt.dateTime(profile.updatedAt),
            role: t(`roles.${profile.updatedByRole}`, { defaultValue: profile.updatedByRole }),
          })}
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
                      onChange={(e) =>
                        set(
                          'occupations',
                          v.occupations.map((x, j) => (j === i ? { ...x, years: e.target.value } : x)),
                        )
                      }
                    />
                  )}
                </Field>
                <button
                  type="button"
                  className="inline"
                  aria-label={t('skills.removeOccupation', { code: o.iscoCode })}
                  onClick={() =>
                    set(
                      'occupations',
                      v.occupations.filter((_, j) => j !== i),
                    )
                  }
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
          {(a) => (
            <input {...a} value={v.languages} onChange={(e) => set('languages', e.target.value)} autoComplete="off" />
          )}
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
          {(a) => (
            <input
              {...a}
              inputMode="numeric"
              value={v.monthsAbroad}
              onChange={(e) => set('monthsAbroad', e.target.value)}
            />
          )}
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
  const messages = (error?.violations ?? []).filter(
    (v) => v.field === prefix || (v.field.startsWith(`${prefix}.`) && !v.field.endsWith('.years')),
  );
  if (!messages.length) return null;
  return (
    <p className="field-error" data-field={prefix}>
      {messages.map((m) => m.reason).join('; ')}
    </p>
  );
}
