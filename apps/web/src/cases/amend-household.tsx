// The counsellor's household amendment (issue 14, part 2): add a member, record one who stays behind, set a member's
// flags or correct a contact. Each is one request; the API validates and the gates on the page follow.
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RELATIONSHIPS, SEXES, VULNERABILITIES } from '@avrr/domain/household/household';
import { api } from '../api';
import { Check, ErrorMessage, Field } from '../components';
import { useDraft, useSubmit } from '../drafts';
import type { CaseView } from '../types';

const CHANGES = ['add_member', 'not_travelling', 'vulnerabilities', 'contact'] as const;
type Change = (typeof CHANGES)[number];

interface AmendForm {
  change: Change;
  personId: string;
  givenNames: string;
  familyName: string;
  dateOfBirth: string;
  sex: string;
  nationality: string;
  languages: string;
  relationship: string;
  vulnerabilities: string[];
  passportNumber: string;
  passportExpiresOn: string;
  reason: string;
  phone: string;
  email: string;
  address: string;
}

/** The request each change sends: method, path under the case, body. */
function requestOf(f: AmendForm): { method: 'POST' | 'PUT'; path: string; body: unknown } {
  const members = 'household/members';
  switch (f.change) {
    case 'add_member':
      return {
        method: 'POST',
        path: members,
        body: {
          givenNames: f.givenNames,
          familyName: f.familyName,
          dateOfBirth: f.dateOfBirth,
          sex: f.sex,
          nationality: f.nationality,
          languages: f.languages
            .split(',')
            .map((l) => l.trim())
            .filter(Boolean),
          relationship: f.relationship,
          vulnerabilities: f.vulnerabilities,
          documents: f.passportNumber
            ? [
                {
                  type: 'passport',
                  number: f.passportNumber,
                  issuingCountry: f.nationality,
                  ...(f.passportExpiresOn ? { expiresOn: f.passportExpiresOn } : {}),
                },
              ]
            : [],
        },
      };
    case 'not_travelling':
      return { method: 'POST', path: `${members}/${f.personId}/not-travelling`, body: { reason: f.reason } };
    case 'vulnerabilities':
      return {
        method: 'PUT',
        path: `${members}/${f.personId}/vulnerabilities`,
        body: { vulnerabilities: f.vulnerabilities, reason: f.reason },
      };
    case 'contact':
      return {
        method: 'PUT',
        path: `${members}/${f.personId}/contact`,
        body: Object.fromEntries(
          (['phone', 'email', 'address'] as const).filter((k) => f[k].trim()).map((k) => [k, f[k].trim()]),
        ),
      };
  }
}

