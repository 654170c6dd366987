import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { useUser } from '../auth';
import { ErrorMessage, Field, useNotice, type Wording } from '../components';
import { useSubmit } from '../drafts';
import { useFormat } from '../format';
import type { OfficeView, PartnerOrganisationView, UserView } from './admin-forms';
import { type Scope, SCOPE_FIELDS, ScopeFields, scopeBody } from './scope-fields';

interface Props {
  user: UserView;
  offices: OfficeView[];
  organisations: PartnerOrganisationView[];
  /** With the account as the API answered after the change. */
  onChanged: (user: UserView) => void;
}

/** One user: role and scope, the account's state (unlock, disable), and a temporary password. */
export function UserPanel(props: Props) {
  const { t } = useTranslation();
  const { user } = props;
  const me = useUser();
  return (
    <section id="user-panel" aria-labelledby="user-panel-title" className="action-form">
      <h2 id="user-panel-title">{t('admin.users.manage', { name: user.displayName })}</h2>
      {/* Each of these ends the sessions of the account it changes, or takes rights from it: not one's own. */}
      {user.id === me.id ? (
        <p className="notice">{t('admin.users.ownAccount')}</p>
      ) : (
        <>
          <ScopeForm {...props} />
          <AccountState {...props} />
          <PasswordForm {...props} />
        </>
      )}
    </section>
  );
}

function ScopeForm({ user, offices, organisations, onChanged }: Props) {
  const { t } = useTranslation();
  const [scope, setScope] = useState<Scope>({
    role: user.role,
    offices: user.offices,
    partnerOrganisationId: user.partnerOrganisationId ?? '',
  });
  const { state, run } = useSubmit();
  const error = state.status === 'error' ? state.error : null;
  async function submit(e: FormEvent) {
    e.preventDefault();
    const saved = await run(() => api<UserView>('PATCH', `/admin/users/${user.id}`, scopeBody(scope)));
    if (saved) onChanged(saved);
  }
  return (
    <form aria-label={t('admin.users.scopeTitle')} noValidate onSubmit={(e) => void submit(e)}>
      <h3>{t('admin.users.scopeTitle')}</h3>
      <ScopeFields scope={scope} onChange={setScope} offices={offices} organisations={organisations} error={error} />
      <p className="hint">{t('admin.users.scopeHint')}</p>
      {state.status === 'done' && (
        <p className="notice" role="status">
          {t('admin.users.scopeSaved', { name: user.displayName })}
        </p>
      )}
      {error && <ErrorMessage error={error} shownFields={SCOPE_FIELDS} />}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={state.status === 'sending'}>
          {t('admin.users.saveScope')}
        </button>
      </div>
    </form>
  );
}

function AccountState({ user, onChanged }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { state, run } = useSubmit();
  const [notice, setNotice] = useNotice();
  const act = async (work: () => Promise<UserView>, wording: Wording) => {
    const changed = await run(work);
    if (changed) {
      setNotice(wording);
      onChanged(changed);
    }
  };
  return (
    <div role="group" aria-labelledby="account-state-title">
      <h3 id="account-state-title">{t('admin.users.accountTitle')}</h3>
      <p>
        {!user.active
          ? t('admin.users.disabledLong')
          : user.lockedUntil
            ? t('admin.users.lockedLong', { time: fmt.dateTime(user.lockedUntil) })
            : t('admin.users.activeLong')}
      </p>
      {notice}
      {state.status === 'error' && <ErrorMessage error={state.error} />}
      <div className="form-actions">
        {user.lockedUntil && (
          <button
            type="button"
            className="primary"
            disabled={state.status === 'sending'}
            onClick={() =>
              void act(
                () => api<UserView>('POST', `/admin/users/${user.id}/unlock`, {}),
                (t) => t('admin.users.unlocked', { name: user.displayName }),
              )
            }
          >
            {t('admin.users.unlock')}
          </button>
        )}
        <button
          type="button"
          className={user.active ? 'danger' : undefined}
          disabled={state.status === 'sending'}
          onClick={() =>
            void act(
              () => api<UserView>('PATCH', `/admin/users/${user.id}`, { active: !user.active }),
              (t) => t(user.active ? 'admin.users.deactivated' : 'admin.users.reactivated', { name: user.displayName }),
            )
          }
        >
          {t(user.active ? 'admin.users.deactivate' : 'admin.users.reactivate')}
        </button>
      </div>
    </div>
  );
}

function PasswordForm({ user, onChanged }: Props) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const { state, run } = useSubmit();
  const error = state.status === 'error' ? state.error : null;
  async function submit(e: FormEvent) {
    e.preventDefault();
    const changed = await run(() => api<UserView>('PATCH', `/admin/users/${user.id}`, { password }));
    if (changed) {
      setPassword('');
      onChanged(changed);
    }
  }
  return (
    <form aria-label={t('admin.users.passwordTitle')} noValidate onSubmit={(e) => void submit(e)}>
      <h3>{t('admin.users.passwordTitle')}</h3>
      <Field label={t('admin.users.temporaryPassword')} name="password" error={error} hint={t('admin.users.resetHint')}>
        {(a) => (
          <input
            {...a}
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        )}
      </Field>
      {state.status === 'done' && (
        <p className="notice" role="status">
          {t('admin.users.passwordSet', { name: user.displayName })}
        </p>
      )}
      {error && <ErrorMessage error={error} shownFields={['password']} />}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={state.status === 'sending'}>
          {t('admin.users.setPassword')}
        </button>
      </div>
    </form>
  );
}
