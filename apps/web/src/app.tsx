import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Link, Navigate, NavLink, Outlet, Route, Routes, useLocation } from 'react-router';
import { AuthProvider, useAuth } from './auth';
import { LanguageSelect, Loading } from './components';
import { may } from './permissions';
import { CasePage } from './cases/case-page';
import { CasesPage } from './cases/cases-page';
import { DashboardsPage } from './dashboards/dashboards-page';
import { OutcomesPage } from './dashboards/outcomes-page';
import { LoginPage } from './session/login-page';
import { ChangePasswordPage, ChoosePasswordPage } from './session/password-page';
import { NewCasePage } from './cases/new-case-page';
import { PersonPage } from './skills/person-page';
import { ReintegrationPage } from './reintegration/reintegration-page';
import { WorkPage } from './work/work-page';
import { OfflineBanner, OutboxLink, useOfflineSync } from './offline/connection';
import { worksOffline } from './offline/device-copy';
import { unsentActions } from './offline/device-session';
import { OutboxPage } from './offline/outbox-page';
import { FinanceWorkPage } from './finance/finance-work-page';
import { MoneyPage } from './finance/money-page';
import { AdminArea, AdminHome, adminPagesFor } from './admin/admin-area';
import { UsersPage } from './admin/users-page';
import { OfficesPage } from './admin/offices-page';
import { PartnerOrganisationsPage } from './admin/partner-organisations-page';
import { AuditChainPage } from './admin/audit-chain-page';
import { DeadLettersPage } from './admin/dead-letters-page';
import { InboxLink } from './notifications/inbox-link';
import { InboxPage } from './notifications/inbox-page';
import { NotificationSettingsPage } from './notifications/notification-settings-page';
import { InformationSheetsPage } from './admin/information-sheets-page';
import { ProvidersPage } from './providers/providers-page';

export function App() {
  return (
    <AuthProvider>
      <BrowserRouter basename="/app">
        <Routes>
          <Route path="/sign-in" element={<LoginPage />} />
          <Route element={<Layout />}>
            <Route index element={<Home />} />
            <Route path="cases" element={<CasesPage />} />
            <Route path="cases/new" element={<NewCasePage />} />
            <Route path="cases/:id" element={<CasePage />} />
            <Route path="cases/:id/reintegration" element={<ReintegrationPage />} />
            <Route path="cases/:id/money" element={<MoneyPage />} />
            <Route path="cases/:id/people/:personId" element={<PersonPage />} />
            <Route path="dashboards" element={<DashboardsPage />} />
            <Route path="outcomes" element={<OutcomesPage />} />
            <Route path="outbox" element={<OutboxPage />} />
            <Route path="admin" element={<AdminArea />}>
              <Route index element={<AdminHome />} />
              <Route path="users" element={<UsersPage />} />
              <Route path="offices" element={<OfficesPage />} />
              <Route path="partner-organisations" element={<PartnerOrganisationsPage />} />
              <Route path="audit" element={<AuditChainPage />} />
              <Route path="dead-letters" element={<DeadLettersPage />} />
            </Route>
            <Route path="inbox" element={<InboxPage />} />
            <Route path="inbox/settings" element={<NotificationSettingsPage />} />
            <Route path="information-sheets" element={<InformationSheetsPage />} />
            <Route path="providers" element={<ProvidersPage />} />
            <Route path="password" element={<ChangePasswordPage />} />
            <Route path="*" element={<NotFound />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </AuthProvider>
  );
}

/** Each role's home: what waits on them. Finance works across the programme on money, not on cases. */
function Home() {
  const { user } = useAuth();
  return user && may(user.role, 'finance.work.read') ? <FinanceWorkPage /> : <WorkPage />;
}

function Layout() {
  const { t } = useTranslation();
  const { user, checking, logout } = useAuth();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  // A new page moves focus to its content, so keyboard and screen-reader users start there.
  useEffect(() => main.current?.focus(), [location.pathname]);
  const offline = !!user && !user.mustChangePassword && worksOffline(user.role);
  useOfflineSync(offline);
  if (checking) return <Loading />;
  if (!user) return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  // Signed in with a password an administrator set: nothing else opens until the person chooses their own.
  if (user.mustChangePassword) return <ChoosePasswordPage />;
  return (
    <>
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <header className="top">
        <Link to="/" className="brand">
          {t('app.title')}
        </Link>
        <nav aria-label={t('app.nav')}>
          <ul>
            <li>
              <NavLink to="/" end>
                {t('nav.work')}
              </NavLink>
            </li>
            {may(user.role, 'cases.open') && (
              <li>
                <NavLink to="/cases/new">{t('nav.newCase')}</NavLink>
              </li>
            )}
            {may(user.role, 'cases.read') && (
              <li>
                <NavLink to="/cases" end>
                  {t('nav.cases')}
                </NavLink>
              </li>
            )}
            {may(user.role, 'views.read') && (
              <li>
                <NavLink to="/dashboards">{t('nav.dashboards')}</NavLink>
              </li>
            )}
            {may(user.role, 'views.outcomes') && (
              <li>
                <NavLink to="/outcomes">{t('nav.outcomes')}</NavLink>
              </li>
            )}
            {adminPagesFor(user.role).length > 0 && (
              <li>
                <NavLink to="/admin">{t('nav.admin')}</NavLink>
              </li>
            )}
            {may(user.role, 'notifications.own') && (
              <li>
                <InboxLink />
              </li>
            )}
            {may(user.role, 'information_sheets.manage') && (
              <li>
                <NavLink to="/information-sheets">{t('nav.informationSheets')}</NavLink>
              </li>
            )}
            {may(user.role, 'providers.read') && (
              <li>
                <NavLink to="/providers">{t('nav.providers')}</NavLink>
              </li>
            )}
            {offline && (
              <li>
                <OutboxLink />
              </li>
            )}
          </ul>
        </nav>
        <div className="session">
          <LanguageSelect />
          <span className="who">{t('app.signedInAs', { name: user.name, role: t(`roles.${user.role}`) })}</span>
          <NavLink to="/password">{t('app.changePassword')}</NavLink>
          <button
            type="button"
            onClick={async () => {
              // Signing out wipes the device: say so first if actions taken offline have not been sent.
              const unsent = await unsentActions();
              if (unsent === 0 || window.confirm(t('offline.signOutUnsent', { n: unsent }))) await logout();
            }}
          >
            {t('app.signOut')}
          </button>
        </div>
      </header>
      {offline && <OfflineBanner />}
      <main id="main" ref={main} tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('common.notFound')}</h1>
      <Link to="/">{t('common.back')}</Link>
    </>
  );
}