export function AmendHousehold({ id, view, onDone }: { id: string; view: CaseView; onDone: () => void }) {
  const { t } = useTranslation();
  const people = [view.principal, ...view.household];
  const draft = useDraft<AmendForm>(`${view.id}.amend_household`, () => ({
    change: 'add_member',
    personId: people[0].id,
    givenNames: '',
    familyName: '',
    dateOfBirth: '',
    sex: 'unknown',
    nationality: view.countryOfReturn,
    languages: '',
    relationship: 'child',
    vulnerabilities: [],
    passportNumber: '',
    passportExpiresOn: '',
    reason: '',
    phone: '',
    email: '',
    address: '',
  }));
  const { state, run } = useSubmit();
  const error = state.status === 'error' ? state.error : null;
  const f = draft.values;
  const set = <K extends keyof AmendForm>(name: K, value: AmendForm[K]) => {
    draft.newKey();
    draft.set(name, value);
  };
  const choosePerson = (personId: string) => {
    set('personId', personId);
    // The flags start from the person's own, so a correction changes only what the counsellor changes.
    set('vulnerabilities', [...(people.find((p) => p.id === personId)?.vulnerabilities ?? [])]);
  };

  async function submit(e?: FormEvent) {
    e?.preventDefault();
    const { method, path, body } = requestOf(f);
    const ok = await run(() =>
      api(method, `/cases/${view.id}/${path}`, body, { idempotencyKey: draft.idempotencyKey() }),
    );
    if (ok !== undefined) {
      draft.clear();
      onDone();
    }
  }

  const text = (name: keyof AmendForm, label: string, type = 'text') => (
    <Field key={name} label={label} name={name} error={error}>
      {(a) => <input {...a} type={type} value={String(f[name])} onChange={(e) => set(name, e.target.value as never)} />}
    </Field>
  );
  const select = (name: keyof AmendForm, label: string, options: readonly string[], word: (o: string) => string) => (
    <Field key={name} label={label} name={name} error={error}>
      {(a) => (
        <select {...a} value={String(f[name])} onChange={(e) => set(name, e.target.value as never)}>
          {options.map((o) => (
            <option key={o} value={o}>
              {word(o)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  const flags = (
    <fieldset className="checks">
      <legend>{t('newCase.vulnerabilities')}</legend>
      {VULNERABILITIES.map((v) => (
        <Check
          key={v}
          name={`vulnerabilities.${v}`}
          label={t(`codes.vulnerabilities.${v}`)}
          checked={f.vulnerabilities.includes(v)}
          onChange={(on) =>
            set('vulnerabilities', on ? [...f.vulnerabilities, v] : f.vulnerabilities.filter((x) => x !== v))
          }
        />
      ))}
    </fieldset>
  );
  const personSelect = (
    <Field label={t('fields.personId')} name="personId" error={error}>
      {(a) => (
        <select {...a} value={f.personId} onChange={(e) => choosePerson(e.target.value)}>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.givenNames} {p.familyName}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  const reason = (label: string) => (
    <Field label={label} name="reason" error={error}>
      {(a) => <textarea {...a} rows={3} value={f.reason} onChange={(e) => set('reason', e.target.value)} />}
    </Field>
  );

  return (
    <form
      id={id}
      className="action-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t('actions.amend_household')}
    >
      {draft.restored && (
        <p className="notice" role="status">
          {t('errors.draftKept')}{' '}
          <button type="button" className="link" onClick={draft.clear}>
            {t('errors.discardDraft')}
          </button>
        </p>
      )}
      {select('change', t('household.change'), CHANGES, (c) => t(`household.changes.${c}`))}
      {f.change === 'add_member' && (
        <>
          {text('givenNames', t('newCase.givenNames'))}
          {text('familyName', t('newCase.familyName'))}
          {text('dateOfBirth', t('newCase.dateOfBirth'), 'date')}
          {select('sex', t('newCase.sex'), SEXES, (s) => t(`sexes.${s}`))}
          {text('nationality', t('newCase.nationality'))}
          {text('languages', t('newCase.languages'))}
          {select('relationship', t('newCase.relationship'), RELATIONSHIPS, (r) => t(`codes.relationships.${r}`))}
          {flags}
          {text('passportNumber', `${t('household.passportNumber')} ${t('common.optional')}`)}
          {text('passportExpiresOn', `${t('newCase.expiresOn')} ${t('common.optional')}`, 'date')}
        </>
      )}
      {f.change === 'not_travelling' && (
        <>
          {personSelect}
          {reason(t('household.whyNotTravelling'))}
        </>
      )}
      {f.change === 'vulnerabilities' && (
        <>
          {personSelect}
          {flags}
          {reason(t('household.howFound'))}
        </>
      )}
      {f.change === 'contact' && (
        <>
          {personSelect}
          {text('phone', `${t('newCase.phone')} ${t('common.optional')}`)}
          {text('email', `${t('household.email')} ${t('common.optional')}`, 'email')}
          {text('address', `${t('household.address')} ${t('common.optional')}`)}
        </>
      )}
      {error && (
        <ErrorMessage
          error={error}
          onRetry={() => void submit()}
          shownFields={[
            'personId',
            'reason',
            'vulnerabilities',
            'phone',
            'email',
            'address',
            'givenNames',
            'familyName',
            'dateOfBirth',
            'sex',
            'nationality',
            'languages',
            'relationship',
          ]}
        />
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={state.status === 'sending'}>
          {t(`household.submit.${f.change}`)}
        </button>
      </div>
    </form>
  );
}
