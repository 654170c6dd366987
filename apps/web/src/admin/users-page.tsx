import { useDeferredValue, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api';
import { Check, ErrorMessage, Field, Loaded, useApi } from '../components';
import { useFormat } from '../format';
import type { OfficeView, PartnerOrganisationView, UserPage, UserView } from './admin-forms';
import { RoleOptions } from './scope-fields';
import { NewUserForm } from './new-user-form';
import { UserPanel } from './user-panel';

/**
 * Users with their role, scope and state (disabled, locked out), and what an administrator does to one: create,
 * change role and scope, disable, unlock, set a temporary password.
 */
export function UsersPage() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [role, setRole] = useState('');
  const [lockedOnly, setLockedOnly] = useState(false);
  // Typing asks the API once the input settles, not at every key.
  const q = useDeferredValue(text.trim());
  const query = new URLSearchParams({
    limit: '20',
    ...(q ? { q } : {}),
    ...(role ? { role } : {}),
    ...(lockedOnly ? { state: 'locked' } : {}),
  }).toString();
  const [users, reload] = useApi<UserPage>(`/admin/users?${query}`, { fresh: true });
  // The account being managed, as the API last answered for it. It lives beside the list, not in it: a change can
  // take it out of the filtered list (an unlocked account leaves "locked only"), and its panel stays open to say so.
  const [chosen, setChosen] = useState<UserView | null>(null);
  const [offices, retryOffices] = useApi<OfficeView[]>('/admin/offices');
  const [organisations, retryOrganisations] = useApi<PartnerOrganisationView[]>('/admin/partner-organisations');
  return (
    <>
      <h1>{t('admin.users.title')}</h1>
      <Loaded load={offices} retry={retryOffices}>
        {(o) => (
          <Loaded load={organisations} retry={retryOrganisations}>
            {(p) => (
              <>
                <NewUserForm offices={o} organisations={p} onCreated={reload} />
                <section aria-labelledby="users-title">
                  <h2 id="users-title">
                    {t('admin.users.list', { n: users.status === 'ok' ? users.data.total : '…' })}
                  </h2>
                  <div className="filters">
                    <Field name="q" label={t('admin.users.search')}>
                      {(props) => (
                        <input {...props} type="search" value={text} onChange={(e) => setText(e.target.value)} />
                      )}
                    </Field>
                    <Field name="role" label={t('admin.users.role')}>
                      {(props) => (
                        <select {...props} value={role} onChange={(e) => setRole(e.target.value)}>
                          <option value="">{t('admin.users.anyRole')}</option>
                          <RoleOptions />
                        </select>
                      )}
                    </Field>
                  </div>
                  <Check
                    name="lockedOnly"
                    label={t('admin.users.lockedOnly', { n: users.status === 'ok' ? users.data.locked : '…' })}
                    checked={lockedOnly}
                    onChange={setLockedOnly}
                  />
                  <Loaded load={users} retry={reload}>
                    {(u) => (
                      <UserList
                        key={query}
                        first={u}
                        query={query}
                        organisations={p}
                        chosen={chosen}
                        onChoose={setChosen}
                      />
                    )}
                  </Loaded>
                  {chosen && (
                    <UserPanel
                      key={chosen.id}
                      user={chosen}
                      offices={o}
                      organisations={p}
                      onChanged={(changed) => {
                        setChosen(changed);
                        reload();
                      }}
                    />
                  )}
                </section>
              </>
            )}
          </Loaded>
        )}
      </Loaded>
    </>
  );
}

/** The first page, then the next ones on request; a change to an account reloads from the first. */
function UserList({
  first,
  query,
  organisations,
  chosen,
  onChoose,
}: {
  first: UserPage;
  query: string;
  organisations: PartnerOrganisationView[];
  chosen: UserView | null;
  onChoose: (user: UserView | null) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [later, setLater] = useState<UserView[]>([]);
  const [next, setNext] = useState(first.nextCursor);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    setLater([]);
    setNext(first.nextCursor);
  }, [first]);
  const more = async () => {
    try {
      const page = await api<UserPage>('GET', `/admin/users?${query}&cursor=${next}`, undefined, { fresh: true });
      setLater((shown) => [...shown, ...page.items]);
      setNext(page.nextCursor);
      setError(null);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, String(e)));
    }
  };
  const organisationName = (id: string | null) => organisations.find((o) => o.id === id)?.name ?? '';
  const shown = [...first.items, ...later];
  return (
    <>
      {shown.length === 0 ? (
        <p className="empty">{t('admin.users.none')}</p>
      ) : (
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t('admin.users.name')}</th>
              <th scope="col">{t('admin.users.role')}</th>
              <th scope="col">{t('admin.users.scope')}</th>
              <th scope="col">{t('admin.users.state')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('admin.users.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((u) => (
              <tr key={u.id} data-email={u.email}>
                <td>
                  {u.displayName}
                  <br />
                  <span className="muted">{u.email}</span>
                </td>
                <td>{t(`roles.${u.role}`)}</td>
                <td>{u.offices.length ? u.offices.join(', ') : organisationName(u.partnerOrganisationId)}</td>
                <td data-testid="user-state">
                  <span>
                    {!u.active
                      ? t('admin.users.disabled')
                      : u.lockedUntil
                        ? t('admin.users.lockedUntil', { time: fmt.dateTime(u.lockedUntil) })
                        : t('admin.users.active')}
                  </span>
                  {u.active && u.mustChangePassword && (
                    <span className="hint"> {t('admin.users.mustChangePassword')}</span>
                  )}
                </td>
                <td>
                  <button
                    type="button"
                    className="disclosure"
                    aria-expanded={chosen?.id === u.id}
                    aria-controls={chosen?.id === u.id ? 'user-panel' : undefined}
                    onClick={() => onChoose(chosen?.id === u.id ? null : u)}
                  >
                    {t('admin.users.manage', { name: u.displayName })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {next && (
        <p>
          <button type="button" onClick={() => void more()}>
            {t('admin.users.more')}
          </button>
        </p>
      )}
      {error && <ErrorMessage error={error} onRetry={() => void more()} />}
    </>
  );
}
