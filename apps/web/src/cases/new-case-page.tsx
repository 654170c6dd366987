import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DOCUMENT_TYPES, RELATIONSHIPS, SEXES, VULNERABILITIES } from '@avrr/domain/household/household';
import { api } from '../api';
import { useUser } from '../auth';
import { Check, ErrorMessage, Field } from '../components';
import { useDraft, useSubmit } from '../drafts';
import type { CaseView } from '../types';
import { PartnerOrganisationField } from './partner-organisation-field';

interface PersonForm {
  relationship: string;
  givenNames: string;
  familyName: string;
  dateOfBirth: string;
  sex: string;
  nationality: string;
  languages: string;
  vulnerabilities: string[];
  documentType: string;
  documentNumber: string;
  documentCountry: string;
  documentExpiresOn: string;
  phone: string;
}

interface CaseForm {
  principal: PersonForm;
  household: PersonForm[];
  hostOffice: string;
  countryOfReturn: string;
  regionOfReturn: string;
  partnerOrganisationId: string;
  counsellorName: string;
  counsellorEmail: string;
}

const emptyPerson = (relationship = ''): PersonForm => ({
  relationship,
  givenNames: '',
  familyName: '',
  dateOfBirth: '',
  sex: 'female',
  nationality: '',
  languages: '',
  vulnerabilities: [],
  documentType: '',
  documentNumber: '',
  documentCountry: '',
  documentExpiresOn: '',
  phone: '',
});

function personBody(p: PersonForm, member: boolean) {
  return {
    ...(member ? { relationship: p.relationship } : {}),
    givenNames: p.givenNames,
    familyName: p.familyName,
    dateOfBirth: p.dateOfBirth,
    sex: p.sex,
    nationality: p.nationality,
    languages: p.languages.split(/[,\s]+/).filter(Boolean),
    vulnerabilities: p.vulnerabilities,
    documents: p.documentType
      ? [
          {
            type: p.documentType,
            ...(p.documentNumber ? { number: p.documentNumber } : {}),
            issuingCountry: p.documentCountry,
            ...(p.documentExpiresOn ? { expiresOn: p.documentExpiresOn } : {}),
          },
        ]
      : [],
    ...(p.phone ? { contact: { phone: p.phone } } : {}),
  };
}

