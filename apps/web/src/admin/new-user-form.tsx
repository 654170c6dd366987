import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { ErrorMessage, Field } from '../components';
import { useSubmit } from '../drafts';
import { atField, type OfficeView, type PartnerOrganisationView, type UserView } from './admin-forms';
import { type Scope, SCOPE_FIELDS, ScopeFields, scopeBody } from './scope-fields';

const EMPTY = { email: '', displayName: '', password: '' };

/** A new account with its role, scope and a first password, which the administrator hands over in person. */
export function NewUserForm({
  offices,
  organisations,
  onCreated,
}: {
  offices: OfficeView[];
  organisations: PartnerOrganisationView[];
  onCreated: () => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [fields, setFields] = useState(EMPTY);
  const [scope, setScope] = useState<Scope>({ role: 'counsellor', offices: [], partnerOrganisationId: '' });
  const [created, setCreated] = useState<string | null>(null);
  const { state, run } = useSubmit();
  const error = state.status === 'error' ? state.error : null;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const user = await run(() =>
      api<UserView>('POST', '/admin/users', { ...fields, ...scopeBody(scope) }).catch((err: unknown) => {
        throw atField(err, 'user_exists', 'email');
      }),
    );
    if (!user) return;
    setCreated(user.email);
    setFields(EMPTY);
    onCreated();
  }

  return (
    <section aria-labelledby="new-user-title">
      <h2 id="new-user-title">{t('admin.users.new')}</h2>
      {created && (
        <p className="notice" role="status">
          {t('admin.users.created', { email: created })}
        </p>
      )}
      <button
        type="button"
        className="disclosure"
        aria-expanded={open}
        aria-controls="form-new-user"
        onClick={() => setOpen(!open)}
      >
        {t('admin.users.add')}
      </button>
      {open && (
        <form
          id="form-new-user"
          aria-label={t('admin.users.new')}
          className="action-form"
          noValidate
          onSubmit={(e) => void submit(e)}
        >
          <div className="row">
            <Field label={t('admin.users.email')} name="email" error={error}>
              {(a) => (
                <input
                  {...a}
                  type="email"
                  autoComplete="off"
                  value={fields.email}
                  onChange={(e) => setFields({ ...fields, email: e.target.value })}
                />
              )}
            </Field>
            <Field label={t('admin.users.displayName')} name="displayName" error={error}>
              {(a) => (
                <input
                  {...a}
                  value={fields.displayName}
                  onChange={(e) => setFields({ ...fields, displayName: e.target.value })}
                />
              )}
            </Field>
            <Field
              label={t('admin.users.firstPassword')}
              name="password"
              error={error}
              hint={t('admin.users.passwordHint')}
            >
              {(a) => (
                <input
                  {...a}
                  type="password"
                  autoComplete="new-password"
                  value={fields.password}
                  onChange={(e) => setFields({ ...fields, password: e.target.value })}
                />
              )}
            </Field>
          </div>
          <ScopeFields
            scope={scope}
            onChange={setScope}
            offices={offices}
            organisations={organisations}
            error={error}
          />
          {error && <ErrorMessage error={error} shownFields={['email', 'displayName', 'password', ...SCOPE_FIELDS]} />}
          <div className="form-actions">
            <button type="submit" className="primary" disabled={state.status === 'sending'}>
              {t('admin.users.create')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
