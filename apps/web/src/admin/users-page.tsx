import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Check, Loaded, useApi } from '../components';
import { useFormat } from '../format';
import type { OfficeView, PartnerOrganisationView, UserView } from './admin-forms';
import { NewUserForm } from './new-user-form';
import { UserPanel } from './user-panel';

/**
 * Users with their role, scope and state (disabled, locked out), and what an administrator does to one: create,
 * change role and scope, disable, unlock, set a temporary password.
 */
export function UsersPage() {
  const { t } = useTranslation();
  const [users, reload] = useApi<UserView[]>('/admin/users', { fresh: true });
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
                <Loaded load={users} retry={reload}>
                  {(u) => <UserList users={u} offices={o} organisations={p} onChanged={reload} />}
                </Loaded>
              </>
            )}
          </Loaded>
        )}
      </Loaded>
    </>
  );
}

function UserList({
  users,
  offices,
  organisations,
  onChanged,
}: {
  users: UserView[];
  offices: OfficeView[];
  organisations: PartnerOrganisationView[];
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [lockedOnly, setLockedOnly] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const organisationName = (id: string | null) => organisations.find((o) => o.id === id)?.name ?? '';
  const shown = lockedOnly ? users.filter((u) => u.lockedUntil) : users;
  const chosen = users.find((u) => u.id === selected);
  return (
    <section aria-labelledby="users-title">
      <h2 id="users-title">{t('admin.users.list', { n: users.length })}</h2>
      <Check
        name="lockedOnly"
        label={t('admin.users.lockedOnly', { n: users.filter((u) => u.lockedUntil).length })}
        checked={lockedOnly}
        onChange={setLockedOnly}
      />
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
                    aria-expanded={selected === u.id}
                    aria-controls={selected === u.id ? 'user-panel' : undefined}
                    onClick={() => setSelected(selected === u.id ? null : u.id)}
                  >
                    {t('admin.users.manage', { name: u.displayName })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {chosen && (
        <UserPanel
          key={chosen.id}
          user={chosen}
          offices={offices}
          organisations={organisations}
          onChanged={onChanged}
        />
      )}
    </section>
  );
}
