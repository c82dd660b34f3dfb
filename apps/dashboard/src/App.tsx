import { canAccess, type Resource as ResourceName, type Role } from '@accord/contracts';
import { Admin, CustomRoutes, reactRouterProvider, Resource, type ResourceProps } from 'react-admin';
import { MY_SETTINGS_PATH, MySettingsPage } from './account/MySettingsPage';
import { canOpen } from './common/page-access';
import { HomePage } from './home/HomePage';
import { AppTitle } from './layout/AppTitle';
import { Layout } from './layout/Layout';
import { LoginPage } from './layout/LoginPage';
import { theme } from './layout/theme';
import { createAuthProvider } from './providers/authProvider';
import { createDataProvider } from './providers/dataProvider';
import { i18nProvider } from './providers/i18nProvider';
import { store } from './providers/store';
import { RESOURCES } from './resources';
import { SECURITY_SETTINGS_PATH, SecuritySettingsPage } from './resources/users/SecuritySettingsPage';
import { CLIENT_IMPORT_PATH, ClientImportPage } from './resources/clients/import/ClientImportPage';
import { DOCUMENTS_WAITING_PATH, DocumentsWaitingPage } from './resources/documents/DocumentsWaitingPage';
import { NOTIFICATIONS_PATH, NotificationsPage } from './resources/notifications/NotificationsPage';
import { FAILED_DELIVERIES_PATH, FailedDeliveriesPage } from './resources/reminders/FailedDeliveriesPage';
import { MY_REMINDERS_PATH, MyRemindersPage } from './resources/reminders/MyRemindersPage';
import { REMINDER_SETTINGS_PATH, ReminderSettingsPage } from './resources/reminders/ReminderSettingsPage';
import { CASE_SETTINGS_PATH, CaseSettingsPage } from './resources/cases/CaseSettingsPage';
import { CREDITOR_REPORT_PATH, CreditorReportPage } from './reports/CreditorReportPage';
import { COURT_CALENDAR_PATH, CourtCalendarPage } from './resources/court-calendar/CourtCalendarPage';

// React-admin's own router binding: react-router is its dependency, not ours to import directly.
const { Route } = reactRouterProvider;

const dataProvider = createDataProvider(i18nProvider.translate);
const authProvider = createAuthProvider(i18nProvider.translate);

export const App = () => (
  <Admin
    disableTelemetry
    requireAuth
    title={<AppTitle />}
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    store={store}
    theme={theme}
    layout={Layout}
    loginPage={LoginPage}
    dashboard={HomePage}
  >
    {(role: Role | undefined) => (
      <>
        {(Object.entries(RESOURCES) as [ResourceName, Omit<ResourceProps, 'name'>][])
          .filter(([name]) => canAccess(role, { action: 'list', resource: name }))
          .map(([name, views]) => (
            <Resource key={name} name={name} {...views} />
          ))}
        <CustomRoutes>
          <Route path={DOCUMENTS_WAITING_PATH} element={<DocumentsWaitingPage />} />
          <Route path={MY_REMINDERS_PATH} element={<MyRemindersPage />} />
          <Route path={NOTIFICATIONS_PATH} element={<NotificationsPage />} />
          <Route path={MY_SETTINGS_PATH} element={<MySettingsPage />} />
        </CustomRoutes>
        {canOpen(role, 'creditor-report') ? (
          <CustomRoutes>
            <Route path={CREDITOR_REPORT_PATH} element={<CreditorReportPage />} />
          </CustomRoutes>
        ) : null}
        {canOpen(role, 'case-settings') ? (
          <CustomRoutes>
            <Route path={CASE_SETTINGS_PATH} element={<CaseSettingsPage />} />
          </CustomRoutes>
        ) : null}
        {canOpen(role, 'reminder-settings') ? (
          <CustomRoutes>
            <Route path={REMINDER_SETTINGS_PATH} element={<ReminderSettingsPage />} />
          </CustomRoutes>
        ) : null}
        {canOpen(role, 'security-settings') ? (
          <CustomRoutes>
            <Route path={SECURITY_SETTINGS_PATH} element={<SecuritySettingsPage />} />
          </CustomRoutes>
        ) : null}
        {canOpen(role, 'court-calendar') ? (
          <CustomRoutes>
            <Route path={COURT_CALENDAR_PATH} element={<CourtCalendarPage />} />
          </CustomRoutes>
        ) : null}
        {canOpen(role, 'failed-deliveries') ? (
          <CustomRoutes>
            <Route path={FAILED_DELIVERIES_PATH} element={<FailedDeliveriesPage />} />
          </CustomRoutes>
        ) : null}
        {canAccess(role, { action: 'create', resource: 'clients' }) ? (
          <CustomRoutes>
            <Route path={CLIENT_IMPORT_PATH} element={<ClientImportPage />} />
          </CustomRoutes>
        ) : null}
      </>
    )}
  </Admin>
);
