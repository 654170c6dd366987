// The administration area: one page per thing an administrator keeps, each link shown by its permission.
import type { Permission } from '@avrr/domain/access/permissions';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Outlet } from 'react-router';
import { useUser } from '../auth';
import { may } from '../permissions';

const ADMIN_PAGES: ReadonlyArray<{ path: string; label: string; permission: Permission }> = [
  { path: 'users', label: 'admin.nav.users', permission: 'accounts.manage' },
  { path: 'offices', label: 'admin.nav.offices', permission: 'reference-data.manage' },
  { path: 'partner-organisations', label: 'admin.nav.partnerOrganisations', permission: 'reference-data.manage' },
  { path: 'audit', label: 'admin.nav.audit', permission: 'audit.verify' },
  { path: 'dead-letters', label: 'admin.nav.deadLetters', permission: 'notifications.manage' },
];

/** The administration pages this role may open (none for most roles). */
export function adminPagesFor(role: string | undefined) {
  return ADMIN_PAGES.filter((p) => may(role, p.permission));
}

export function AdminArea() {
  const { t } = useTranslation();
  const user = useUser();
  return (
    <>
      <nav aria-label={t('admin.nav.label')} className="admin-nav">
        <ul>
          {adminPagesFor(user.role).map((p) => (
            <li key={p.path}>
              <NavLink to={`/admin/${p.path}`}>{t(p.label)}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </>
  );
}

/** /admin opens the first page the role may see. */
export function AdminHome() {
  const user = useUser();
  const first = adminPagesFor(user.role)[0];
  return <Navigate to={first ? `/admin/${first.path}` : '/'} replace />;
}