/** The intake form: every message comes from the API's 400 (its `violations`), shown beside the field it names. */
export function NewCasePage() {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const draft = useDraft<CaseForm>('new-case', () => ({
    principal: emptyPerson(),
    household: [],
    hostOffice: user.offices[0] ?? '',
    countryOfReturn: '',
    regionOfReturn: '',
    partnerOrganisationId: '',
    counsellorName: user.name,
    counsellorEmail: '',
  }));
  const { state, run } = useSubmit();
  const form = draft.values;
  const error = state.status === 'error' ? state.error : null;

  const setPerson = (index: number | 'principal', field: keyof PersonForm, value: PersonForm[keyof PersonForm]) => {
    draft.newKey();
    if (index === 'principal') draft.set('principal', { ...form.principal, [field]: value });
    else
      draft.set(
        'household',
        form.household.map((p, i) => (i === index ? { ...p, [field]: value } : p)),
      );
  };
  const setTop = (field: Exclude<keyof CaseForm, 'principal' | 'household'>, value: string) => {
    draft.newKey();
    draft.set(field, value);
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    const body = {
      principal: personBody(form.principal, false),
      household: form.household.map((p) => personBody(p, true)),
      hostOffice: form.hostOffice,
      countryOfReturn: form.countryOfReturn,
      regionOfReturn: form.regionOfReturn,
      // Left out when none is chosen: the only organisation covering the country takes it.
      ...(form.partnerOrganisationId ? { partnerOrganisationId: form.partnerOrganisationId } : {}),
      counsellor: { name: form.counsellorName, email: form.counsellorEmail },
    };
    const created = await run(() => api<CaseView>('POST', '/cases', body, { idempotencyKey: draft.idempotencyKey() }));
    if (created) {
      draft.clear();
      navigate(`/cases/${created.id}`, { state: { flash: t('newCase.opened', { reference: created.reference }) } });
    }
  }

  const person = (p: PersonForm, index: number | 'principal') => {
    const path = index === 'principal' ? 'principal' : `household.${index}`;
    const on = (field: keyof PersonForm) => (e: { target: { value: string } }) =>
      setPerson(index, field, e.target.value);
    return (
      <>
        {index !== 'principal' && (
          <Field label={t('newCase.relationship')} name={`${path}.relationship`} error={error}>
            {(a) => (
              <select {...a} value={p.relationship} onChange={on('relationship')}>
                <option value="" />
                {RELATIONSHIPS.map((r) => (
                  <option key={r} value={r}>
                    {t(`codes.relationships.${r}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <div className="row">
          <Field label={t('newCase.givenNames')} name={`${path}.givenNames`} error={error}>
            {(a) => <input {...a} value={p.givenNames} onChange={on('givenNames')} autoComplete="off" />}
          </Field>
          <Field label={t('newCase.familyName')} name={`${path}.familyName`} error={error}>
            {(a) => <input {...a} value={p.familyName} onChange={on('familyName')} autoComplete="off" />}
          </Field>
        </div>
        <div className="row">
          <Field label={t('newCase.dateOfBirth')} name={`${path}.dateOfBirth`} error={error}>
            {(a) => <input {...a} type="date" value={p.dateOfBirth} onChange={on('dateOfBirth')} />}
          </Field>
          <Field label={t('newCase.sex')} name={`${path}.sex`} error={error}>
            {(a) => (
              <select {...a} value={p.sex} onChange={on('sex')}>
                {SEXES.map((s) => (
                  <option key={s} value={s}>
                    {t(`sexes.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="row">
          <Field label={t('newCase.nationality')} name={`${path}.nationality`} error={error}>
            {(a) => (
              <input {...a} value={p.nationality} onChange={on('nationality')} maxLength={2} autoComplete="off" />
            )}
          </Field>
          <Field label={t('newCase.languages')} name={`${path}.languages`} error={error}>
            {(a) => <input {...a} value={p.languages} onChange={on('languages')} autoComplete="off" />}
          </Field>
        </div>
        <fieldset className="checks">
          <legend>{t('newCase.vulnerabilities')}</legend>
          {VULNERABILITIES.map((v) => (
            <Check
              key={v}
              name={`${path}.vulnerabilities.${v}`}
              label={t(`codes.vulnerabilities.${v}`)}
              checked={p.vulnerabilities.includes(v)}
              onChange={(on) =>
                setPerson(
                  index,
                  'vulnerabilities',
                  on ? [...p.vulnerabilities, v] : p.vulnerabilities.filter((x) => x !== v),
                )
              }
            />
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('newCase.document')}</legend>
          <div className="row">
            <Field label={t('newCase.documentType')} name={`${path}.documents.0.type`} error={error}>
              {(a) => (
                <select {...a} value={p.documentType} onChange={on('documentType')}>
                  <option value="">{t('common.none')}</option>
                  {DOCUMENT_TYPES.map((d) => (
                    <option key={d} value={d}>
                      {t(`codes.documentTypes.${d}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('newCase.documentNumber')} name={`${path}.documents.0.number`} error={error}>
              {(a) => (
                <input
                  {...a}
                  value={p.documentNumber}
                  onChange={on('documentNumber')}
                  disabled={!p.documentType}
                  autoComplete="off"
                />
              )}
            </Field>
          </div>
          <div className="row">
            <Field label={t('newCase.issuingCountry')} name={`${path}.documents.0.issuingCountry`} error={error}>
              {(a) => (
                <input
                  {...a}
                  value={p.documentCountry}
                  onChange={on('documentCountry')}
                  disabled={!p.documentType}
                  maxLength={2}
                />
              )}
            </Field>
            <Field label={t('newCase.expiresOn')} name={`${path}.documents.0.expiresOn`} error={error}>
              {(a) => (
                <input
                  {...a}
                  type="date"
                  value={p.documentExpiresOn}
                  onChange={on('documentExpiresOn')}
                  disabled={!p.documentType}
                />
              )}
            </Field>
          </div>
        </fieldset>
        <Field label={`${t('newCase.phone')} ${t('common.optional')}`} name={`${path}.contact.phone`} error={error}>
          {(a) => <input {...a} type="tel" value={p.phone} onChange={on('phone')} autoComplete="off" />}
        </Field>
      </>
    );
  };

  return (
    <>
      <h1>{t('newCase.title')}</h1>
      {draft.restored && (
        <p className="notice" role="status">
          {t('errors.draftKept')}{' '}
          <button type="button" className="link" onClick={draft.clear}>
            {t('errors.discardDraft')}
          </button>
        </p>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate className="case-form">
        <fieldset>
          <legend>{t('newCase.principal')}</legend>
          {person(form.principal, 'principal')}
        </fieldset>
        {form.household.map((p, i) => (
          <fieldset key={i}>
            <legend>{t('newCase.member', { n: i + 1 })}</legend>
            {person(p, i)}
            <button
              type="button"
              onClick={() =>
                draft.set(
                  'household',
                  form.household.filter((_, j) => j !== i),
                )
              }
            >
              {t('newCase.removeMember')}
            </button>
          </fieldset>
        ))}
        <p>
          <button type="button" onClick={() => draft.set('household', [...form.household, emptyPerson('child')])}>
            {t('newCase.addMember')}
          </button>
        </p>
        <fieldset>
          <legend>{t('newCase.return')}</legend>
          <Field label={t('newCase.hostOffice')} name="hostOffice" error={error}>
            {(a) => (
              <select {...a} value={form.hostOffice} onChange={(e) => setTop('hostOffice', e.target.value)}>
                {user.offices.map((o) => (
                  <option key={o} value={o}>
                    {o}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="row">
            <Field label={t('newCase.countryOfReturn')} name="countryOfReturn" error={error}>
              {(a) => (
                <input
                  {...a}
                  value={form.countryOfReturn}
                  onChange={(e) => {
                    setTop('countryOfReturn', e.target.value);
                    // Another country has other organisations.
                    draft.set('partnerOrganisationId', '');
                  }}
                  maxLength={2}
                />
              )}
            </Field>
            <Field label={t('newCase.regionOfReturn')} name="regionOfReturn" error={error}>
              {(a) => (
                <input {...a} value={form.regionOfReturn} onChange={(e) => setTop('regionOfReturn', e.target.value)} />
              )}
            </Field>
          </div>
          <PartnerOrganisationField
            country={form.countryOfReturn}
            value={form.partnerOrganisationId}
            onChange={(v) => setTop('partnerOrganisationId', v)}
            error={error}
          />
        </fieldset>
        <fieldset>
          <legend>{t('newCase.counsellor')}</legend>
          <div className="row">
            <Field label={t('newCase.counsellorName')} name="counsellor.name" error={error}>
              {(a) => (
                <input {...a} value={form.counsellorName} onChange={(e) => setTop('counsellorName', e.target.value)} />
              )}
            </Field>
            <Field label={t('newCase.counsellorEmail')} name="counsellor.email" error={error}>
              {(a) => (
                <input
                  {...a}
                  type="email"
                  value={form.counsellorEmail}
                  onChange={(e) => setTop('counsellorEmail', e.target.value)}
                />
              )}
            </Field>
          </div>
        </fieldset>
        {error && (
          <ErrorMessage
            error={error}
            onRetry={() => void submit({ preventDefault() {} } as FormEvent)}
            shownFields={shownFields(form)}
          />
        )}
        <div className="form-actions">
          <button type="submit" className="primary" disabled={state.status === 'sending'}>
            {t('newCase.submit')}
          </button>
          <Link to="/">{t('common.cancel')}</Link>
        </div>
      </form>
    </>
  );
}

/** The field paths the form shows messages beside; any other violation is listed in the error box. */
function shownFields(form: CaseForm): string[] {
  const personFields = (path: string, member: boolean) => [
    ...(member ? [`${path}.relationship`] : []),
    ...['givenNames', 'familyName', 'dateOfBirth', 'sex', 'nationality', 'languages', 'contact.phone'].map(
      (f) => `${path}.${f}`,
    ),
    ...['type', 'number', 'issuingCountry', 'expiresOn'].map((f) => `${path}.documents.0.${f}`),
  ];
  return [
    ...personFields('principal', false),
    ...form.household.flatMap((_, i) => personFields(`household.${i}`, true)),
    'hostOffice',
    'countryOfReturn',
    'regionOfReturn',
    'partnerOrganisationId',
    'counsellor.name',
    'counsellor.email',
  ];
}
