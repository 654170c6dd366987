import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { ErrorMessage, Loaded, useApi } from '../components';
import { useSubmit } from '../drafts';
import { TextField } from './text-field';
import { useFormat } from '../format';
import { atField, type OfficeView } from './admin-forms';

const EMPTY = { code: '', name: '', country: '' };

/** Host offices: the scope of counsellors, logistics officers and supervisors. */
export function OfficesPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [offices, reload] = useApi<OfficeView[]>('/admin/offices', { fresh: true });
  return (
    <>
      <h1>{t('admin.offices.title')}</h1>
      <NewOfficeForm onCreated={reload} />
      <Loaded load={offices} retry={reload}>
        {(list) => (
          <section aria-labelledby="offices-title">
            <h2 id="offices-title">{t('admin.offices.list', { n: list.length })}</h2>
            <table className="admin-table">
              <thead>
                <tr>
                  <th scope="col">{t('admin.offices.code')}</th>
                  <th scope="col">{t('admin.offices.name')}</th>
                  <th scope="col">{t('admin.offices.country')}</th>
                  <th scope="col">{t('admin.since')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((o) => (
                  <tr key={o.code}>
                    <td>{o.code}</td>
                    <td>{o.name}</td>
                    <td>{o.country}</td>
                    <td>{fmt.date(o.createdAt)}</td>
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

function NewOfficeForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const [fields, setFields] = useState(EMPTY);
  const [created, setCreated] = useState<string | null>(null);
  const { state, run } = useSubmit();
  const error = state.status === 'error' ? state.error : null;
  async function submit(e: FormEvent) {
    e.preventDefault();
    const office = await run(() =>
      api<OfficeView>('POST', '/admin/offices', fields).catch((err: unknown) => {
        throw atField(err, 'office_exists', 'code');
      }),
    );
    if (!office) return;
    setCreated(office.code);
    setFields(EMPTY);
    onCreated();
  }
  const input = (name: keyof typeof EMPTY, label: string, hint?: string) => (
    <TextField fields={fields} onChange={setFields} name={name} label={label} hint={hint} error={error} />
  );
  return (
    <form aria-label={t('admin.offices.new')} className="action-form" noValidate onSubmit={(e) => void submit(e)}>
      <h2>{t('admin.offices.new')}</h2>
      <div className="row">
        {input('code', t('admin.offices.code'), t('admin.offices.codeHint'))}
        {input('name', t('admin.offices.name'))}
        {input('country', t('admin.offices.country'), t('admin.countryHint'))}
      </div>
      {created && (
        <p className="notice" role="status">
          {t('admin.offices.created', { code: created })}
        </p>
      )}
      {error && <ErrorMessage error={error} shownFields={Object.keys(EMPTY)} />}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={state.status === 'sending'}>
          {t('admin.offices.create')}
        </button>
      </div>
    </form>
  );
}
