import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { ErrorMessage, Loaded, useApi } from '../components';
import { useSubmit } from '../drafts';
import { TextField } from './text-field';
import { atField, codeList, type PartnerOrganisationView } from './admin-forms';

const EMPTY = { name: '', countries: '', email: '' };

/** Partner organisations: who receives returnees in which countries, and where their case emails go. */
export function PartnerOrganisationsPage() {
  const { t } = useTranslation();
  const [organisations, reload] = useApi<PartnerOrganisationView[]>('/admin/partner-organisations', { fresh: true });
  return (
    <>
      <h1>{t('admin.organisations.title')}</h1>
      <NewOrganisationForm onCreated={reload} />
      <Loaded load={organisations} retry={reload}>
        {(list) => (
          <section aria-labelledby="organisations-title">
            <h2 id="organisations-title">{t('admin.organisations.list', { n: list.length })}</h2>
            <table className="admin-table">
              <thead>
                <tr>
                  <th scope="col">{t('admin.organisations.name')}</th>
                  <th scope="col">{t('admin.organisations.countries')}</th>
                  <th scope="col">{t('admin.organisations.email')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((o) => (
                  <tr key={o.id}>
                    <td>{o.name}</td>
                    <td>{o.countries.join(', ')}</td>
                    <td>{o.email ?? <span className="muted">{t('admin.organisations.focalPoints')}</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
      </Loaded>
    </>
  );
}

function NewOrganisationForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const [fields, setFields] = useState(EMPTY);
  const [created, setCreated] = useState<string | null>(null);
  const { state, run } = useSubmit();
  const error = state.status === 'error' ? state.error : null;
  async function submit(e: FormEvent) {
    e.preventDefault();
    const body = {
      name: fields.name,
      countries: codeList(fields.countries),
      ...(fields.email.trim() ? { email: fields.email.trim() } : {}),
    };
    const organisation = await run(() =>
      api<PartnerOrganisationView>('POST', '/admin/partner-organisations', body).catch((err: unknown) => {
        throw atField(err, 'partner_organisation_exists', 'name');
      }),
    );
    if (!organisation) return;
    setCreated(organisation.name);
    setFields(EMPTY);
    onCreated();
  }
  const input = (name: keyof typeof EMPTY, label: string, hint?: string) => (
    <TextField fields={fields} onChange={setFields} name={name} label={label} hint={hint} error={error} />
  );
  return (
    <form aria-label={t('admin.organisations.new')} className="action-form" noValidate onSubmit={(e) => void submit(e)}>
      <h2>{t('admin.organisations.new')}</h2>
      <div className="row">
        {input('name', t('admin.organisations.name'))}
        {input('countries', t('admin.organisations.countries'), t('admin.organisations.countriesHint'))}
        {input(
          'email',
          `${t('admin.organisations.email')} ${t('common.optional')}`,
          t('admin.organisations.emailHint'),
        )}
      </div>
      {created && (
        <p className="notice" role="status">
          {t('admin.organisations.created', { name: created })}
        </p>
      )}
      {error && <ErrorMessage error={error} shownFields={Object.keys(EMPTY)} />}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={state.status === 'sending'}>
          {t('admin.organisations.create')}
        </button>
      </div>
    </form>
  );
}
