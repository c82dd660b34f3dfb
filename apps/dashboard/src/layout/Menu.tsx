import { canAccess, type Role } from '@accord/contracts';
import EventBusyIcon from '@mui/icons-material/EventBusyOutlined';
import GavelIcon from '@mui/icons-material/GavelOutlined';
import NotificationsActiveIcon from '@mui/icons-material/NotificationsActiveOutlined';
import PendingActionsIcon from '@mui/icons-material/PendingActionsOutlined';
import ReportProblemIcon from '@mui/icons-material/ReportProblemOutlined';
import TuneIcon from '@mui/icons-material/TuneOutlined';
import SecurityIcon from '@mui/icons-material/SecurityOutlined';
import UploadFileIcon from '@mui/icons-material/UploadFileOutlined';
import QueryStatsIcon from '@mui/icons-material/QueryStatsOutlined';
import { Fragment } from 'react';
import { Menu as RaMenu, usePermissions, useResourceDefinitions } from 'react-admin';
import { canOpen } from '../common/page-access';
import { CREDITOR_REPORT_PATH } from '../reports/CreditorReportPage';
import { CLIENT_IMPORT_PATH } from '../resources/clients/import/ClientImportPage';
import { DOCUMENTS_WAITING_PATH } from '../resources/documents/DocumentsWaitingPage';
import { FAILED_DELIVERIES_PATH } from '../resources/reminders/FailedDeliveriesPage';
import { MY_REMINDERS_PATH } from '../resources/reminders/MyRemindersPage';
import { REMINDER_SETTINGS_PATH } from '../resources/reminders/ReminderSettingsPage';
import { SECURITY_SETTINGS_PATH } from '../resources/users/SecuritySettingsPage';
import { CASE_SETTINGS_PATH } from '../resources/cases/CaseSettingsPage';
import { COURT_CALENDAR_PATH } from '../resources/court-calendar/CourtCalendarPage';
import { QueueBoardMenuItem } from './QueueBoardMenuItem';

/**
 * React-admin's menu (home, then each resource with a list) with pages of their own beside the resource
 * they belong to, which React-admin would not list: the documents waiting and my reminders after the cases
 * (every role has some, scoped by the API), the client import after the clients, the creditor report after the creditors; and after the
 * administration, the firm's reminder settings, court calendar, the failed deliveries and the queue monitor.
 */
export const Menu = () => {
  const resources = useResourceDefinitions();
  const { permissions: role } = usePermissions<Role | undefined>();
  const canImport = canAccess(role, { action: 'create', resource: 'clients' });
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      {Object.keys(resources)
        .filter((name) => resources[name].hasList)
        .map((name) => (
          <Fragment key={name}>
            <RaMenu.ResourceItem name={name} />
            {name === 'cases' ? (
              <RaMenu.Item
                to={DOCUMENTS_WAITING_PATH}
                primaryText="accord.documents_waiting.menu"
                leftIcon={<PendingActionsIcon />}
              />
            ) : null}
            {name === 'cases' && canOpen(role, 'my-reminders') ? (
              <RaMenu.Item
                to={MY_REMINDERS_PATH}
                primaryText="accord.my_reminders.menu"
                leftIcon={<NotificationsActiveIcon />}
              />
            ) : null}
            {name === 'creditors' && canOpen(role, 'creditor-report') ? (
              <RaMenu.Item
                to={CREDITOR_REPORT_PATH}
                primaryText="accord.creditor_report.menu"
                leftIcon={<QueryStatsIcon />}
              />
            ) : null}
            {name === 'clients' && canImport ? (
              <RaMenu.Item
                to={CLIENT_IMPORT_PATH}
                primaryText="accord.imports.menu"
                leftIcon={<UploadFileIcon />}
              />
            ) : null}
          </Fragment>
        ))}
      {canOpen(role, 'case-settings') ? (
        <RaMenu.Item
          to={CASE_SETTINGS_PATH}
          primaryText="accord.case_settings.menu"
          leftIcon={<GavelIcon />}
        />
      ) : null}
      {canOpen(role, 'reminder-settings') ? (
        <RaMenu.Item
          to={REMINDER_SETTINGS_PATH}
          primaryText="accord.reminder_settings.menu"
          leftIcon={<TuneIcon />}
        />
      ) : null}
      {canOpen(role, 'court-calendar') ? (
        <RaMenu.Item
          to={COURT_CALENDAR_PATH}
          primaryText="accord.court_calendar.menu"
          leftIcon={<EventBusyIcon />}
        />
      ) : null}
      {canOpen(role, 'security-settings') ? (
        <RaMenu.Item
          to={SECURITY_SETTINGS_PATH}
          primaryText="accord.security_settings.menu"
          leftIcon={<SecurityIcon />}
        />
      ) : null}
      {canOpen(role, 'failed-deliveries') ? (
        <RaMenu.Item
          to={FAILED_DELIVERIES_PATH}
          primaryText="accord.failed_deliveries.menu"
          leftIcon={<ReportProblemIcon />}
        />
      ) : null}
      {canOpen(role, 'queue-board') ? <QueueBoardMenuItem /> : null}
    </RaMenu>
  );
};
