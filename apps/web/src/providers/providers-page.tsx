// Suppliers of in-kind assistance per country of return (issue 16, part 5): the list of the countries the user works
// in, and, for those who manage them, a form to record one and a switch to stop offering one for new invoices.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SERVICE_PROVIDER_KINDS } from '@avrr/domain/providers/service-providers';
import { api } from '../api';
import { useUser } from '../auth';
import { ErrorMessage, Field, Loaded, useApi, useNotice } from '../components';
import { useDraft, useSubmit } from '../drafts';
import { may } from '../permissions';
import type { ServiceProviderView } from '../types';

export function ProvidersPage() {
  const { t } = useTranslation();
  const user = useUser();
  const [load, retry] = useApi<ServiceProviderView[]>('/service-providers');
  const manage = may(user.role, 'providers.manage');
  const [notice, setNotice] = useNotice();
  const { state, run } = useSubmit();
  const toggle = async (p: ServiceProviderView) => {
    const ok = await run(() => api('PATCH', `/service-providers/${p.id}`, { active: !p.active }));
    if (ok !== undefined) {
      setNotice((t) => t(p.active ? 'providers.withdrawn' : 'providers.restored', { name: p.name }));
      retry();
    }
  };
  return (
    <>
      <h1>{t('providers.title')}</h1>
      <p className="hint">{t('providers.intro')}</p>
      {notice}
      {state.status === 'error' && <ErrorMessage error={state.error} />}
      <Loaded load={load} retry={retry}>
        {(list) =>
          list.length === 0 ? (
            <p className="empty">{t('providers.none')}</p>
          ) : (
            <table className="providers" data-testid="providers">
              <thead>
                <tr>
                  <th scope="col">{t('providers.name')}</th>
                  <th scope="col">{t('providers.country')}</th>
                  <th scope="col">{t('providers.kind')}</th>
                  <th scope="col">{t('providers.contact')}</th>
                  <th scope="col">{t('providers.status')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((p) => (
                  <tr key={p.id} data-active={p.active}>
                    <th scope="row">{p.name}</th>
                    <td>{p.country}</td>
                    <td>{t(`providers.kinds.${p.kind}`)}</td>
                    <td>
                      <bdi>{p.contact}</bdi>
                    </td>
                    <td>
                      {t(p.active ? 'providers.active' : 'providers.inactive')}
                      {manage && (
                        <>
                          {' '}
                          <button type="button" onClick={() => void toggle(p)} disabled={state.status === 'sending'}>
                            {t(p.active ? 'providers.withdraw' : 'providers.restore', { name: p.name })}
                          </button>
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </Loaded>
      {manage && <NewProvider onDone={retry} />}
    </>
  );
}

function NewProvider({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const initial = () => ({ country: user.countries[0] ?? '', name: '', kind: 'equipment', contact: '' });
  const draft = useDraft('service-provider.new', initial);
  const { state, run } = useSubmit();
  const error = state.status === 'error' ? state.error : null;
  const v = draft.values;
  async function submit(e?: FormEvent) {
    e?.preventDefault();
    const ok = await run(() => api('POST', '/service-providers', v, { idempotencyKey: draft.idempotencyKey() }));
    if (ok !== undefined) {
      draft.clear();
      onDone();
    }
  }
  const text = (name: 'country' | 'name' | 'contact') => (
    <Field label={t(`providers.${name}`)} name={name} error={error}>
      {(a) => <input {...a} value={v[name]} onChange={(e) => draft.set(name, e.target.value)} />}
    </Field>
  );
  return (
    <form className="action-form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('providers.add')}>
      <h2>{t('providers.add')}</h2>
      {text('country')}
      {text('name')}
      <Field label={t('providers.kind')} name="kind" error={error}>
        {(a) => (
          <select {...a} value={v.kind} onChange={(e) => draft.set('kind', e.target.value)}>
            {SERVICE_PROVIDER_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`providers.kinds.${k}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {text('contact')}
      {error && (
        <ErrorMessage
          error={error}
          onRetry={() => void submit()}
          shownFields={['country', 'name', 'kind', 'contact']}
        />
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={state.status === 'sending'}>
          {t('providers.add')}
        </button>
      </div>
    </form>
  );
}
