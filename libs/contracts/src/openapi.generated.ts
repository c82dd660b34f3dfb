/**
 * Generated from the API's OpenAPI document (/api/docs-json) by openapi-typescript: do not edit by hand.
 * After changing a DTO or a controller, run `npm run api:types`; CI fails while this differs from what
 * the API serves.
 */
export interface paths {
  '/api/audit-log': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit log, newest first: who did what to which record, from where (admins). */
    get: operations['AuditController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit-log/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One audit entry with its details (admins). */
    get: operations['AuditController_show'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness: the process answers (no dependency is asked) */
    get: operations['HealthController_live'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Readiness: PostgreSQL answers, so requests can be served (503 otherwise) */
    get: operations['HealthController_ready'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Detailed status for monitoring: database, queue backend, reminders overdue in PostgreSQL, job schedulers and the last reconcile (503 when any is down) */
    get: operations['HealthController_check'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/admin/queue-board-session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Opens a short queue-board session for an admin, in an HttpOnly cookie scoped to the board */
    post: operations['QueueBoardController_open'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Signs in with e-mail and password (and the second factor's code once enrolled): a short-lived bearer
     *     token and who the person is, and the session's refresh token in an HttpOnly cookie; failures are
     *     throttled per account and address.
     */
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A new access token for the session in the refresh cookie, which is replaced (each refresh token works
     *     once; using one twice ends the session). Needs the X-Accord-CSRF header (403 CSRF_HEADER_MISSING);
     *     401 SESSION_ENDED with details.reason (idle, expired, reused, signed_out, …) clears the cookie.
     */
    post: operations['AuthController_refresh'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who is signed in: id, name, role, team and what they may open. */
    get: operations['AuthController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ends the caller's session (its tokens stop working, the refresh cookie is cleared); other devices stay signed in. */
    post: operations['AuthController_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Chooses one's own password, given the one in use: 422 CURRENT_PASSWORD_WRONG (throttled like
     *     sign-ins) or PASSWORD_REJECTED with the rules it breaks; every other session of the person ends.
     */
    post: operations['AuthController_changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/second-factor': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether I have a second factor, since when, and how many recovery codes I have left. */
    get: operations['SecondFactorController_status'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/second-factor/enrolment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Starts enrolling an authenticator app: its secret and QR code, until a first code confirms it (409 if one is enrolled). */
    post: operations['SecondFactorController_start'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/second-factor/enrolment/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirms the enrolment with the app's current code (422 SECOND_FACTOR_WRONG): the ten recovery codes, shown once. */
    post: operations['SecondFactorController_confirm'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}/second-factor/reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Removes a person's second factor and recovery codes (admins; audited): their sessions end and they enrol again. */
    post: operations['SecondFactorController_reset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My open sessions (device, address, last seen), the one in use marked `current`. */
    get: operations['SessionsController_mine'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/sessions/{sessionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Ends one of my sessions (its tokens stop working at once); 404 if it is not mine or already ended. */
    delete: operations['SessionsController_endMine'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A person's open sessions (admins). */
    get: operations['SessionsController_ofUser'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}/sessions/{sessionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Ends one of a person's sessions (admins; audited). */
    delete: operations['SessionsController_endOfUser'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/security-settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The firm's sign-in rules: idle timeout, absolute lifetime, a second factor for officers (admins). */
    get: operations['SessionsController_getSettings'];
    /** Changes the firm's sign-in rules (admins; audited; 409 on a stale version); they apply from the next sign-in or refresh. */
    put: operations['SessionsController_updateSettings'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The firm's people (managers see their team, admins everyone). */
    get: operations['UsersController_list'];
    put?: never;
    /** Adds a person with a role and team (admins); audited. */
    post: operations['UsersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One person. */
    get: operations['UsersController_show'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Changes a person's name, role, team or standing (admins), with the version read; audited. */
    patch: operations['UsersController_update'];
    trace?: never;
  };
  '/api/teams': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The firm's teams with their managers and how many active members each has. */
    get: operations['TeamsController_list'];
    put?: never;
    /** Adds a team (admins); audited. */
    post: operations['TeamsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/teams/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One team. */
    get: operations['TeamsController_show'];
    put?: never;
    post?: never;
    /** Answers the team as it was before it was deleted; its remaining members are left in no team. */
    delete: operations['TeamsController_remove'];
    options?: never;
    head?: never;
    /** Renames a team or changes its manager (admins), with the version read; audited. */
    patch: operations['TeamsController_update'];
    trace?: never;
  };
  '/api/creditors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The creditor catalog: each creditor's penalty rule, late fee, longest plan and how to reach them. */
    get: operations['CreditorsController_list'];
    put?: never;
    /** Adds a creditor to the catalog (admins); audited. */
    post: operations['CreditorsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/creditors/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One creditor of the catalog. */
    get: operations['CreditorsController_show'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Changes a creditor's rules or contacts (admins), with the version read; audited. */
    patch: operations['CreditorsController_update'];
    trace?: never;
  };
  '/api/lpr-rates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The dated one-year and five-year LPR as published, newest first. */
    get: operations['LprRatesController_list'];
    put?: never;
    /** Records the LPR published on a day (admins); audited. */
    post: operations['LprRatesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/lpr-rates/{effectiveOn}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The LPR published on one day. */
    get: operations['LprRatesController_show'];
    put?: never;
    post?: never;
    /** Removes a wrongly entered LPR (admins); audited, answers the removed row. */
    delete: operations['LprRatesController_remove'];
    options?: never;
    head?: never;
    /** Corrects the LPR of one day (admins), with the version read; audited. */
    patch: operations['LprRatesController_update'];
    trace?: never;
  };
  '/api/clients': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Clients one may see; ID numbers masked. */
    get: operations['ClientsController_list'];
    put?: never;
    /** Records a client; the ID number is kept encrypted and found by its keyed hash. */
    post: operations['ClientsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/clients/lookup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Finds a client by exact ID number or phone, sent in the body so it never appears in a URL or a log. */
    post: operations['ClientsController_lookup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/clients/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One client; ID number and phone masked. */
    get: operations['ClientsController_show'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Changes a client's details, with the version read. */
    patch: operations['ClientsController_update'];
    trace?: never;
  };
  '/api/clients/{id}/reveal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Shows a client's full ID number or phone to someone entitled to it; audited. */
    post: operations['ClientsController_reveal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reminders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Reminders of the cases one may see (`caseId`, `status`, `mine=true` for those addressed to me). */
    get: operations['RemindersController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reminders/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One reminder with its schedule, status and deliveries. */
    get: operations['RemindersController_show'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reminders/{id}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A failed reminder sent again now; what already reached someone is not sent twice. */
    post: operations['RemindersController_retry'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reminder-deliveries/failed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Deliveries that failed, newest first: what did not reach whom, and why. */
    get: operations['RemindersController_failedDeliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My notifications (the bell), newest first; `unread=true` for the unread ones. */
    get: operations['RemindersController_myNotifications'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications/unread-count': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How many of my notifications are unread. */
    get: operations['RemindersController_unread'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Marks one of my notifications read. */
    post: operations['RemindersController_read'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications/read-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Marks all my notifications read; answers how many changed. */
    post: operations['RemindersController_readAll'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reminder-settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The firm's reminder settings: times of day, quiet hours, lead days. */
    get: operations['RemindersController_getSettings'];
    /** Changes the firm's reminder settings (admins), with the version read. */
    put: operations['RemindersController_updateSettings'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/reminder-channels': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Each person picks how their own reminders reach them. */
    get: operations['RemindersController_myChannels'];
    /** A change of where someone's reminders go is audited with the channels before and after. */
    put: operations['RemindersController_setMyChannels'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Cases one may see, filtered (stage, officer, client, creditor, bucket, risk) and sorted. */
    get: operations['CasesController_list'];
    put?: never;
    /** Opens a case for a client; officers open their own, managers assign. */
    post: operations['CasesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The filtered case list as CSV (same filters, order and scope as the list). */
    get: operations['CasesController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One case: client, debts, arrears, penalty to date, stage and what waiting costs. */
    get: operations['CasesController_show'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Changes a case's overdue reason, litigation risk or closing, with the version read; the case policy decides. */
    patch: operations['CasesController_update'];
    trace?: never;
  };
  '/api/cases/{id}/transition': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Moves a case to another stage when the case policy allows; a move back needs a reason. */
    post: operations['CasesController_transition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/reopen': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reopening a closed case, for managers: nothing it ended (plans, reminders) comes back by itself. */
    post: operations['CasesController_reopen'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What the case policy allows on this case now, each action with its reasons when refused. */
    get: operations['CasesController_actions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/reassign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Many cases to one officer with one reason, all or none (`caseIds`, at most 200). */
    post: operations['CasesController_reassignMany'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/reassign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Gives a case to another officer with a reason (managers, admins); audited. */
    post: operations['CasesController_reassign'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What happened on a case, newest first. */
    get: operations['CasesController_timeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/case-settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The firm's case settings (who may close cases, …). */
    get: operations['CaseSettingsController_get'];
    /** Managers decide how their officers close cases; admins too. */
    put: operations['CaseSettingsController_update'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/debts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Debts of a case (`caseId`) with arrears, penalty to date and overdue bucket. */
    get: operations['DebtsController_list'];
    put?: never;
    /** Adds a debt to a case; the case policy checks the amounts and dates. */
    post: operations['DebtsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/debts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One debt with its penalty to date and how it was worked out. */
    get: operations['DebtsController_show'];
    put?: never;
    post?: never;
    /** Removes a debt entered by mistake while the case is at intake. */
    delete: operations['DebtsController_remove'];
    options?: never;
    head?: never;
    /** Changes a debt, with the version read; the case policy checks the amounts and dates. */
    patch: operations['DebtsController_update'];
    trace?: never;
  };
  '/api/penalty-projection': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What a debt's penalty will be if nothing is agreed, month by month (`debtId`): a projection, labelled as one. */
    get: operations['PenaltyProjectionController_project'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/imports/clients/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reads and checks the file; writes nothing. */
    post: operations['ClientImportController_preview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/imports/clients/commit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Writes every client, case and debt of the file in one transaction, or nothing (422 with the problems). */
    post: operations['ClientImportController_commit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/document-templates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The checklist templates: which papers each kind of case asks the client for. */
    get: operations['DocumentTemplatesController_list'];
    put?: never;
    /** Adds a checklist template (admins); audited. */
    post: operations['DocumentTemplatesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/document-templates/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One checklist template. */
    get: operations['DocumentTemplatesController_show'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Changes a checklist template (admins), with the version read. */
    patch: operations['DocumentTemplatesController_update'];
    trace?: never;
  };
  '/api/document-requirements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A case's checklist items (`caseId`), each with its status, due date and files. */
    get: operations['DocumentRequirementsController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/document-requirements/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One checklist item with its files. */
    get: operations['DocumentRequirementsController_show'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/document-requirements/{id}/moves': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** receive, verify, reject (with a reason: the client is asked again) or waive (managers and admins). */
    post: operations['DocumentRequirementsController_move'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/document-requirements/{id}/files': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Attaches a scan or PDF to a checklist item (multipart, field `file`); its type is read from its bytes, infected files are refused. */
    post: operations['DocumentFilesController_upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/document-files': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Files of a case or of one checklist item, without their bytes. */
    get: operations['DocumentFilesController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/document-files/{id}/content': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Streams the file; inline only for images and PDFs (previews), never for anything a browser runs. */
    get: operations['DocumentFilesController_download'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/upload-links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The upload links sent for a case, with what each asks for and whether it is still open. */
    get: operations['UploadLinksController_list'];
    put?: never;
    /** The token is in the answer once, and only here. */
    post: operations['UploadLinksController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/upload-links/{id}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ends an upload link now: the client can no longer use it. */
    post: operations['UploadLinksController_revoke'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/upload-link': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What the client's upload link asks for (the link's token in the X-Upload-Token header, never in the URL). */
    get: operations['PublicUploadController_view'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/upload-link/items/{itemId}/files': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A client uploads a file for one asked item through their link (multipart, field `file`). */
    post: operations['PublicUploadController_upload'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/debts/{id}/proposal-suggestions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Plans that fit the client's capacity share for this debt and the creditor's longest plan. */
    get: operations['NegotiationController_suggest'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/contacts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Contacts with creditors and the client, newest first (`caseId`). */
    get: operations['NegotiationController_listContacts'];
    put?: never;
    /** Records a call, message or letter with a creditor or the client, and its follow-up date. */
    post: operations['NegotiationController_logContact'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/contacts/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One recorded contact. */
    get: operations['NegotiationController_showContact'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Corrects a recorded contact or moves its follow-up, with the version read. */
    patch: operations['NegotiationController_updateContact'];
    trace?: never;
  };
  '/api/financial-statements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A case's financial statements (`caseId`), newest first. */
    get: operations['NegotiationController_list'];
    put?: never;
    /** Records the client's financial statement: income, spending, household and other debts. */
    post: operations['NegotiationController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/financial-statements/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One financial statement. */
    get: operations['NegotiationController_show'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/affordability': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What the client can pay a month after the living minimum, shared among the case's debts, and how it was worked out. */
    get: operations['NegotiationController_affordability'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/proposals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Proposals to creditors (`caseId`, `debtId`), each with its terms and status. */
    get: operations['ProposalsController_list'];
    put?: never;
    /** Drafts a proposal for one debt: kind, amount, months, charge and waiver; the case policy checks the creditor's limits. */
    post: operations['ProposalsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/proposals/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One proposal with its terms and history. */
    get: operations['ProposalsController_show'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Changes a draft's terms, with the version read. */
    patch: operations['ProposalsController_update'];
    trace?: never;
  };
  '/api/proposals/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Records the creditor's acceptance and creates the repayment plan with its installments. */
    post: operations['ProposalsController_accept'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/repayment-plans': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A case's repayment plans with their installments and what was paid. */
    get: operations['RepaymentsController_plans'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/repayment-plans/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One repayment plan: installments, payments, allocations and proofs. */
    get: operations['RepaymentsController_plan'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/installments/{id}/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A payment toward an installment; partial payments and overpayments roll forward through the plan. */
    post: operations['RepaymentsController_recordPayment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/payments/{id}/proofs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A receipt or transfer screenshot, multipart with one field named "file". */
    post: operations['RepaymentsController_uploadProof'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/payment-proofs/{id}/content': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The bytes of a payment proof. */
    get: operations['RepaymentsController_downloadProof'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/savings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What the case's agreed plans save the client against the claim, per currency, and how it was worked out. */
    get: operations['RepaymentsController_savings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/living-minimums': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The living minimum per region and date, as published. */
    get: operations['LivingMinimumsController_list'];
    put?: never;
    /** Records a region's living minimum from a date (admins); audited. */
    post: operations['LivingMinimumsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/living-minimums/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One living minimum. */
    get: operations['LivingMinimumsController_show'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Corrects a living minimum (admins), with the version read; audited. */
    patch: operations['LivingMinimumsController_update'];
    trace?: never;
  };
  '/api/cases/{caseId}/credit-record': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A case's credit record: its report entries (with until when each is shown and the 2025 relief), disputes and review. */
    get: operations['CreditRecordController_ofCase'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{caseId}/credit-record/client-summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The credit record in plain words for the client, in the client's language: each entry, until when it shows, what was disputed and the answer. */
    get: operations['CreditRecordController_clientSummary'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{caseId}/credit-record/nothing-to-dispute': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Says, with a reason, that nothing on the client's report is wrong (409 DISPUTES_EXIST once a dispute was begun). */
    post: operations['CreditRecordController_nothingToDispute'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/credit-display-rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The display periods of agencies whose rules are kept as data (Taiwan's 聯徵). */
    get: operations['CreditRecordController_displayRules'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/credit-report-entries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Records an account read from the client's credit report. */
    post: operations['CreditRecordController_createEntry'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/credit-report-entries/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One credit report entry, with until when it is shown and the 2025 relief. */
    get: operations['CreditRecordController_getEntry'];
    put?: never;
    post?: never;
    /** Removes an entry typed by mistake; a disputed one stays (409 CREDIT_ENTRY_HAS_DISPUTES). */
    delete: operations['CreditRecordController_removeEntry'];
    options?: never;
    head?: never;
    /** Corrects an entry as read (409 on a stale version). */
    patch: operations['CreditRecordController_updateEntry'];
    trace?: never;
  };
  '/api/credit-disputes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Prepares a dispute of an entry: grounds, what is wrong, where it is filed, the evidence. */
    post: operations['CreditRecordController_prepare'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/credit-disputes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One dispute: its grounds, evidence, filing, due day and answer. */
    get: operations['CreditRecordController_getDispute'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Changes a dispute not yet filed (409 DISPUTE_ALREADY_FILED after). */
    patch: operations['CreditRecordController_updateDispute'];
    trace?: never;
  };
  '/api/credit-disputes/{id}/file': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Records the filing: needs evidence (DISPUTE_NEEDS_EVIDENCE); the answer is due 20 days later, with reminders. */
    post: operations['CreditRecordController_file'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/credit-disputes/{id}/answer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Records the written answer and its outcome as given (DISPUTE_NOT_FILED, ANSWER_BEFORE_FILING). */
    post: operations['CreditRecordController_answer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/credit-disputes/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraws a dispute not yet answered, with a reason. */
    post: operations['CreditRecordController_withdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{caseId}/court': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A case's court side: its matters with their events, the creditor's demands recorded, and the litigation risk with its reasons. */
    get: operations['CourtController_ofCase'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/court-matters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Records a court matter on a case (a suit, payment order, arbitration, mediation; 更生 / 清算 for Taiwan clients). */
    post: operations['CourtController_createMatter'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/court-matters/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One court matter with its events. */
    get: operations['CourtController_getMatter'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Corrects a matter or concludes it (409 on a stale version). */
    patch: operations['CourtController_updateMatter'];
    trace?: never;
  };
  '/api/court-events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Records an event of a matter; a summons or decision served brings its answer or appeal deadline, worked out. */
    post: operations['CourtController_createEvent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/court-events/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One court event. */
    get: operations['CourtController_getEvent'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Moves or corrects an event; a deadline moved from its worked-out day needs a reason (409 on a stale version). */
    patch: operations['CourtController_updateEvent'];
    trace?: never;
  };
  '/api/court-events/{id}/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Records how a deadline ended: the answer or appeal filed, or let pass with the client's reason. */
    post: operations['CourtController_completeDeadline'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/creditor-demands': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Records a collection notice or other demand the client received, or the client's acknowledgement of a debt. */
    post: operations['CourtController_createDemand'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/court-agenda': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Hearings and open court deadlines of the caller's cases for the coming days, and deadlines passed with nothing recorded. */
    get: operations['CourtController_agenda'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/court': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The team's court side for managers (admins: the firm): sittings in the next 14 days, passed deadlines, matters by kind. */
    get: operations['CourtController_report'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/court-calendar-days': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The days the firm marked: court holidays and weekend days the courts work (deadlines are counted on them). */
    get: operations['CourtCalendarController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/court-calendar-days/{day}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Marks a day as a court holiday or a working weekend day (admins). */
    put: operations['CourtCalendarController_put'];
    post?: never;
    /** Unmarks a day (admins). */
    delete: operations['CourtCalendarController_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calendar-feeds/mine': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether the caller has a calendar feed, and when calendars last fetched it. */
    get: operations['CalendarFeedController_mine'];
    put?: never;
    /** Makes the caller's private feed address (shown once); the old one stops answering. */
    post: operations['CalendarFeedController_create'];
    /** Revokes the caller's feed: calendars subscribed to it get nothing more. */
    delete: operations['CalendarFeedController_revoke'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calendar-feeds/{token}/accord.ics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The feed itself (iCalendar, RFC 5545), for calendar apps: the token in the address is the credential,
     *     since calendars cannot send a header; logs keep the address with the token cut out.
     */
    get: operations['CalendarFeedController_feed'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/today': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What to do today on my own open cases, read as of now. */
    get: operations['WorkloadController_today'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/workload': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Each officer's load and the totals: managers their team, admins the firm or one team. */
    get: operations['WorkloadController_workload'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/workload/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The same figures as a spreadsheet: one row per officer and the totals. */
    get: operations['WorkloadController_exportWorkload'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/workload/suggested-officer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The officer of the team with the lowest weighted open load: whom to give the next case to. */
    get: operations['WorkloadController_suggestedOfficer'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/credit-disputes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Credit disputes on the team's cases (admins: a team or the firm): open, due this week, past their 20-day answer. */
    get: operations['ReportsController_creditDisputes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/creditors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Per creditor: acceptance of each proposal kind, days to agreement, penalty waived. */
    get: operations['ReportsController_creditorReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reports/creditors/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The creditor report as CSV, with the same period and scope as the report. */
    get: operations['ReportsController_exportCreditorReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AuditEntry: {
      /**
       * @description A bigint, sent as a string so no reader loses digits; entries are numbered in the order written.
       * @example 10423
       */
      id: string;
      /**
       * Format: date-time
       * @example 2025-06-02T01:15:00.000Z
       */
      at: string;
      /** @description Who did it; null for the system (the worker) or someone not signed in (a failed sign-in). */
      actorId: string | null;
      /**
       * @description What was done, named `<subject>.<event>`.
       * @example case.stage_changed
       */
      action: string;
      /** @example case */
      entityType: string | null;
      entityId: string | null;
      /** @description What the entry is about when there is no row to point at, e.g. the e-mail of a failed sign-in. */
      subject: string | null;
      ip: string | null;
      /** @description The request's id, as in the logs. */
      requestId: string | null;
      /** @description Free-form by design, its keys depend on the action (often `before`/`after`); secrets are never kept. */
      details: {
        [key: string]: unknown;
      };
    };
    AuditEntryPage: {
      data: components['schemas']['AuditEntry'][];
      total: number;
    };
    LivenessView: {
      /** @enum {string} */
      status: 'ok';
    };
    DatabaseHealthView: {
      /** @enum {string} */
      status: 'up';
    };
    QueueDepthView: {
      waiting: number;
      active: number;
      delayed: number;
      failed: number;
      /** @description Milliseconds past its time of the delayed job most overdue; 0 when none is. */
      oldestOverdueDelayedMs: number;
    };
    QueueDepthsView: {
      users: components['schemas']['QueueDepthView'];
      reminders: components['schemas']['QueueDepthView'];
    };
    QueueHealthView: {
      /** @enum {string} */
      status: 'up';
      /** @enum {string} */
      backend: 'postgres' | 'redis';
      queues: components['schemas']['QueueDepthsView'];
      waiting: number;
      active: number;
      delayed: number;
      failed: number;
      /** @description Milliseconds past its time of the delayed job most overdue; 0 when none is. */
      oldestOverdueDelayedMs: number;
    };
    ReminderHealthView: {
      /** @enum {string} */
      status: 'up';
      overdue: number;
      /** @description Overdue by more than the grace: none while up. */
      overdueBeyondGrace: number;
      /**
       * Format: date-time
       * @description The due time of the most overdue one; null when none is.
       */
      oldestDueAt: string | null;
      /** @description How late a reminder may be before it counts as not sent: two reconcile intervals and a minute. */
      graceSeconds: number;
    };
    ReconcileRunView: {
      /** @description Reminders it put back in the queue. */
      scheduled: number;
      /** @description Job schedulers it found missing and put back, `<queue>/<id>`. */
      restoredSchedulers: string[];
    };
    WorkerHealthView: {
      /** @enum {string} */
      status: 'up';
      /** @description False until a worker has run once (a fresh install): nothing counts as missing before that. */
      workerSeen: boolean;
      /** @description Job schedulers absent from the queue, `<queue>/<id>`. */
      schedulersMissing: string[];
      /** Format: date-time */
      lastReconcileStartedAt: string | null;
      /** Format: date-time */
      lastReconcileFinishedAt: string | null;
      lastReconcile: components['schemas']['ReconcileRunView'] | null;
    };
    HealthIndicatorsView: {
      database?: components['schemas']['DatabaseHealthView'];
      queue?: components['schemas']['QueueHealthView'];
      reminders?: components['schemas']['ReminderHealthView'];
      workers?: components['schemas']['WorkerHealthView'];
    };
    HealthCheckView: {
      /** @enum {string} */
      status: 'ok';
      /** @description The indicators that are up: all of them. */
      info: components['schemas']['HealthIndicatorsView'];
      /** @description The indicators that are down: none (an empty object). */
      error: components['schemas']['HealthIndicatorsView'];
      details: components['schemas']['HealthIndicatorsView'];
    };
    SignInDto: {
      /**
       * Format: email
       * @example admin@accord.test
       */
      email: string;
      password: string;
      /** @description With a second factor enrolled: the six digits the authenticator app shows now. */
      code?: string;
      /**
       * @description Instead of `code`: one of the recovery codes given at enrolment, good once.
       * @example k7qd-3mxa
       */
      recoveryCode?: string;
    };
    UserView: {
      /** @example 3f2a9c4e-8b1d-4e6f-a0c2-5d7e9f1b3a64 */
      id: string;
      /** @example officer@accord.test */
      email: string;
      fullName: string;
      role: components['schemas']['Role'];
      /** @description Null for a user in no team (admins, usually). */
      teamId: string | null;
      /** @description A user who is not active cannot sign in. */
      active: boolean;
      /** @description The language of the dashboard and of what is sent to them. */
      locale: string & components['schemas']['Locale'];
      /**
       * @description Null until they first sign in.
       * @example 2025-06-02T01:15:00.000Z
       */
      lastSignInAt: string | null;
      /** @example 2025-01-06T02:00:00.000Z */
      createdAt: string;
      /** @example 2025-06-02T01:15:00.000Z */
      updatedAt: string;
      /** @description Send it back with a change: a stale one answers 409. */
      version: number;
    };
    SignInResult: {
      /**
       * @description A bearer token (a signed JWT) to send as `Authorization: Bearer <accessToken>`. It stops working after
       *     `expiresIn` seconds (refresh before: POST /api/auth/refresh), when its session ends (signed out,
       *     ended from the session list), or when an admin disables the user or changes their role or password.
       *     Keep it out of logs, URLs and storage a page script can read.
       */
      accessToken: string;
      /**
       * @description Seconds the token is valid from now.
       * @example 300
       */
      expiresIn: number;
      user: components['schemas']['UserView'];
      /**
       * @description An admin set or reset this password: until the person chooses their own (POST /api/auth/password),
       *     every other route answers 403 PASSWORD_CHANGE_REQUIRED.
       */
      mustChangePassword: boolean;
      /**
       * @description The role needs a second factor (managers, admins; officers where the firm says so) and none is
       *     enrolled: until it is (POST /api/auth/second-factor/enrolment…), every other route answers 403
       *     SECOND_FACTOR_ENROLMENT_REQUIRED.
       */
      mustEnrolSecondFactor: boolean;
      secondFactorEnrolled: boolean;
      /**
       * @description The firm's idle timeout: a session whose person has not touched the dashboard for this long ends at its
       *     next refresh; the dashboard warns a minute before.
       * @example 1800
       */
      idleTimeoutSeconds: number;
      /**
       * @description The session's absolute end (sign-in plus the firm's lifetime), however busy.
       * @example 2026-12-07T13:30:00.000Z
       */
      sessionExpiresAt: string;
    };
    RefreshSessionDto: {
      /**
       * @description Seconds since the person last touched the page (0 or absent: just now). At the firm's idle timeout
       *     the session ends instead of being refreshed.
       * @example 40
       */
      idleSeconds?: number;
    };
    ChangePasswordDto: {
      /** @description the password now in use (the one an admin set, after a reset) */
      currentPassword: string;
      /** @description The rules (length, the common list, not built on one's e-mail or name) answer 422 PASSWORD_REJECTED. */
      newPassword: string;
    };
    SecondFactorStatus: {
      enrolled: boolean;
      /** @example 2026-12-07T09:30:00.000Z */
      enrolledAt: string | null;
      /**
       * @description Unused recovery codes; each opens one sign-in without the authenticator app.
       * @example 10
       */
      recoveryCodesLeft: number;
    };
    SecondFactorEnrolment: {
      /** @description The shared secret in Base32, for typing into an app that cannot scan. */
      secret: string;
      /** @description The otpauth:// URI the QR code holds (RFC 6238 TOTP, 6 digits, 30 seconds). */
      otpauthUri: string;
      /** @description The QR code as a PNG data URL, to show as an image. */
      qrCode: string;
    };
    ConfirmSecondFactorDto: {
      /**
       * @description The six digits the authenticator app shows now.
       * @example 492039
       */
      code: string;
    };
    SecondFactorRecoveryCodes: {
      /**
       * @example [
       *       "k7qd-3mxa",
       *       "p2vw-9hrt"
       *     ]
       */
      recoveryCodes: string[];
    };
    SessionView: {
      /** @example 8b0e6a4e-3f0e-4f7a-9a53-6f1c2d9f4b11 */
      id: string;
      /**
       * @description The browser and system the session signed in from, as its user agent says.
       * @example Chrome 131 · Windows
       */
      device: string;
      /**
       * @description The network address of the sign-in or of the latest refresh.
       * @example 203.0.113.24
       */
      ipAddress: string | null;
      /** @example 2026-12-07T01:30:00.000Z */
      createdAt: string;
      /**
       * @description The latest sign-in or refresh.
       * @example 2026-12-07T02:10:00.000Z
       */
      lastSeenAt: string;
      /**
       * @description The absolute end of the session.
       * @example 2026-12-07T13:30:00.000Z
       */
      expiresAt: string;
      /** @description The session this request is made with. */
      current: boolean;
    };
    SecuritySettingsView: {
      /**
       * @description A session not used for this long ends; the dashboard warns a minute before.
       * @example 30
       */
      idleTimeoutMinutes: number;
      /**
       * @description A session ends this long after its sign-in, however busy.
       * @example 12
       */
      absoluteLifetimeHours: number;
      /** @description Officers need a second factor too (managers and admins always do). */
      secondFactorForOfficers: boolean;
      /** @example 2026-12-07T09:30:00.000Z */
      updatedAt: string;
      /** @example 1 */
      version: number;
    };
    UpdateSecuritySettingsDto: {
      /** @example 30 */
      idleTimeoutMinutes: number;
      /** @example 12 */
      absoluteLifetimeHours: number;
      secondFactorForOfficers: boolean;
      /** @description the version you read; a stale one answers 409 */
      version: number;
    };
    UserPage: {
      data: components['schemas']['UserView'][];
      total: number;
    };
    CreateUserDto: {
      /** Format: email */
      email: string;
      fullName: string;
      role: components['schemas']['Role'];
      /** Format: uuid */
      teamId?: string | null;
      locale?: components['schemas']['Locale'];
      /** @description Held to the password rules (PASSWORD_REJECTED); the person chooses their own at the next sign-in. */
      password: string;
    };
    UpdateUserDto: {
      fullName?: string;
      role?: components['schemas']['Role'];
      /** Format: uuid */
      teamId?: string | null;
      locale?: components['schemas']['Locale'];
      /** @description Held to the password rules (PASSWORD_REJECTED); the person chooses their own at the next sign-in. */
      password?: string;
      active?: boolean;
      /** @description the version you read; a stale one answers 409 */
      version: number;
    };
    TeamView: {
      /** @example 9b1e4d2c-7a3f-4c5e-b8d6-0f2a1c3e5d7b */
      id: string;
      name: string;
      /** @description The user who manages the team; null while it has none. */
      managerId: string | null;
      /** @description Active users in the team, whatever their role. */
      memberCount: number;
      /** @example 2025-01-06T02:00:00.000Z */
      createdAt: string;
      /** @example 2025-03-11T08:30:00.000Z */
      updatedAt: string;
      /** @description Send it back with a change: a stale one answers 409. */
      version: number;
    };
    TeamPage: {
      data: components['schemas']['TeamView'][];
      total: number;
    };
    CreateTeamDto: {
      name: string;
      /** Format: uuid */
      managerId?: string | null;
    };
    UpdateTeamDto: {
      name?: string;
      /** Format: uuid */
      managerId?: string | null;
      version: number;
    };
    LateFeeRuleView: {
      /** @enum {string} */
      kind: 'fixed' | 'none' | 'share_of_minimum';
      /** @description share_of_minimum: basis points of the unpaid minimum each cycle, 500 = 5 %. */
      shareBp?: number;
      /** @description share_of_minimum: at most this many fen per charge; null: no cap. */
      capFen?: number | null;
      /** @description fixed: fen per cycle. */
      fen?: number;
      /** @description Charged for at most this many cycles (Taiwan cards: 3); null or absent: no limit. */
      maxCycles?: number | null;
    };
    CustomerServiceContact: {
      /** @enum {string} */
      channel: 'other' | 'hotline' | 'online_chat' | 'in_app' | 'letter' | 'email';
      /**
       * @description The number, address or place in the app.
       * @example 95188
       */
      value: string;
      /**
       * @description When it answers, in words.
       * @example 09:00–21:00
       */
      hours?: string;
    };
    Creditor: {
      /** @description The card late fee on the unpaid minimum, apart from the penalty (it bears no interest). */
      lateFee: components['schemas']['LateFeeRuleView'];
      id: string;
      name: string;
      product: components['schemas']['CreditorProduct'];
      market: components['schemas']['Market'];
      customerService: components['schemas']['CustomerServiceContact'][];
      /** @description Parts per million a day: 500 = 0.05 %, 350 = 0.035 %. */
      penaltyDailyRatePpm: number;
      /** @enum {string} */
      penaltyCompounding: 'none' | 'monthly';
      /** @description The penalty at most this yearly rate on the base (2400 = 24 % a year). */
      penaltyYearlyCapBp: number | null;
      penaltyBase: components['schemas']['PenaltyBase'];
      penaltyCapBp: number | null;
      /** @description Read the rule against 4 × the one-year LPR at each debt's contract date (private lending). */
      checkLprCap: boolean;
      maxInstallmentMonths: number | null;
      negotiationNotes: string | null;
      /**
       * @description How often the firm has seen this creditor go to court; one of the litigation risk's rules reads it.
       * @enum {string}
       */
      litigationPractice: 'unknown' | 'rarely' | 'sometimes' | 'often';
      active: boolean;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
    };
    CreditorPage: {
      data: components['schemas']['Creditor'][];
      total: number;
    };
    CustomerServiceContactDto: {
      /** @enum {string} */
      channel: 'hotline' | 'online_chat' | 'in_app' | 'letter' | 'email' | 'other';
      /**
       * @description the number, address or place in the app
       * @example 95188
       */
      value: string;
      /**
       * @description when it answers, in words
       * @example 09:00–21:00
       */
      hours?: string;
    };
    LateFeeDto: {
      /** @enum {string} */
      kind: 'none' | 'share_of_minimum' | 'fixed';
      /** @description share_of_minimum: basis points of the unpaid minimum, 500 = 5 % */
      shareBp?: number;
      /** @description fixed: fen per cycle */
      fen?: number;
      /** @description share_of_minimum: at most this many fen per charge */
      capFen?: number | null;
      /** @description charged for at most this many cycles (Taiwan cards: 3) */
      maxCycles?: number | null;
    };
    CreateCreditorDto: {
      name: string;
      product: components['schemas']['CreditorProduct'];
      market?: components['schemas']['Market'];
      customerService?: components['schemas']['CustomerServiceContactDto'][];
      /**
       * @description daily penalty rate in parts per million: 500 = 0.05 % a day, 350 = 0.035 %, 750 = 1.5 × 0.05 %
       * @example 500
       */
      penaltyDailyRatePpm: number;
      /**
       * @description 'monthly': each 30-day cycle's penalty joins the base
       * @enum {string}
       */
      penaltyCompounding?: 'none' | 'monthly';
      /** @description the penalty at most this yearly rate on the base, in basis points: 2400 = 24 % a year */
      penaltyYearlyCapBp?: number | null;
      /** @description the card's late fee (違約金), apart from the penalty */
      lateFee?: components['schemas']['LateFeeDto'];
      penaltyBase?: components['schemas']['PenaltyBase'];
      /** @description cap of the total penalty as a share of the base, 10000 = 100 % */
      penaltyCapBp?: number | null;
      /** @description read the penalty rule's yearly cost against 4 × the one-year LPR at each debt's contract date (private and online lending); default false */
      checkLprCap?: boolean;
      maxInstallmentMonths?: number | null;
      negotiationNotes?: string | null;
      /**
       * @description How often the firm has seen this creditor go to court (unknown by default).
       * @enum {string}
       */
      litigationPractice?: 'unknown' | 'rarely' | 'sometimes' | 'often';
    };
    UpdateCreditorDto: {
      name?: string;
      product?: components['schemas']['CreditorProduct'];
      market?: components['schemas']['Market'];
      customerService?: components['schemas']['CustomerServiceContactDto'][];
      /**
       * @description daily penalty rate in parts per million: 500 = 0.05 % a day, 350 = 0.035 %, 750 = 1.5 × 0.05 %
       * @example 500
       */
      penaltyDailyRatePpm?: number;
      /**
       * @description 'monthly': each 30-day cycle's penalty joins the base
       * @enum {string}
       */
      penaltyCompounding?: 'none' | 'monthly';
      /** @description the penalty at most this yearly rate on the base, in basis points: 2400 = 24 % a year */
      penaltyYearlyCapBp?: number | null;
      /** @description the card's late fee (違約金), apart from the penalty */
      lateFee?: components['schemas']['LateFeeDto'];
      penaltyBase?: components['schemas']['PenaltyBase'];
      /** @description cap of the total penalty as a share of the base, 10000 = 100 % */
      penaltyCapBp?: number | null;
      /** @description read the penalty rule's yearly cost against 4 × the one-year LPR at each debt's contract date (private and online lending); default false */
      checkLprCap?: boolean;
      maxInstallmentMonths?: number | null;
      negotiationNotes?: string | null;
      /**
       * @description How often the firm has seen this creditor go to court (unknown by default).
       * @enum {string}
       */
      litigationPractice?: 'unknown' | 'rarely' | 'sometimes' | 'often';
      version: number;
      active?: boolean;
    };
    Object: Record<string, never>;
    LprRateView: {
      /**
       * @description The effective date again, as the row's id.
       * @example 2025-05-20
       */
      id: string;
      /**
       * @description The day the announcement takes effect, YYYY-MM-DD; in force until the next row's date.
       * @example 2025-05-20
       */
      effectiveOn: string;
      /**
       * @description The one-year rate in basis points: 300 = 3.00 %. The line courts draw is 4 × this.
       * @example 300
       */
      oneYearBp: number;
      /** @description The five-year-and-over rate in basis points (mortgages); null when not recorded. */
      fiveYearBp: number | null;
      /** @description The announcement the figures come from. */
      source: string;
      /** @example 2025-05-20T01:30:00.000Z */
      createdAt: string;
      updatedAt: string;
      /** @description Sent back with a change, which is refused when someone else changed the row first. */
      version: number;
    };
    LprRatePage: {
      data: components['schemas']['LprRateView'][];
      total: number;
    };
    CreateLprRateDto: {
      /** @description the day the announcement takes effect, YYYY-MM-DD (one row per date) */
      effectiveOn: string;
      /**
       * @description the one-year LPR in basis points: 385 = 3.85 %
       * @example 385
       */
      oneYearBp: number;
      /** @description the five-year LPR in basis points: 465 = 4.65 % */
      fiveYearBp?: number | null;
      /** @description the announcement the figures come from */
      source: string;
    };
    UpdateLprRateDto: {
      /**
       * @description the one-year LPR in basis points: 385 = 3.85 %
       * @example 385
       */
      oneYearBp?: number;
      /** @description the five-year LPR in basis points: 465 = 4.65 % */
      fiveYearBp?: number | null;
      /** @description the announcement the figures come from */
      source?: string;
      version: number;
    };
    ClientView: {
      /** @example 3c2b1a09-8f7e-4d6c-9b5a-403f2e1d0c9b */
      id: string;
      fullName: string;
      idType: components['schemas']['IdDocumentType'];
      /** @description The first three and last two characters, the rest starred (POST /api/clients/{id}/reveal for the rest). */
      idNumberMasked: string;
      phoneMasked: string | null;
      email: string | null;
      address: string | null;
      notes: string | null;
      /** @description The language of the client's reminders. */
      locale: string & components['schemas']['Locale'];
      /**
       * @description When the consent in force was recorded; null when never given or withdrawn.
       * @example 2025-03-14T02:30:00.000Z
       */
      consentAt: string | null;
      /** @description What the client consents to (debt_negotiation, credit_dispute, litigation_support, contact_creditors). */
      consentPurposes: string[];
      /** @description The officer who holds the client. */
      officerId: string;
      /** @example 2025-03-14T02:30:00.000Z */
      createdAt: string;
      updatedAt: string;
      /** @description Send it back with a change: a stale one answers 409. */
      version: number;
    };
    ClientPage: {
      data: components['schemas']['ClientView'][];
      total: number;
    };
    ClientLookupDto: {
      /** @default 1 */
      page: number;
      /** @default 25 */
      perPage: number;
      /**
       * @default ASC
       * @enum {string}
       */
      order: 'ASC' | 'DESC';
      /** @description free-text search */
      q?: string;
      /**
       * @default createdAt
       * @enum {string}
       */
      sort: 'fullName' | 'createdAt';
      /** @description exact ID number (matched through its keyed hash); this or phone */
      idNumber?: string;
      /** @description exact phone number (matched through its keyed hash) */
      phone?: string;
      /** Format: uuid */
      officerId?: string;
    };
    CreateClientDto: {
      fullName: string;
      idType: components['schemas']['IdDocumentType'];
      /** @description checked against idType (check digits for CN and TW IDs) */
      idNumber: string;
      /** @example 0912-345-678 */
      phone?: string | null;
      /** Format: email */
      email?: string | null;
      address?: string | null;
      notes?: string | null;
      /** @description the language of messages to the client; zh-TW by default */
      locale?: string & components['schemas']['Locale'];
      /** @description recording consent stamps who and when; an empty list records that consent was withdrawn */
      consentPurposes?: components['schemas']['ConsentPurpose'][];
      /**
       * Format: uuid
       * @description managers and admins may assign another officer; officers own what they create
       */
      officerId?: string;
    };
    UpdateClientDto: {
      fullName?: string;
      idType?: components['schemas']['IdDocumentType'];
      /** @description checked against idType (check digits for CN and TW IDs) */
      idNumber?: string;
      /** @example 0912-345-678 */
      phone?: string | null;
      /** Format: email */
      email?: string | null;
      address?: string | null;
      notes?: string | null;
      /** @description the language of messages to the client; zh-TW by default */
      locale?: string & components['schemas']['Locale'];
      /** @description recording consent stamps who and when; an empty list records that consent was withdrawn */
      consentPurposes?: components['schemas']['ConsentPurpose'][];
      version: number;
    };
    RevealedClientIdentifiers: {
      idNumber: string;
      /** @description Null when none is on file. */
      phone: string | null;
    };
    Reminder: {
      /** @example 9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a */
      id: string;
      /** @description installment_due, document_overdue, morning_digest…: later features add kinds of their own. */
      kind: string;
      /** @description Null for reminders about no one case (the morning digest). */
      caseId: string | null;
      /** @description The kind of row whose change causes the reminder (installment, document_requirement, contact, case, user…). */
      subjectType: string;
      subjectId: string;
      /** @description Tells the subject's reminders of one kind apart (e.g. client-3d, officer+1d). */
      slot: string;
      recipient: components['schemas']['ReminderRecipient'];
      /** @description Set for reminders to one person by name (the morning digest); otherwise who gets it is resolved when it fires. */
      recipientUserId: string | null;
      /**
       * Format: date-time
       * @example 2026-12-07T02:00:00.000Z
       */
      dueAt: string;
      status: components['schemas']['ReminderStatus'];
      attempts: number;
      lastError: string | null;
      /** @description Facts the message needs, free-form by kind (reference, amount, date…). */
      payload: {
        [key: string]: unknown;
      };
      /**
       * Format: date-time
       * @description A client reminder that fell in quiet hours waits until then.
       */
      heldUntil: string | null;
      /** Format: date-time */
      firedAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    ReminderPage: {
      data: components['schemas']['Reminder'][];
      total: number;
    };
    FailedDelivery: {
      /** @example 3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a */
      id: string;
      /** @example 9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a */
      reminderId: string;
      channel: components['schemas']['NotificationChannel'];
      /** @description The address tried, masked; null for in-app deliveries. */
      address: string | null;
      attempts: number;
      /** @description The channel's last refusal, as it gave it. */
      lastError: string | null;
      /**
       * Format: date-time
       * @example 2026-12-07T01:00:12.000Z
       */
      updatedAt: string;
      /** @description The reminder's kind (installment_due, document_overdue…). */
      kind: string;
      /** @description Null for reminders about no case (the morning digest). */
      caseId: string | null;
      /** @description Where the reminder itself stands: a retried one is scheduled again. */
      reminderStatus: string & components['schemas']['ReminderStatus'];
    };
    FailedDeliveryPage: {
      data: components['schemas']['FailedDelivery'][];
      total: number;
    };
    Notification: {
      /** @example 5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c */
      id: string;
      /** @description The kind of the reminder that left it (installment_due, morning_digest…). */
      kind: string;
      /** @description Null when it is about no one case (the morning digest). */
      caseId: string | null;
      reminderId: string | null;
      /** @description Worded in the reader's language when it was written. */
      title: string;
      body: string;
      /**
       * Format: date-time
       * @description Null while unread.
       */
      readAt: string | null;
      /**
       * Format: date-time
       * @example 2026-12-07T01:00:00.000Z
       */
      createdAt: string;
    };
    NotificationPage: {
      data: components['schemas']['Notification'][];
      total: number;
    };
    NotificationUnreadCount: {
      /** @example 3 */
      unread: number;
    };
    NotificationsMarkedRead: {
      /** @description How many were unread until now. */
      marked: number;
    };
    ReminderSettings: {
      /**
       * @description Client reminders falling between quietStart and quietEnd wait until the quiet ends.
       * @example 21:00
       */
      quietStart: string;
      /** @example 08:00 */
      quietEnd: string;
      /**
       * @description The time of day staff reminders are due.
       * @example 09:00
       */
      staffTime: string;
      /**
       * @description The time of day client reminders are due.
       * @example 10:00
       */
      clientTime: string;
      /**
       * @description When each officer's morning digest goes out.
       * @example 08:30
       */
      digestTime: string;
      /**
       * @description Days without activity after which an open case is reminded to its officer as stale.
       * @example 14
       */
      staleAfterDays: number;
      /** @description How reminders reach clients. */
      clientChannels: ('email' | 'sms')[];
      /** @description Sent back with a change: a change made on an older version answers 409. */
      version: number;
      /** Format: date-time */
      updatedAt: string;
      /**
       * @description The firm's time zone, a deployment setting that is not changed here.
       * @example Asia/Taipei
       */
      timeZone: string;
    };
    UpdateReminderSettingsDto: {
      /** @example 21:00 */
      quietStart?: string;
      /** @example 08:00 */
      quietEnd?: string;
      /** @example 09:00 */
      staffTime?: string;
      /** @example 10:00 */
      clientTime?: string;
      /** @example 08:30 */
      digestTime?: string;
      staleAfterDays?: number;
      clientChannels?: ('email' | 'sms')[];
      version: number;
    };
    ReminderChannels: {
      channels: ('in_app' | 'email')[];
    };
    ReminderChannelsDto: {
      channels: ('in_app' | 'email')[];
    };
    /** @enum {string} */
    CaseStage:
      | 'intake'
      | 'documents'
      | 'creditor_contact'
      | 'negotiating'
      | 'agreed'
      | 'repaying'
      | 'credit_repair'
      | 'closed';
    /** @enum {string} */
    OverdueBucket: 'M1' | 'M2' | 'M3' | 'M3+';
    /** @enum {string} */
    LitigationRisk: 'none' | 'low' | 'high' | 'sued';
    CurrencyTotalsView: {
      currency: components['schemas']['Currency'];
      /**
       * @description In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 1250000
       */
      outstandingFen: number;
      /**
       * @description In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 320000
       */
      overdueFen: number;
    };
    CaseListItem: {
      /** @description What the case owes per currency (only those it owes in): totalOutstandingFen alone would add yuan to Taiwan dollars. */
      totalsByCurrency: components['schemas']['CurrencyTotalsView'][];
      /** @example 6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e */
      id: string;
      /** @example AC-2025-000123 */
      reference: string;
      clientId: string;
      clientName: string | null;
      officerId: string;
      officerName: string | null;
      stage: components['schemas']['CaseStage'];
      /** @description Set once the case is closed. */
      outcome: (string & components['schemas']['CaseOutcome']) | null;
      overdueReason: components['schemas']['OverdueReason'];
      litigationRisk: components['schemas']['LitigationRisk'];
      /** @example 2025-03-14 */
      openedOn: string;
      /** @example 2025-11-30 */
      closedOn: string | null;
      /**
       * @description Every open debt's outstanding amount, whatever its currency: read totalsByCurrency to show money. In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 1250000
       */
      totalOutstandingFen: number;
      /**
       * @description In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 320000
       */
      totalOverdueFen: number;
      /** @description The earliest missed due date among the open debts; null when none is overdue. */
      earliestOverdueSince: string | null;
      /** @description Days since earliestOverdueSince, on the firm's calendar; 0 when nothing is overdue. */
      maxDaysOverdue: number;
      openDebtCount: number;
      /** @example 2025-06-02T08:15:00.000Z */
      lastActivityAt: string;
      /** @description Send it back with a change: a stale one answers 409. */
      version: number;
    };
    CasePage: {
      data: components['schemas']['CaseListItem'][];
      /** @description Every case the filters match, across pages. */
      total: number;
    };
    CaseDetailClient: {
      id: string;
      fullName: string;
      /** @description The first three and last two characters, the rest starred. */
      idNumberMasked: string;
      phoneMasked: string | null;
      /** @description When the client consented; null when never or withdrawn. */
      consentAt: string | null;
    };
    LprCapCheckView: {
      /** @enum {string} */
      status: 'unknown' | 'within' | 'over';
      /**
       * @description Only when unknown: no contract date, or a date before the LPR table's first row.
       * @enum {string}
       */
      reason?: 'NO_CONTRACT_DATE' | 'NO_LPR_FOR_DATE';
      /** @description The one-year LPR in force at the contract date, in basis points (385 = 3.85 %). */
      lprBp?: number;
      /** @example 2024-07-22 */
      lprEffectiveOn?: string;
      /** @description The line courts protect up to: 4 × lprBp. */
      capBp?: number;
      /** @description The creditor rule's yearly cost, in basis points. */
      annualRateBp?: number;
    };
    DebtView: {
      /** @example 0b9e8f7a-6d5c-4b3a-9e8f-7a6d5c4b3a21 */
      id: string;
      caseId: string;
      creditorId: string;
      creditorName: string;
      /** @description The creditor's product (huabei, credit_card, …). */
      product: string;
      /**
       * @description Only the last four characters of the account or card number.
       * @example ****4321
       */
      accountReferenceMasked: string | null;
      /** @description Every amount of the debt is in it. */
      currency: string & components['schemas']['Currency'];
      /**
       * @description In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 1500000
       */
      principalFen: number;
      /** @description Why the principal is above what is outstanding, when it is. */
      principalNote: string | null;
      /**
       * @description In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 1250000
       */
      outstandingFen: number;
      /**
       * @description In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 320000
       */
      overdueFen: number;
      /**
       * @description The missed due date; null when the debt is not overdue.
       * @example 2025-01-15
       */
      overdueSince: string | null;
      /** @description The day the contract was signed: the LPR of that day draws the 4 × LPR line. */
      contractDate: string | null;
      /** @description Null for creditors the catalog does not check against 4 × LPR. */
      lprCheck: components['schemas']['LprCapCheckView'] | null;
      status: components['schemas']['DebtStatus'];
      excludedReason: string | null;
      /** @description 0 unless the debt is open. */
      daysOverdue: number;
      /** @description Null when not overdue. */
      overdueBucket: (string & components['schemas']['OverdueBucket']) | null;
      /** @description The mainland regulator's five classes: only for a credit card owed in yuan, null otherwise. */
      cardRiskClass: (string & components['schemas']['CardRiskClass']) | null;
      /** @description A card's unpaid minimum payment, on which its late fee is charged; null when none. In fen (1/100 of the currency unit), an integer: money is never a float. */
      minimumDueFen: number | null;
      /**
       * @description In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 18000
       */
      penaltyAccruedFen: number;
      /** @description In fen (1/100 of the currency unit), an integer: money is never a float. */
      lateFeeAccruedFen: number;
      /** @description Penalty and late fees together. In fen (1/100 of the currency unit), an integer: money is never a float. */
      chargesAccruedFen: number;
      /** @example 2025-03-14T02:30:00.000Z */
      createdAt: string;
      updatedAt: string;
      /** @description Send it back with a change: a stale one answers 409. */
      version: number;
    };
    CasePenaltyProjected: {
      /** @description 0, 30, 90 or 180. */
      afterDays: number;
      /** @description In fen (1/100 of the currency unit), an integer: money is never a float. */
      penaltyFen: number;
      /** @description In fen (1/100 of the currency unit), an integer: money is never a float. */
      lateFeeFen: number;
    };
    CaseMoneyTotalsView: {
      currency: components['schemas']['Currency'];
      /**
       * @description In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 1250000
       */
      outstandingFen: number;
      /**
       * @description In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 320000
       */
      overdueFen: number;
      /**
       * @description In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 1500000
       */
      principalFen: number;
      /**
       * @description In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 18000
       */
      penaltyAccruedFen: number;
      /** @description Card late fees to date, apart from the penalty (they bear no interest). In fen (1/100 of the currency unit), an integer: money is never a float. */
      lateFeeAccruedFen: number;
      /** @description The "cost of waiting" at +0/+30/+90/+180 days; never savings. */
      penaltyProjected: components['schemas']['CasePenaltyProjected'][];
      /** @description Debts in this currency under a running plan: their penalty stopped on the day the creditor agreed. */
      agreedDebts: number;
    };
    CaseDetail: {
      /** @description Where the stage machine lets the case go next (the conditions are in GET /api/cases/{id}/actions). */
      allowedMoves: components['schemas']['CaseStage'][];
      /** @description Set on closing, with the outcome. */
      closingNote: string | null;
      /** @description The stage the case was closed from: the steps after it were never reached. */
      closedFrom: (string & components['schemas']['CaseStage']) | null;
      /** @description The officer's own words on why the client fell behind. */
      overdueReasonText: string | null;
      /** @description Null when the reader may not see the client. */
      client: components['schemas']['CaseDetailClient'] | null;
      /** @description The client withdrew consent: all work on the case stops but closing and export. */
      consentWithdrawn: boolean;
      /** @description Every debt of the case, open or not, oldest first. */
      debts: components['schemas']['DebtView'][];
      /** @description What the case owes per currency, only those its open debts are in, with their penalty today and later. */
      totalsByCurrency: components['schemas']['CaseMoneyTotalsView'][];
      /** @example 6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e */
      id: string;
      /** @example AC-2025-000123 */
      reference: string;
      clientId: string;
      clientName: string | null;
      officerId: string;
      officerName: string | null;
      stage: components['schemas']['CaseStage'];
      /** @description Set once the case is closed. */
      outcome: (string & components['schemas']['CaseOutcome']) | null;
      overdueReason: components['schemas']['OverdueReason'];
      litigationRisk: components['schemas']['LitigationRisk'];
      /** @example 2025-03-14 */
      openedOn: string;
      /** @example 2025-11-30 */
      closedOn: string | null;
      /**
       * @description Every open debt's outstanding amount, whatever its currency: read totalsByCurrency to show money. In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 1250000
       */
      totalOutstandingFen: number;
      /**
       * @description In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 320000
       */
      totalOverdueFen: number;
      /** @description The earliest missed due date among the open debts; null when none is overdue. */
      earliestOverdueSince: string | null;
      /** @description Days since earliestOverdueSince, on the firm's calendar; 0 when nothing is overdue. */
      maxDaysOverdue: number;
      openDebtCount: number;
      /** @example 2025-06-02T08:15:00.000Z */
      lastActivityAt: string;
      /** @description Send it back with a change: a stale one answers 409. */
      version: number;
    };
    CreateCaseDto: {
      /** Format: uuid */
      clientId: string;
      /**
       * Format: uuid
       * @description managers and admins choose the officer; an officer opens cases for themself
       */
      officerId?: string;
      overdueReason: components['schemas']['OverdueReason'];
      overdueReasonText?: string | null;
      litigationRisk?: components['schemas']['LitigationRisk'];
    };
    UpdateCaseDto: {
      overdueReasonText?: string | null;
      outcome?: (string & components['schemas']['CaseOutcome']) | null;
      closingNote?: string | null;
      version: number;
      overdueReason?: components['schemas']['OverdueReason'];
      litigationRisk?: components['schemas']['LitigationRisk'];
    };
    TransitionDto: {
      to: components['schemas']['CaseStage'];
      /** @description why, kept on the timeline: required for a move back (NEEDS_MOVE_REASON); a forward move needs none; closing gives its closing note */
      reason?: string;
      /** @description when closing */
      outcome?: string & components['schemas']['CaseOutcome'];
      /** @description when closing */
      closingNote?: string;
      /** @description closing as resolved while a plan is unpaid: a manager's approval, with the reason (kept on the timeline) */
      approvalReason?: string;
      /** @description the version you read; a stale one answers 409 */
      version?: number;
    };
    ReopenDto: {
      /** @enum {string} */
      to:
        'intake' | 'documents' | 'creditor_contact' | 'negotiating' | 'agreed' | 'repaying' | 'credit_repair';
      /** @description why: kept on the timeline */
      reason: string;
      /** @description plans ended by the closing that the manager chooses to resume (their reminders come back); the others stay ended */
      resumePlanIds?: string[];
    };
    CaseActionAnswerView: {
      allowed: boolean;
      /** @description Why not, machine-readable (the dashboard translates them); absent when allowed. */
      reasons?: components['schemas']['CasePolicyReason'][];
    };
    CasePolicyApprovalView: {
      role: components['schemas']['Role'];
      reason: string | null;
    };
    CasePolicyFactsView: {
      /** @description The purposes the client consents to now (empty when never given or withdrawn). */
      consentPurposes: string[];
      stage: components['schemas']['CaseStage'];
      consentWithdrawn: boolean;
      openDebtCount: number;
      everyOpenDebtAgreed: boolean;
      hasRepaymentPlan: boolean;
      allPlansCompleted: boolean;
      documentsComplete: boolean;
      outcome: (string & components['schemas']['CaseOutcome']) | null;
      closingNote: string | null;
      approval?: components['schemas']['CasePolicyApprovalView'] | null;
      /** @description The firm's setting: an officer's close needs a manager. */
      officerClosesNeedManager?: boolean;
      /** @description Who asks. */
      role: string & components['schemas']['Role'];
      /** @description The firm's calendar day. */
      today: string;
    };
    CaseActions: {
      /** @description Every action the policy knows (case.update, debt.create, proposal.submit, …), keyed by its name. */
      actions: {
        [key: string]: components['schemas']['CaseActionAnswerView'];
      };
      /** @description Each stage the case may move to next, keyed by the stage: closing is asked as case.close. */
      moves: {
        [key: string]: components['schemas']['CaseActionAnswerView'];
      };
      caseId: string;
      stage: components['schemas']['CaseStage'];
      consentWithdrawn: boolean;
      facts: components['schemas']['CasePolicyFactsView'];
    };
    BulkReassignDto: {
      /** Format: uuid */
      officerId: string;
      reason: string;
      caseIds: string[];
    };
    CaseReassignment: {
      /** @description The officer who now holds the cases. */
      officerId: string;
      /** @description How many cases changed hands; the ones the officer already held stay as they were. */
      moved: number;
      /** @description The cases asked for, as sent. */
      caseIds: string[];
    };
    ReassignDto: {
      /** Format: uuid */
      officerId: string;
      reason: string;
    };
    CaseTimelineEntry: {
      /** @description Null for the system, or an actor no longer on file. */
      actorName: string | null;
      /**
       * @description A bigint, sent as text.
       * @example 48213
       */
      id: string;
      caseId: string;
      /** Format: date-time */
      at: string;
      actorId: string | null;
      /** @description What happened: case.opened, case.stage_changed, debt.added, … (the contracts' CASE_EVENT_KINDS). */
      kind: string;
      /** @description What the kind records: before/after of what changed, the reason given, names of who took over. */
      details: {
        [key: string]: unknown;
      };
    };
    CaseTimelinePage: {
      /** @description Newest first. */
      data: components['schemas']['CaseTimelineEntry'][];
      total: number;
    };
    CaseSettings: {
      /** @description Officers' closes wait for a manager, who closes the case with a reason. */
      officerClosesNeedManager: boolean;
      /** @description Send it back with a change: a stale one answers 409. */
      version: number;
      /** @example 2025-05-20T09:00:00.000Z */
      updatedAt: string;
    };
    UpdateCaseSettingsDto: {
      /** @description officers' closes wait for a manager, who closes the case with a reason */
      officerClosesNeedManager: boolean;
      /** @description the version you read; a stale one answers 409 */
      version: number;
    };
    DebtPage: {
      data: components['schemas']['DebtView'][];
      total: number;
    };
    PenaltyPointView: {
      /** @description 0, 30, 90 or 180. */
      afterDays: number;
      /** @example 2025-07-01 */
      date: string;
      /** @description Stops growing on the day a creditor agreed a plan on the debt. */
      daysOverdue: number;
      /**
       * @description In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 18000
       */
      penaltyFen: number;
      /** @description In fen (1/100 of the currency unit), an integer: money is never a float. */
      lateFeeFen: number;
      /** @description Outstanding plus the penalty and late fees to that date. In fen (1/100 of the currency unit), an integer: money is never a float. */
      totalOwedFen: number;
    };
    DebtDetail: {
      /** @example 0b9e8f7a-6d5c-4b3a-9e8f-7a6d5c4b3a21 */
      id: string;
      caseId: string;
      creditorId: string;
      creditorName: string;
      /** @description The creditor's product (huabei, credit_card, …). */
      product: string;
      /**
       * @description Only the last four characters of the account or card number.
       * @example ****4321
       */
      accountReferenceMasked: string | null;
      /** @description Every amount of the debt is in it. */
      currency: string & components['schemas']['Currency'];
      /**
       * @description In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 1500000
       */
      principalFen: number;
      /** @description Why the principal is above what is outstanding, when it is. */
      principalNote: string | null;
      /**
       * @description In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 1250000
       */
      outstandingFen: number;
      /**
       * @description In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 320000
       */
      overdueFen: number;
      /**
       * @description The missed due date; null when the debt is not overdue.
       * @example 2025-01-15
       */
      overdueSince: string | null;
      /** @description The day the contract was signed: the LPR of that day draws the 4 × LPR line. */
      contractDate: string | null;
      /** @description Null for creditors the catalog does not check against 4 × LPR. */
      lprCheck: components['schemas']['LprCapCheckView'] | null;
      status: components['schemas']['DebtStatus'];
      excludedReason: string | null;
      /** @description 0 unless the debt is open. */
      daysOverdue: number;
      /** @description Null when not overdue. */
      overdueBucket: (string & components['schemas']['OverdueBucket']) | null;
      /** @description The mainland regulator's five classes: only for a credit card owed in yuan, null otherwise. */
      cardRiskClass: (string & components['schemas']['CardRiskClass']) | null;
      /** @description A card's unpaid minimum payment, on which its late fee is charged; null when none. In fen (1/100 of the currency unit), an integer: money is never a float. */
      minimumDueFen: number | null;
      /**
       * @description In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 18000
       */
      penaltyAccruedFen: number;
      /** @description In fen (1/100 of the currency unit), an integer: money is never a float. */
      lateFeeAccruedFen: number;
      /** @description Penalty and late fees together. In fen (1/100 of the currency unit), an integer: money is never a float. */
      chargesAccruedFen: number;
      /** @example 2025-03-14T02:30:00.000Z */
      createdAt: string;
      updatedAt: string;
      /** @description Send it back with a change: a stale one answers 409. */
      version: number;
      /** @description Penalty and late fees at +0, +30, +90 and +180 days if nothing is paid; they stop on the day a creditor agreed a plan. */
      projection: components['schemas']['PenaltyPointView'][];
    };
    CreateDebtDto: {
      /** Format: uuid */
      caseId: string;
      /** Format: uuid */
      creditorId: string;
      /** @description the account or card number; only its last four characters are kept */
      accountReference?: string;
      /** @description fen */
      principalFen: number;
      /** @description fen */
      outstandingFen: number;
      /** @description why the principal is above what is outstanding (e.g. part of it repaid); without it such a debt is refused (PRINCIPAL_EXCEEDS_OUTSTANDING) */
      principalNote?: string | null;
      /** @description fen: the minimum payment left unpaid (a card's), on which the creditor's late fee is charged */
      minimumDueFen?: number | null;
      /** @description fen, at most the outstanding amount */
      overdueFen: number;
      /** @description admins only; otherwise it follows the creditor's market (CN → CNY, TW → TWD) */
      currency?: string & components['schemas']['Currency'];
      /** @description the missed due date, YYYY-MM-DD */
      overdueSince?: string | null;
      /** @description the day the loan or card contract was signed, YYYY-MM-DD, not after today (CONTRACT_DATE_IN_FUTURE); the one-year LPR of that day draws the 4 × LPR line when the creditor's checkLprCap is on */
      contractDate?: string | null;
    };
    UpdateDebtDto: {
      /** Format: uuid */
      creditorId?: string;
      /** @description the account or card number; only its last four characters are kept */
      accountReference?: string;
      /** @description fen */
      principalFen?: number;
      /** @description fen */
      outstandingFen?: number;
      /** @description why the principal is above what is outstanding (e.g. part of it repaid); without it such a debt is refused (PRINCIPAL_EXCEEDS_OUTSTANDING) */
      principalNote?: string | null;
      /** @description fen: the minimum payment left unpaid (a card's), on which the creditor's late fee is charged */
      minimumDueFen?: number | null;
      /** @description fen, at most the outstanding amount */
      overdueFen?: number;
      /** @description admins only; otherwise it follows the creditor's market (CN → CNY, TW → TWD) */
      currency?: string & components['schemas']['Currency'];
      /** @description the missed due date, YYYY-MM-DD */
      overdueSince?: string | null;
      /** @description the day the loan or card contract was signed, YYYY-MM-DD, not after today (CONTRACT_DATE_IN_FUTURE); the one-year LPR of that day draws the 4 × LPR line when the creditor's checkLprCap is on */
      contractDate?: string | null;
      /** @description required when excluding a debt from the negotiation */
      excludedReason?: string | null;
      version: number;
      status?: components['schemas']['DebtStatus'];
    };
    RemovedDebt: {
      id: string;
    };
    PenaltyProjectionLateFee: {
      /** @enum {string} */
      kind: 'fixed' | 'none' | 'share_of_minimum';
      /** @description share_of_minimum: the share of the unpaid minimum, in basis points. */
      shareBp?: number;
      /** @description share_of_minimum: each charge at most this, in fen; null for no cap. */
      capFen?: number | null;
      /** @description fixed: each charge, in fen. */
      fen?: number;
      /** @description The most cycles charged; null or absent for no limit. */
      maxCycles?: number | null;
    };
    PenaltyProjectionRule: {
      /** @description Parts per million of the base a day: 500 = 0.05 % a day. */
      dailyRatePpm: number;
      base: components['schemas']['PenaltyBase'];
      /** @enum {string} */
      compounding: 'none' | 'monthly';
      /** @description The total penalty at most this share of the base, in basis points; null for none. */
      capBp: number | null;
      /** @description The penalty at most this yearly rate on the base, in basis points; null for none. */
      yearlyCapBp: number | null;
      lateFee: components['schemas']['PenaltyProjectionLateFee'];
      rounding: string;
    };
    PenaltyProjection: {
      debtId: string;
      /** @description The firm's calendar day the projection starts from. */
      today: string;
      rule: components['schemas']['PenaltyProjectionRule'];
      /** @description Empty unless the debt is open. */
      points: components['schemas']['PenaltyPointView'][];
    };
    ExistingClient: {
      clientId: string;
      fullName: string;
      officerName: string | null;
      /** @description Their latest case the person may see. */
      caseReference: string | null;
    };
    ImportProblem: {
      /** @description 1-based line of the CSV row (the header is line 1). */
      row: number;
      /**
       * @description The column at fault, or `file` for the file as a whole.
       * @enum {string}
       */
      field:
        | 'principal'
        | 'creditor'
        | 'phone'
        | 'email'
        | 'overdue'
        | 'fullName'
        | 'overdueSince'
        | 'file'
        | 'principalNote'
        | 'overdueReason'
        | 'idType'
        | 'address'
        | 'idNumber'
        | 'accountReference'
        | 'consent'
        | 'outstanding'
        | 'officerEmail';
      /**
       * @description Machine-readable (CSV_UNREADABLE, COLUMN_MISSING, CREDITOR_UNKNOWN, DUPLICATE_OUTSIDE_SCOPE, …).
       * @example CREDITOR_UNKNOWN
       */
      code: string;
      message: string;
      /** @description The client on file this row repeats, only when the importing person may see that client. */
      existing?: components['schemas']['ExistingClient'];
    };
    ImportPreviewClient: {
      /**
       * @description Outstanding per currency (CNY, TWD), in fen, only those that occur: yuan and Taiwan dollars are never added, and a debt whose creditor is not in the catalog is left out.
       * @example {
       *       "CNY": 1250000
       *     }
       */
      outstanding: {
        [key: string]: number;
      };
      /** @description The client's first line in the file. */
      row: number;
      fullName: string;
      /** @description The first three and last two characters, the rest starred. */
      idNumberMasked: string;
      /** @description How many debts the file gives the client. */
      debts: number;
    };
    ImportPreview: {
      /**
       * @description Outstanding per currency (CNY, TWD), in fen, only those that occur: yuan and Taiwan dollars are never added, and a debt whose creditor is not in the catalog is left out.
       * @example {
       *       "CNY": 1250000
       *     }
       */
      outstanding: {
        [key: string]: number;
      };
      /** @description Lines under the header. */
      rows: number;
      /** @description People in the file: rows with the same ID number are one client, one case. */
      clients: number;
      debts: number;
      /** @description No problem found: a commit of the same file would import all of it (the commit checks again). */
      valid: boolean;
      /** @description The first 1000 problems. */
      problems: components['schemas']['ImportProblem'][];
      problemCount: number;
      /** @description The first 20 clients. */
      sample: components['schemas']['ImportPreviewClient'][];
    };
    ImportResult: {
      clients: number;
      cases: number;
      debts: number;
    };
    DocumentDescriptions: {
      'zh-TW': string;
      'zh-CN': string;
      en: string;
    };
    DocumentTemplate: {
      /** @example 1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d */
      id: string;
      kind: components['schemas']['DocumentKind'];
      /** @description What the client reads about this paper, in each language of the interface. */
      descriptions: components['schemas']['DocumentDescriptions'];
      required: boolean;
      products: components['schemas']['CreditorProduct'][];
      dueDays: number;
      active: boolean;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
    };
    DocumentTemplatePage: {
      data: components['schemas']['DocumentTemplate'][];
      total: number;
    };
    TemplateDescriptionsDto: {
      'zh-TW': string;
      'zh-CN': string;
      en: string;
    };
    CreateTemplateDto: {
      kind: components['schemas']['DocumentKind'];
      descriptions: components['schemas']['TemplateDescriptionsDto'];
      required?: boolean;
      /** @description empty: every case */
      products?: components['schemas']['CreditorProduct'][];
      dueDays?: number;
    };
    UpdateTemplateDto: {
      descriptions?: components['schemas']['TemplateDescriptionsDto'];
      required?: boolean;
      /** @description empty: every case */
      products?: components['schemas']['CreditorProduct'][];
      dueDays?: number;
      version: number;
      active?: boolean;
    };
    DocumentRequirement: {
      /** @example 2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e */
      id: string;
      caseId: string;
      kind: components['schemas']['DocumentKind'];
      required: boolean;
      status: components['schemas']['RequirementStatus'];
      /** @example 2026-12-14 */
      dueOn: string;
      /** Format: date-time */
      receivedAt: string | null;
      /** Format: date-time */
      verifiedAt: string | null;
      verifiedBy: string | null;
      rejectionReason: string | null;
      waiverReason: string | null;
      waivedBy: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
    };
    DocumentRequirementPage: {
      data: components['schemas']['DocumentRequirement'][];
      total: number;
    };
    MoveRequirementDto: {
      move: components['schemas']['RequirementMove'];
      /** @description required to reject or waive */
      reason?: string;
      version: number;
    };
    DocumentFile: {
      /** @example 4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a */
      id: string;
      requirementId: string;
      caseId: string;
      sha256: string;
      /** @example 482133 */
      sizeBytes: number;
      /** @description As sniffed from the content, never the name: PDF, JPEG, PNG, HEIC or HEIF. */
      mediaType: string;
      /** @description As the client named it: display text only, never a path. */
      originalName: string;
      /** @enum {string} */
      source: 'officer' | 'client_link';
      /** @description The staff member who uploaded it; null when the client did, through a link. */
      uploadedBy: string | null;
      uploadLinkId: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    DocumentFilePage: {
      data: components['schemas']['DocumentFile'][];
      total: number;
    };
    CreateUploadLinkDto: {
      /** @description days the link works */
      expiresInDays?: number;
      /** @description the client's language on the upload page */
      locale?: string & components['schemas']['Locale'];
    };
    UploadLinkMessages: {
      sms: string;
      wechat: string;
      email: string;
    };
    CreatedUploadLink: {
      /** @example 7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d */
      id: string;
      /** @description Shown this once and kept only as a hash: it is also in url, after the #. */
      token: string;
      /** @description The page the client opens; the token after # never reaches a server log. */
      url: string;
      /** @example 2026-12-14T07:04:05.000Z */
      expiresAt: string;
      messages: components['schemas']['UploadLinkMessages'];
    };
    UploadLink: {
      /** @example 7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d */
      id: string;
      /** @description The staff member who made it. */
      createdBy: string;
      /**
       * Format: date-time
       * @example 2026-12-07T07:04:05.000Z
       */
      createdAt: string;
      /**
       * Format: date-time
       * @example 2026-12-14T07:04:05.000Z
       */
      expiresAt: string;
      /**
       * Format: date-time
       * @description Null unless revoked (by hand, or when the case closed or consent was withdrawn).
       */
      revokedAt: string | null;
      /**
       * Format: date-time
       * @description When a client last uploaded through it; null if never.
       */
      lastUsedAt: string | null;
      /** @description Files the client has uploaded through it. */
      uploadCount: number;
      /** @description Neither revoked nor expired. */
      active: boolean;
    };
    UploadLinkPage: {
      data: components['schemas']['UploadLink'][];
      total: number;
    };
    PublicUploadItem: {
      /** @example 2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e */
      id: string;
      kind: components['schemas']['DocumentKind'];
      /**
       * @description rejected: send it again; received: awaiting the officer's check, more files are welcome.
       * @enum {string}
       */
      status: 'rejected' | 'requested' | 'received';
      /** @example 2026-12-14 */
      dueOn: string;
      /** @description Why the last file was refused; null unless rejected. */
      rejectionReason: string | null;
      /** @description Null when the firm has no template for this kind. */
      descriptions: components['schemas']['DocumentDescriptions'] | null;
    };
    PublicUploadLink: {
      /** @example 2026-12-14T07:04:05.000Z */
      expiresAt: string;
      items: components['schemas']['PublicUploadItem'][];
    };
    PublicUploadReceipt: {
      /** @example 4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a */
      id: string;
      kind: components['schemas']['DocumentKind'];
      /** @example 2026-12-07T07:04:05.000Z */
      receivedAt: string;
    };
    SuggestionView: {
      /**
       * @description installments: a plain plan, the penalty accrued so far included; interest_freeze: 停息掛賬, it waived.
       * @enum {string}
       */
      kind: 'installments' | 'interest_freeze';
      /** @example 24 */
      months: number;
      /**
       * @description In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 208334
       */
      monthlyFen: number;
      /**
       * @description In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 5000000
       */
      totalFen: number;
      /** @description Penalty already accrued that the plan asks the creditor to waive. In fen (1/100 of the currency unit), an integer: money is never a float. */
      waivedPenaltyFen: number;
      /** @description What the creditor claims today: outstanding plus the penalty accrued so far (capped). In fen (1/100 of the currency unit), an integer: money is never a float. */
      withoutAgreementFen: number;
      /** @description What the plan saves against that claim (never below nothing, never the penalty still to come). In fen (1/100 of the currency unit), an integer: money is never a float. */
      savingsFen: number;
    };
    ProposalSuggestions: {
      /** @example 4f1e2b9c-7d3a-4c5e-9a8b-1c2d3e4f5a6b */
      debtId: string;
      /** @description The debt's share of the monthly capacity (0 without a statement in its currency). In fen (1/100 of the currency unit), an integer: money is never a float. */
      capacityFen: number;
      hasFinancialStatement: boolean;
      /** @description The current statement's currency; null: no statement. */
      statementCurrency: (string & components['schemas']['Currency']) | null;
      /** @description The creditor's longest plan in the catalog; null: not known (the product's default applies). */
      creditorMaxMonths: number | null;
      suggestions: components['schemas']['SuggestionView'][];
    };
    Contact: {
      id: string;
      caseId: string;
      debtId: string | null;
      party: components['schemas']['ContactParty'];
      channel: components['schemas']['ContactChannel'];
      /** Format: date-time */
      occurredAt: string;
      person: string | null;
      summary: string;
      outcome: string | null;
      /**
       * Format: date-time
       * @description When to call again; the reminders of [5/6] are built from it.
       */
      nextFollowUpAt: string | null;
      createdBy: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
    };
    ContactPage: {
      data: components['schemas']['Contact'][];
      total: number;
    };
    CreateContactDto: {
      /** Format: uuid */
      caseId: string;
      /**
       * Format: uuid
       * @description the debt talked about, when with a creditor
       */
      debtId?: string;
      party: components['schemas']['ContactParty'];
      channel: components['schemas']['ContactChannel'];
      /** @description instant with offset, e.g. 2026-11-25T10:30:00+08:00 */
      occurredAt: string;
      person?: string;
      summary: string;
      outcome?: string;
      /** @description instant with offset */
      nextFollowUpAt?: string | null;
    };
    UpdateContactDto: {
      /**
       * Format: uuid
       * @description the debt talked about, when with a creditor
       */
      debtId?: string;
      party?: components['schemas']['ContactParty'];
      channel?: components['schemas']['ContactChannel'];
      /** @description instant with offset, e.g. 2026-11-25T10:30:00+08:00 */
      occurredAt?: string;
      person?: string;
      summary?: string;
      outcome?: string;
      /** @description instant with offset */
      nextFollowUpAt?: string | null;
      version: number;
    };
    IncomeLine: {
      /** @example 薪資 */
      source: string;
      /**
       * @description In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 3200000
       */
      amountFen: number;
    };
    SpendingLine: {
      /** @example 房租 */
      category: string;
      /**
       * @description In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 1200000
       */
      amountFen: number;
    };
    OtherDebtLine: {
      /** @example 某銀行房貸 */
      lender: string;
      /**
       * @description In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 500000
       */
      monthlyPaymentFen: number;
    };
    FinancialStatement: {
      id: string;
      caseId: string;
      isCurrent: boolean;
      /** @description Every amount of the statement is in it; fixed when it is recorded (see statementCurrency). */
      currency: string & components['schemas']['Currency'];
      income: components['schemas']['IncomeLine'][];
      essentialSpending: components['schemas']['SpendingLine'][];
      otherDebts: components['schemas']['OtherDebtLine'][];
      dependants: number;
      /** @description The region whose living minimum floors the household's spending; null: no floor applies. */
      livingMinimumId: string | null;
      notes: string | null;
      createdBy: string;
      /** Format: date-time */
      createdAt: string;
    };
    FinancialStatementPage: {
      data: components['schemas']['FinancialStatement'][];
      total: number;
    };
    IncomeLineDto: {
      /**
       * @description where the money comes from, e.g. 薪資
       * @example 薪資
       */
      source: string;
      /**
       * @description fen a month
       * @example 3200000
       */
      amountFen: number;
    };
    SpendingLineDto: {
      /**
       * @description what it is spent on, e.g. 房租
       * @example 房租
       */
      category: string;
      /**
       * @description fen a month
       * @example 1200000
       */
      amountFen: number;
    };
    OtherDebtLineDto: {
      /**
       * @description a lender outside this case
       * @example 某銀行房貸
       */
      lender: string;
      /**
       * @description fen a month paid to it
       * @example 500000
       */
      monthlyPaymentFen: number;
    };
    CreateFinancialStatementDto: {
      /** Format: uuid */
      caseId: string;
      /** @description monthly income by source, fen */
      income: components['schemas']['IncomeLineDto'][];
      /** @description monthly essential spending by category, fen */
      essentialSpending: components['schemas']['SpendingLineDto'][];
      /** @description debts outside this case and their monthly payments */
      otherDebts: components['schemas']['OtherDebtLineDto'][];
      dependants: number;
      /** @description the statement's currency; needed only when the case's open debts are in two currencies or none (422 STATEMENT_CURRENCY_NEEDED), and one of theirs when there are any (422 STATEMENT_CURRENCY_NOT_OWED) */
      currency?: string & components['schemas']['Currency'];
      /**
       * Format: uuid
       * @description the region's living minimum (GET /api/living-minimums) that floors the household's spending; in the statement's currency (422 LIVING_MINIMUM_CURRENCY_MISMATCH); without one no floor applies
       */
      livingMinimumId?: string | null;
      notes?: string;
    };
    AffordabilityView: {
      /**
       * @description In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 3200000
       */
      incomeFen: number;
      /** @description Essential spending as the client stated it. In fen (1/100 of the currency unit), an integer: money is never a float. */
      essentialSpendingFen: number;
      /** @description In fen (1/100 of the currency unit), an integer: money is never a float. */
      otherDebtPaymentsFen: number;
      /** @description The household's living minimum: per person × (1 + dependants); null when no region's floor applies. In fen (1/100 of the currency unit), an integer: money is never a float. */
      householdLivingMinimumFen: number | null;
      /**
       * @description Which spending was counted: the stated one, or the household's living minimum where that is larger.
       * @enum {string}
       */
      spendingCounted: 'stated' | 'living_minimum';
      /** @description In fen (1/100 of the currency unit), an integer: money is never a float. */
      countedSpendingFen: number;
      /** @description Income − counted spending − other debt payments; may be negative. In fen (1/100 of the currency unit), an integer: money is never a float. */
      disposableFen: number;
      /**
       * @description What the firm proposes to commit each month: commitBp of a positive disposable income, rounded down. In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 1050000
       */
      capacityFen: number;
    };
    HouseholdLivingMinimum: {
      /** @description The living minimum's id. */
      id: string;
      /** @example 上海市 */
      region: string;
      currency: components['schemas']['Currency'];
      /** @example 2024-07-01 */
      effectiveFrom: string;
      /** @description The notice that set the figure. */
      source: string;
      /**
       * @description The floor per person a month. In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 151000
       */
      perPersonFen: number;
      /** @description The client and their dependants. */
      people: number;
      /** @description perPersonFen × people (typed as the domain's figure, which is null only where there is no floor). In fen (1/100 of the currency unit), an integer: money is never a float. */
      householdFen: number | null;
    };
    CheapestPlanPartView: {
      debtId: string;
      creditorName: string;
      /** @description The longest plan the creditor allows. */
      months: number;
      /** @description What is outstanding over those months, rounded up to the fen. */
      monthlyFen: number;
    };
    ShortfallView: {
      /** @description The smallest monthly payment any allowed plan needs: every debt on its creditor's longest plan. In fen (1/100 of the currency unit), an integer: money is never a float. */
      neededFen: number;
      /** @description In fen (1/100 of the currency unit), an integer: money is never a float. */
      capacityFen: number;
      /** @description needed − capacity when the capacity is below it; 0 exactly when the cheapest plan fits. In fen (1/100 of the currency unit), an integer: money is never a float. */
      shortfallFen: number;
      /** @description Whether the cheapest plan fits the capacity (shortfallFen is 0). */
      fits: boolean;
      plans: components['schemas']['CheapestPlanPartView'][];
    };
    DebtCapacityShare: {
      debtId: string;
      creditorName: string;
      currency: components['schemas']['Currency'];
      /**
       * @description In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 5000000
       */
      outstandingFen: number;
      /**
       * @description Its share of the capacity, in proportion to what is owed (the shares sum to the capacity); null for a
       *     debt in another currency than the statement's, which has no share. In fen (1/100 of the currency unit), an integer: money is never a float.
       */
      capacityFen: number | null;
    };
    CaseAffordability: {
      /** @description The current statement; null: none recorded yet. */
      statementId: string | null;
      /** @description The statement's currency: every amount here is in it, except each debt's own outstandingFen. */
      currency: (string & components['schemas']['Currency']) | null;
      /**
       * @description The share of disposable income the firm commits, in basis points (7000 = 70 %).
       * @example 7000
       */
      commitBp: number;
      figures: components['schemas']['AffordabilityView'] | null;
      /** @description The floor used; null: the statement names no region, so no floor applies. */
      livingMinimum: components['schemas']['HouseholdLivingMinimum'] | null;
      /**
       * @description Measured against the cheapest plan the creditors allow (each debt in the statement's currency on its
       *     creditor's longest plan, 停息掛賬).
       */
      shortfall: components['schemas']['ShortfallView'] | null;
      debts: components['schemas']['DebtCapacityShare'][];
    };
    Proposal: {
      id: string;
      caseId: string;
      debtId: string;
      kind: components['schemas']['ProposalKind'];
      status: components['schemas']['ProposalStatus'];
      /**
       * @description What goes into the plan: the agreed amount (for lump_sum: the settlement), before the creditor's charge
       *     on the plan. What the client pays in all is this plus the charge, worked out on acceptance. In fen (1/100 of the currency unit), an integer: money is never a float.
       */
      totalFen: number;
      months: number | null;
      firstDueDate: string | null;
      graceMonths: number;
      /** @description In fen (1/100 of the currency unit), an integer: money is never a float. */
      waivedPenaltyFen: number;
      /** @description The creditor's charge on the plan (停息掛賬: none). */
      chargeKind: string & components['schemas']['PlanChargeKind'];
      /** @description ppm: of the base each month (monthly_fee), of the balance left each year (annual_rate). */
      chargeRatePpm: number;
      creditorAnswer: string | null;
      contactIds: string[];
      createdBy: string;
      /** @description A manager's approval of a plan longer than the creditor allows, with the reason. */
      limitExceptionReason: string | null;
      limitExceptionBy: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
    };
    ProposalPage: {
      data: components['schemas']['Proposal'][];
      total: number;
    };
    CreateProposalDto: {
      /** Format: uuid */
      debtId: string;
      kind: components['schemas']['ProposalKind'];
      /** @description fen put into the plan: the agreed amount before the creditor's fee or interest on the plan (for lump_sum: the settlement) */
      totalFen: number;
      months?: number;
      /** @description YYYY-MM-DD */
      firstDueDate?: string;
      graceMonths?: number;
      /** @description fen of penalty already accrued that the creditor waives: a term of any kind */
      waivedPenaltyFen?: number;
      /** @description the creditor's charge on the plan; none (the default) for 停息掛賬 */
      chargeKind?: string & components['schemas']['PlanChargeKind'];
      /** @description parts per million: of the base each month (monthly_fee: 0.60 % = 6000), of the balance left each year (annual_rate: 7.2 % = 72000); 0 with none */
      chargeRatePpm?: number;
      /** @description the contacts logged on this case where the proposal was discussed */
      contactIds?: string[];
      /** @description a plan longer than the creditor's longest: a manager's approval of the exception, with the reason (kept on the proposal and the timeline) */
      limitExceptionReason?: string;
    };
    UpdateProposalDto: {
      kind?: components['schemas']['ProposalKind'];
      /** @description fen put into the plan: the agreed amount before the creditor's fee or interest on the plan (for lump_sum: the settlement) */
      totalFen?: number;
      months?: number;
      /** @description YYYY-MM-DD */
      firstDueDate?: string;
      graceMonths?: number;
      /** @description fen of penalty already accrued that the creditor waives: a term of any kind */
      waivedPenaltyFen?: number;
      /** @description the creditor's charge on the plan; none (the default) for 停息掛賬 */
      chargeKind?: string & components['schemas']['PlanChargeKind'];
      /** @description parts per million: of the base each month (monthly_fee: 0.60 % = 6000), of the balance left each year (annual_rate: 7.2 % = 72000); 0 with none */
      chargeRatePpm?: number;
      /** @description the contacts logged on this case where the proposal was discussed */
      contactIds?: string[];
      /** @description a plan longer than the creditor's longest: a manager's approval of the exception, with the reason (kept on the proposal and the timeline) */
      limitExceptionReason?: string;
      /** @description accepted only through POST /proposals/:id/accept */
      status?: string & components['schemas']['ProposalStatus'];
      version: number;
      creditorAnswer?: string;
    };
    AcceptProposalDto: {
      /** @description the creditor’s written confirmation, summarised */
      creditorAnswer?: string;
      /** @description YYYY-MM-DD: the first due date the creditor agreed, when it differs from the proposal’s */
      firstDueDate?: string;
      version: number;
    };
    ScheduledInstallmentView: {
      /** @example 1 */
      number: number;
      /** @example 2026-02-15 */
      dueDate: string;
      /**
       * @description What is due: the installment's part of the plan's base and its charge. In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 208334
       */
      amountFen: number;
      /** @description The part of amountFen that is the creditor's fee or interest (0 on an interest-free plan). In fen (1/100 of the currency unit), an integer: money is never a float. */
      chargeFen: number;
    };
    ProposalAcceptance: {
      proposal: components['schemas']['Proposal'];
      /**
       * @description The repayment plan created, at /api/repayment-plans/{id}.
       * @example 9b1c2d3e-4f5a-4b6c-8d7e-0f1a2b3c4d5e
       */
      planId: string;
      installments: components['schemas']['ScheduledInstallmentView'][];
    };
    InstallmentStateView: {
      /** @description The installment's id (payments are recorded against it). */
      id: string;
      /** @example 1 */
      number: number;
      /** @example 2026-02-15 */
      dueDate: string;
      /**
       * @description What is due: the installment's part of the plan's base and its charge. In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 208334
       */
      amountFen: number;
      /** @description The part of amountFen that is the creditor's fee or interest (0 on an interest-free plan). In fen (1/100 of the currency unit), an integer: money is never a float. */
      chargeFen?: number;
      /** @description In fen (1/100 of the currency unit), an integer: money is never a float. */
      paidFen: number;
      /**
       * @description paid_late: paid in full after its due date (daysLate says by how much); ended: left unpaid on a plan
       *     that closing the case ended, so no longer due.
       * @enum {string}
       */
      status: 'due' | 'paid' | 'paid_late' | 'partially_paid' | 'late' | 'missed' | 'ended';
      /** @description The day it was paid in full; null while it is not. */
      paidInFullOn: string | null;
      /** @description Paid: how late the money that completed it came. Unpaid: days past its due date today (0 if not yet due). */
      daysLate: number;
    };
    PlanPaymentAllocation: {
      installmentId: string;
      /** @description The installment's number in the plan. */
      number: number;
      /**
       * @description In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 208334
       */
      amountFen: number;
      /** @description Days after the installment's due date the money came (0 when on time or early). */
      daysLate: number;
    };
    PlanPaymentProof: {
      id: string;
      /** @example 轉帳截圖.png */
      originalName: string;
      /** @example image/png */
      mediaType: string;
      sizeBytes: number;
    };
    PlanPayment: {
      id: string;
      /** @description The installment it was recorded against; where the money went is its allocations. */
      installmentId: string;
      /**
       * @description In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 208334
       */
      amountFen: number;
      /** @example 2026-02-14 */
      paidOn: string;
      method: components['schemas']['PaymentMethod'];
      /** @description The bank's or app's reference of the transfer, when given. */
      reference: string | null;
      /** @description Who received the money: the creditor's account or app, someone else, or not recorded. */
      payeeKind: string & components['schemas']['PayeeKind'];
      payeeName: string | null;
      payeeAccount: string | null;
      /** @description What was left after the plan's last installment: kept as credit, never lost. In fen (1/100 of the currency unit), an integer: money is never a float. */
      creditFen: number;
      /**
       * Format: date-time
       * @description When the payment was recorded (not when it was paid: paidOn).
       */
      recordedAt: string;
      allocations: components['schemas']['PlanPaymentAllocation'][];
      proofs: components['schemas']['PlanPaymentProof'][];
    };
    RepaymentPlanView: {
      /** @example 9b1c2d3e-4f5a-4b6c-8d7e-0f1a2b3c4d5e */
      id: string;
      caseId: string;
      debtId: string;
      /** @description The accepted proposal it was created from. */
      proposalId: string;
      /**
       * @description What the client pays in all: the base and the creditor's charges on it. In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 5000000
       */
      totalFen: number;
      /** @description What went into the plan: the agreed amount. In fen (1/100 of the currency unit), an integer: money is never a float. */
      baseFen: number;
      /** @description The creditor's fee or interest on the plan (0 on 停息掛賬). In fen (1/100 of the currency unit), an integer: money is never a float. */
      chargesFen: number;
      chargeKind: components['schemas']['PlanChargeKind'];
      /** @description ppm: of the base each month (monthly_fee), of the balance left each year (annual_rate). */
      chargeRatePpm: number;
      /** @description In fen (1/100 of the currency unit), an integer: money is never a float. */
      waivedPenaltyFen: number;
      /** @example 24 */
      months: number;
      /** @description The first due date as agreed, before any grace months. */
      firstDueDate: string;
      /** @description Months with nothing to pay before the first installment. */
      graceMonths: number;
      /** @description The debt's currency: every amount of the plan is in it. */
      currency: string & components['schemas']['Currency'];
      /** @description Set when closing the case ended the plan unpaid. */
      endedOn: string | null;
      /** @description The case's outcome when closing it ended the plan. */
      endedOutcome: (string & components['schemas']['CaseOutcome']) | null;
      /**
       * @description ended: the case closed before the plan was paid; see endedOn.
       * @enum {string}
       */
      status: 'completed' | 'late' | 'ended' | 'defaulted' | 'on_track';
      /** @description In fen (1/100 of the currency unit), an integer: money is never a float. */
      paidFen: number;
      /** @description In fen (1/100 of the currency unit), an integer: money is never a float. */
      remainingFen: number;
      /** @description Paid beyond the plan's last installment. In fen (1/100 of the currency unit), an integer: money is never a float. */
      creditFen: number;
      installments: components['schemas']['InstallmentStateView'][];
      payments: components['schemas']['PlanPayment'][];
    };
    RepaymentPlanPage: {
      data: components['schemas']['RepaymentPlanView'][];
      total: number;
    };
    RecordPaymentDto: {
      /** @description fen; more than the installment rolls forward to the next ones */
      amountFen: number;
      /** @description YYYY-MM-DD, not in the future */
      paidOn: string;
      method: components['schemas']['PaymentMethod'];
      /** @description the transfer or receipt number */
      reference?: string;
      /**
       * @description who received the money: the creditor's own account or app; someone_else (the firm, a collector, an agent) is refused by the case policy
       * @enum {string}
       */
      payeeKind: 'creditor_account' | 'creditor_app' | 'someone_else';
      /** @description the account holder as the receipt shows it, e.g. 招商銀行信用卡中心 */
      payeeName: string;
      /** @description the receiving account or repayment channel as the receipt shows it */
      payeeAccount?: string;
    };
    PaymentProof: {
      id: string;
      paymentId: string;
      caseId: string;
      /**
       * @description The name it was uploaded with.
       * @example 轉帳截圖.png
       */
      originalName: string;
      /**
       * @description The type found in its content, never taken from its name.
       * @example image/png
       */
      mediaType: string;
      /** @example 284113 */
      sizeBytes: number;
      /** Format: date-time */
      createdAt: string;
    };
    PlanSavings: {
      planId: string;
      currency: components['schemas']['Currency'];
      /** @description What the plan costs in all. In fen (1/100 of the currency unit), an integer: money is never a float. */
      planTotalFen: number;
      /**
       * @description What the creditor claimed on the day of agreement: outstanding plus the penalty accrued to that day. In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 5600000
       */
      withoutAgreementFen: number;
      /**
       * @description In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 600000
       */
      savingsFen: number;
    };
    CurrencySavings: {
      currency: components['schemas']['Currency'];
      /** @description In fen (1/100 of the currency unit), an integer: money is never a float. */
      withoutAgreementFen: number;
      /** @description In fen (1/100 of the currency unit), an integer: money is never a float. */
      planTotalFen: number;
      /** @description In fen (1/100 of the currency unit), an integer: money is never a float. */
      savingsFen: number;
    };
    CaseSavings: {
      plans: components['schemas']['PlanSavings'][];
      /** @description One row per currency some plan is in. */
      totals: components['schemas']['CurrencySavings'][];
    };
    LivingMinimum: {
      id: string;
      region: string;
      currency: components['schemas']['Currency'];
      monthlyFenPerPerson: number;
      effectiveFrom: string;
      /** @description Where the figure comes from (the notice that set it). */
      source: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
    };
    LivingMinimumPage: {
      data: components['schemas']['LivingMinimum'][];
      total: number;
    };
    CreateLivingMinimumDto: {
      /** @description the region, e.g. 上海市 or 臺北市 */
      region: string;
      currency: components['schemas']['Currency'];
      /** @description fen (of the currency) a person a month */
      monthlyFenPerPerson: number;
      /** @description YYYY-MM-DD */
      effectiveFrom: string;
      /** @description the notice that sets the figure */
      source: string;
    };
    UpdateLivingMinimumDto: {
      /** @description the region, e.g. 上海市 or 臺北市 */
      region?: string;
      currency?: components['schemas']['Currency'];
      /** @description fen (of the currency) a person a month */
      monthlyFenPerPerson?: number;
      /** @description YYYY-MM-DD */
      effectiveFrom?: string;
      /** @description the notice that sets the figure */
      source?: string;
      version: number;
    };
    ShownUntilView: {
      /** @enum {string} */
      kind: 'date' | 'until_repaid_plus';
      /** @example 2031-02-15 */
      until: string | null;
      /** @example 5 */
      years: number | null;
    };
    Relief2025View: {
      applies: boolean;
      reasons: components['schemas']['Relief2025Reason'][];
      /** @description Not yet repaid and the deadline ahead: repaying in full by this day brings it under the relief. */
      stillPossibleUntil: string | null;
    };
    CreditEntryView: {
      id: string;
      caseId: string;
      debtId: string | null;
      reportFileId: string | null;
      market: components['schemas']['Market'];
      /** @description CNY for mainland entries, TWD for Taiwan ones. */
      currency: string & components['schemas']['Currency'];
      /** @example 招商銀行 */
      institution: string;
      /** @example 4821 */
      accountLast4: string | null;
      product: components['schemas']['CreditorProduct'];
      status: components['schemas']['CreditEntryStatus'];
      /**
       * @description In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 860000
       */
      overdueFen: number;
      /** @example 2024-03-10 */
      defaultStartedOn: string | null;
      /** @example 2026-02-15 */
      repaidOn: string | null;
      displayRuleCode: string | null;
      note: string | null;
      /** @description Worked out: null for an account with no negative record. */
      shownUntil: components['schemas']['ShownUntilView'] | null;
      /** @description Worked out for mainland entries with a negative record; null otherwise. */
      relief: components['schemas']['Relief2025View'] | null;
      createdAt: string;
      updatedAt: string;
      version: number;
    };
    CreditDisputeView: {
      id: string;
      entryId: string;
      caseId: string;
      grounds: components['schemas']['CreditDisputeGround'][];
      explanation: string;
      venue: components['schemas']['CreditDisputeVenue'];
      status: components['schemas']['CreditDisputeStatus'];
      filedOn: string | null;
      /** @description 20 days after filing. */
      answerDueOn: string | null;
      /** @description Filed, unanswered and past its due day (the firm's today). */
      overdue: boolean;
      answeredOn: string | null;
      outcome: (string & components['schemas']['CreditDisputeOutcome']) | null;
      answerFileId: string | null;
      answerNote: string | null;
      withdrawnOn: string | null;
      withdrawalReason: string | null;
      evidenceFileIds: string[];
      createdAt: string;
      updatedAt: string;
      version: number;
    };
    NothingToDisputeView: {
      reason: string;
      decidedBy: string | null;
      decidedAt: string;
    };
    CaseCreditRecordView: {
      entries: components['schemas']['CreditEntryView'][];
      disputes: components['schemas']['CreditDisputeView'][];
      nothingToDispute: components['schemas']['NothingToDisputeView'] | null;
    };
    ClientSummaryParagraph: {
      entryId: string;
      /** @example 花唄（重慶螞蟻消費金融）（花唄，帳號末四碼 0731）：自 2023年5月2日 起逾期 ¥860.00，已於 2026年2月15日 全數清償。… */
      text: string;
    };
    ClientSummaryView: {
      locale: components['schemas']['Locale'];
      paragraphs: components['schemas']['ClientSummaryParagraph'][];
      notice: string;
    };
    NothingToDisputeDto: {
      /**
       * @description Why nothing on the report is wrong (every record is true and shown for its period).
       * @example 報告所列逾期紀錄均屬實，無可申請異議之處。
       */
      reason: string;
    };
    CreditDisplayRuleLabels: {
      'zh-TW': string;
      'zh-CN': string;
      en: string;
    };
    CreditDisplayRuleView: {
      /** @example jcic_card_late */
      code: string;
      market: components['schemas']['Market'];
      /** @example 12 */
      months: number;
      /** @enum {string} */
      countsFrom: 'repaid' | 'default_started';
      labels: components['schemas']['CreditDisplayRuleLabels'];
    };
    CreateCreditEntryDto: {
      /** Format: uuid */
      caseId: string;
      /**
       * Format: uuid
       * @description The case's debt this account is, when it is one.
       */
      debtId?: string | null;
      /**
       * Format: uuid
       * @description The credit report on the case's checklist it was read from.
       */
      reportFileId?: string | null;
      /** @description CN: the People's Bank of China credit reference centre; TW: 聯徵 (its display rule named as data). */
      market: string & components['schemas']['Market'];
      /** @example 招商銀行 */
      institution: string;
      /** @example 4821 */
      accountLast4?: string | null;
      product: components['schemas']['CreditorProduct'];
      status: components['schemas']['CreditEntryStatus'];
      /**
       * @description The overdue amount the report shows, in fen of the market's currency.
       * @example 860000
       */
      overdueFen: number;
      /**
       * Format: date
       * @description The day the account first went overdue.
       * @example 2024-03-10
       */
      defaultStartedOn?: string | null;
      /**
       * Format: date
       * @description The day the overdue amount was fully repaid (the end of the default).
       * @example 2026-02-15
       */
      repaidOn?: string | null;
      /**
       * @description Taiwan entries: the agency's display rule (GET /api/credit-display-rules); none for mainland ones.
       * @example jcic_card_late
       */
      displayRuleCode?: string | null;
      note?: string | null;
    };
    UpdateCreditEntryDto: {
      /** Format: uuid */
      debtId?: string | null;
      /** Format: uuid */
      reportFileId?: string | null;
      institution?: string;
      accountLast4?: string | null;
      product?: components['schemas']['CreditorProduct'];
      status?: components['schemas']['CreditEntryStatus'];
      /** @description In fen (1/100 of the currency unit), an integer: money is never a float. */
      overdueFen?: number;
      /** Format: date */
      defaultStartedOn?: string | null;
      /** Format: date */
      repaidOn?: string | null;
      displayRuleCode?: string | null;
      note?: string | null;
      /** @description the version you read; a stale one answers 409 */
      version: number;
    };
    CreateCreditDisputeDto: {
      /** Format: uuid */
      entryId: string;
      grounds: components['schemas']['CreditDisputeGround'][];
      /**
       * @description What is wrong, in the words the application will carry.
       * @example 該筆逾期已於 2026-02-15 全數清償，報告仍顯示逾期中。
       */
      explanation: string;
      venue: components['schemas']['CreditDisputeVenue'];
      /** @description The case's files that prove it (a repayment receipt, the creditor's letter…). */
      evidenceFileIds?: string[];
    };
    UpdateCreditDisputeDto: {
      grounds?: components['schemas']['CreditDisputeGround'][];
      explanation?: string;
      venue?: components['schemas']['CreditDisputeVenue'];
      evidenceFileIds?: string[];
      /** @description the version you read; a stale one answers 409 */
      version: number;
    };
    FileCreditDisputeDto: {
      /**
       * Format: date
       * @description The day it was filed; the answer is due 20 days later. Not after today (DATE_IN_FUTURE).
       * @example 2026-12-01
       */
      filedOn: string;
      version: number;
    };
    AnswerCreditDisputeDto: {
      /**
       * Format: date
       * @description The day the written answer arrived: on or after the filing (ANSWER_BEFORE_FILING), not after today.
       * @example 2026-12-18
       */
      answeredOn: string;
      outcome: components['schemas']['CreditDisputeOutcome'];
      /**
       * Format: uuid
       * @description The answer letter, uploaded to the case's documents.
       */
      answerFileId?: string | null;
      answerNote?: string | null;
      version: number;
    };
    WithdrawCreditDisputeDto: {
      /** @example 客戶決定不再申請 */
      reason: string;
      version: number;
    };
    CourtEventView: {
      id: string;
      matterId: string;
      caseId: string;
      /** @enum {string} */
      kind:
        | 'summons_received'
        | 'answer_deadline'
        | 'mediation'
        | 'hearing'
        | 'judgment'
        | 'ruling'
        | 'appeal_deadline'
        | 'enforcement'
        | 'consumption_limit'
        | 'defaulter_list';
      /**
       * @description The day: received, sitting, decided, deadline's last day, start of a limit.
       * @example 2026-12-15
       */
      occursOn: string;
      /**
       * @description A sitting's time, firm wall clock.
       * @example 09:30
       */
      startsAt: string | null;
      /** @description A sitting elsewhere than the matter's court. */
      court: string | null;
      /** @example 第三法庭 */
      room: string | null;
      attendees: ('officer' | 'none' | 'client' | 'lawyer')[];
      /**
       * @description A judgment's or ruling's service on the client.
       * @example 2026-12-01
       */
      servedOn: string | null;
      /**
       * @description A judgment's amount, an enforcement's sum. In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 5230000
       */
      amountFen: number | null;
      /** @description A consumption limit or the defaulter list: until when. */
      untilOn: string | null;
      /** @description A deadline: the summons or decision it counts from. */
      countsFrom: string | null;
      /** @description A deadline: the day worked out from the statutory period and the court calendar. */
      computedOn: string | null;
      /** @description A deadline set to another day than worked out: why. */
      changeReason: string | null;
      /** @description A deadline: the day the answer or appeal was filed, or the decision to let it pass. */
      completedOn: string | null;
      /** @enum {string|null} */
      outcome: 'filed' | 'not_filed' | null;
      completionNote: string | null;
      note: string | null;
      /** @description The case's documents attached to the event. */
      documentIds: string[];
      /** @description A deadline past with nothing recorded. */
      passed: boolean;
      createdAt: string;
      version: number;
    };
    CourtMatterView: {
      id: string;
      caseId: string;
      /** @enum {string} */
      kind:
        'lawsuit' | 'payment_order' | 'arbitration' | 'pre_suit_mediation' | 'rehabilitation' | 'liquidation';
      /** @example 上海市浦東新區人民法院 */
      court: string;
      /** @example (2026)滬0115民初12345號 */
      caseNumber: string | null;
      /**
       * @description Who brought it (the creditor, or the client for 更生 / 清算).
       * @example 招商銀行信用卡中心
       */
      claimant: string | null;
      /**
       * @description In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 5230000
       */
      claimedFen: number | null;
      currency: components['schemas']['Currency'];
      /** @enum {string} */
      status: 'open' | 'concluded';
      concludedOn: string | null;
      note: string | null;
      debtIds: string[];
      events: components['schemas']['CourtEventView'][];
      createdAt: string;
      version: number;
    };
    CreditorDemandView: {
      id: string;
      debtId: string;
      caseId: string;
      /** @enum {string} */
      kind: 'collection_notice' | 'other_demand' | 'acknowledgement';
      /** @example 2026-09-10 */
      receivedOn: string;
      note: string | null;
      createdAt: string;
    };
    RiskReasonView: {
      /** @enum {string} */
      reason:
        | 'COURT_MATTER_OPEN'
        | 'OVERDUE_M1'
        | 'OVERDUE_M2'
        | 'OVERDUE_M3'
        | 'OVERDUE_M3_PLUS'
        | 'AMOUNT_LARGE'
        | 'CREDITOR_SUES_OFTEN'
        | 'CREDITOR_SUES_SOMETIMES'
        | 'CARD_PRINCIPAL_NEAR_196'
        | 'CARD_PRINCIPAL_AT_196'
        | 'MALICIOUS_OVERDRAFT_COUNTING'
        | 'MALICIOUS_OVERDRAFT_LINE_CROSSED'
        | 'LIMITATION_ENDING'
        | 'LIMITATION_MAY_HAVE_RUN';
      /** @enum {string} */
      level: 'none' | 'low' | 'high' | 'sued' | 'medium';
      /** @description The day the reason speaks of (the Art. 196 line, the limitation period's end). */
      on: string | null;
      /** @description The figure it was worked out from (days overdue, fen, notices). */
      figure: number | null;
    };
    DebtRiskView: {
      debtId: string;
      creditorName: string;
      currency: components['schemas']['Currency'];
      /** @enum {string} */
      creditorPractice: 'unknown' | 'rarely' | 'sometimes' | 'often';
      /** @enum {string} */
      level: 'none' | 'low' | 'high' | 'sued' | 'medium';
      reasons: components['schemas']['RiskReasonView'][];
      /** @description The day the limitation period would end (3 years from the default or the last interruption). */
      limitationEndsOn: string | null;
    };
    CaseLitigationRiskView: {
      /** @enum {string} */
      level: 'none' | 'low' | 'high' | 'sued' | 'medium';
      /** @description The firm's day it was worked out on. */
      asOf: string;
      debts: components['schemas']['DebtRiskView'][];
    };
    CaseCourtView: {
      matters: components['schemas']['CourtMatterView'][];
      demands: components['schemas']['CreditorDemandView'][];
      risk: components['schemas']['CaseLitigationRiskView'];
    };
    CreateCourtMatterDto: {
      /** Format: uuid */
      caseId: string;
      /** @enum {string} */
      kind:
        'lawsuit' | 'payment_order' | 'arbitration' | 'pre_suit_mediation' | 'rehabilitation' | 'liquidation';
      /** @example 上海市浦東新區人民法院 */
      court: string;
      /** @example (2026)滬0115民初12345號 */
      caseNumber?: string | null;
      /**
       * @description Who brought it: the creditor (or a collector for it), or the client in 更生 / 清算.
       * @example 招商銀行信用卡中心
       */
      claimant?: string | null;
      /**
       * @description What is claimed, in fen of the debts' currency.
       * @example 5230000
       */
      claimedFen?: number | null;
      /** @description The case's debts the matter is about (at least one). */
      debtIds: string[];
      note?: string | null;
    };
    UpdateCourtMatterDto: {
      /** @example 1 */
      version: number;
      /** @example 上海市浦東新區人民法院 */
      court?: string;
      caseNumber?: string | null;
      claimant?: string | null;
      /** @description In fen (1/100 of the currency unit), an integer: money is never a float. */
      claimedFen?: number | null;
      debtIds?: string[];
      /**
       * @description Concluded: decided with nothing pending (enforcement may still follow as events).
       * @enum {string}
       */
      status?: 'open' | 'concluded';
      /** Format: date */
      concludedOn?: string | null;
      note?: string | null;
    };
    CreateCourtEventDto: {
      /** @example 09:30 */
      startsAt?: string | null;
      court?: string | null;
      /** @example 第三法庭 */
      room?: string | null;
      attendees?: ('officer' | 'lawyer' | 'client' | 'none')[];
      /** Format: date */
      servedOn?: string | null;
      /**
       * @description In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 5230000
       */
      amountFen?: number | null;
      /** Format: date */
      untilOn?: string | null;
      changeReason?: string | null;
      documentIds?: string[];
      note?: string | null;
      /** Format: uuid */
      matterId: string;
      /** @enum {string} */
      kind:
        | 'summons_received'
        | 'answer_deadline'
        | 'mediation'
        | 'hearing'
        | 'judgment'
        | 'ruling'
        | 'appeal_deadline'
        | 'enforcement'
        | 'consumption_limit'
        | 'defaulter_list';
      /**
       * Format: date
       * @description The day: received, sitting, decided, the deadline's last day, the start of a limit.
       * @example 2026-12-15
       */
      occursOn: string;
      /**
       * Format: uuid
       * @description A deadline recorded by hand: the summons or decision event it counts from.
       */
      countsFrom?: string | null;
    };
    UpdateCourtEventDto: {
      /** @example 09:30 */
      startsAt?: string | null;
      court?: string | null;
      /** @example 第三法庭 */
      room?: string | null;
      attendees?: ('officer' | 'lawyer' | 'client' | 'none')[];
      /** Format: date */
      servedOn?: string | null;
      /**
       * @description In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 5230000
       */
      amountFen?: number | null;
      /** Format: date */
      untilOn?: string | null;
      changeReason?: string | null;
      documentIds?: string[];
      note?: string | null;
      /** @example 1 */
      version: number;
      /** Format: date */
      occursOn?: string;
    };
    CompleteCourtDeadlineDto: {
      /** @example 1 */
      version: number;
      /** Format: date */
      completedOn: string;
      /** @enum {string} */
      outcome: 'filed' | 'not_filed';
      /** @description Required when the deadline is let pass: the client's decision and why. */
      note?: string | null;
    };
    CreateCreditorDemandDto: {
      /** Format: uuid */
      debtId: string;
      /** @enum {string} */
      kind: 'collection_notice' | 'other_demand' | 'acknowledgement';
      /**
       * Format: date
       * @example 2026-09-10
       */
      receivedOn: string;
      note?: string | null;
    };
    AgendaItemView: {
      eventId: string;
      matterId: string;
      caseId: string;
      /** @example A-2026-0012 */
      caseReference: string;
      clientName: string;
      officerName: string | null;
      /** @enum {string} */
      kind:
        | 'summons_received'
        | 'answer_deadline'
        | 'mediation'
        | 'hearing'
        | 'judgment'
        | 'ruling'
        | 'appeal_deadline'
        | 'enforcement'
        | 'consumption_limit'
        | 'defaulter_list';
      /** @enum {string} */
      matterKind:
        'lawsuit' | 'payment_order' | 'arbitration' | 'pre_suit_mediation' | 'rehabilitation' | 'liquidation';
      occursOn: string;
      startsAt: string | null;
      court: string;
      room: string | null;
      caseNumber: string | null;
      /** @description A deadline past with nothing recorded. */
      passed: boolean;
    };
    CourtAgendaView: {
      /** @description The firm's day the agenda starts. */
      from: string;
      to: string;
      hearings: components['schemas']['AgendaItemView'][];
      deadlines: components['schemas']['AgendaItemView'][];
      /** @description Answer or appeal deadlines passed with nothing recorded. */
      passedDeadlines: components['schemas']['AgendaItemView'][];
    };
    MattersByKindView: {
      /** @enum {string} */
      kind:
        'lawsuit' | 'payment_order' | 'arbitration' | 'pre_suit_mediation' | 'rehabilitation' | 'liquidation';
      open: number;
      concluded: number;
    };
    CourtReportView: {
      /** @description The firm's day the agenda starts. */
      from: string;
      to: string;
      hearings: components['schemas']['AgendaItemView'][];
      deadlines: components['schemas']['AgendaItemView'][];
      /** @description Answer or appeal deadlines passed with nothing recorded. */
      passedDeadlines: components['schemas']['AgendaItemView'][];
      mattersByKind: components['schemas']['MattersByKindView'][];
    };
    CourtCalendarDayView: {
      /** @example 2026-10-01 */
      day: string;
      working: boolean;
      /** @example 國慶日 */
      name: string;
    };
    PutCourtCalendarDayDto: {
      /** @example false */
      working: boolean;
      /** @example 國慶日 */
      name: string;
    };
    CalendarFeedView: {
      active: boolean;
      createdAt: string | null;
      lastFetchedAt: string | null;
      /**
       * @description Officers' feeds hold their own cases; managers' their team's; admins' the firm's.
       * @enum {string}
       */
      scope: 'team' | 'own' | 'firm';
    };
    CalendarFeedCreatedView: {
      active: boolean;
      createdAt: string | null;
      lastFetchedAt: string | null;
      /**
       * @description Officers' feeds hold their own cases; managers' their team's; admins' the firm's.
       * @enum {string}
       */
      scope: 'team' | 'own' | 'firm';
      /** @example https://accord.example/api/calendar-feeds/…/accord.ics */
      url: string;
    };
    OfficerDayReminder: {
      id: string;
      /** @example installment_due */
      kind: string;
      status: components['schemas']['ReminderStatus'];
      /**
       * Format: date-time
       * @example 2025-06-02T01:00:00.000Z
       */
      dueAt: string;
      /** @description Due before today began. */
      overdue: boolean;
      /** @description What the reminder is about; its keys depend on the kind. */
      payload: {
        [key: string]: unknown;
      };
      /** @example 6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e */
      caseId: string;
      /** @example AC-2025-000123 */
      reference: string;
      clientName: string;
    };
    OfficerDayReminders: {
      total: number;
      items: components['schemas']['OfficerDayReminder'][];
    };
    OfficerDayFollowUp: {
      id: string;
      /**
       * Format: date-time
       * @description When the follow-up is due.
       */
      dueAt: string;
      /** @description Due before today began. */
      overdue: boolean;
      party: components['schemas']['ContactParty'];
      channel: components['schemas']['ContactChannel'];
      /** @description Whom the officer spoke to, when noted. */
      person: string | null;
      summary: string;
      /** @example 6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e */
      caseId: string;
      /** @example AC-2025-000123 */
      reference: string;
      clientName: string;
    };
    OfficerDayFollowUps: {
      total: number;
      items: components['schemas']['OfficerDayFollowUp'][];
    };
    OfficerDayDocumentToVerify: {
      id: string;
      kind: components['schemas']['DocumentKind'];
      /** Format: date-time */
      receivedAt: string | null;
      /** @example 6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e */
      caseId: string;
      /** @example AC-2025-000123 */
      reference: string;
      clientName: string;
    };
    OfficerDayDocumentsToVerify: {
      total: number;
      items: components['schemas']['OfficerDayDocumentToVerify'][];
    };
    OfficerDayDocumentOverdue: {
      id: string;
      kind: components['schemas']['DocumentKind'];
      status: components['schemas']['RequirementStatus'];
      /**
       * @description On the firm's calendar.
       * @example 2025-05-20
       */
      dueOn: string;
      daysLate: number;
      /** @example 6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e */
      caseId: string;
      /** @example AC-2025-000123 */
      reference: string;
      clientName: string;
    };
    OfficerDayDocumentsOverdue: {
      total: number;
      items: components['schemas']['OfficerDayDocumentOverdue'][];
    };
    OfficerDayInstallment: {
      id: string;
      number: number;
      /**
       * @description On the firm's calendar.
       * @example 2025-06-05
       */
      dueDate: string;
      /**
       * @description In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 250000
       */
      amountFen: number;
      /** @description What is still owed on it (less than the amount when part is paid). In fen (1/100 of the currency unit), an integer: money is never a float. */
      owedFen: number;
      /** @description The plan's debt's currency: both amounts are in it. */
      currency: string & components['schemas']['Currency'];
      missed: boolean;
      /** @description Days since the due date: negative while it is still to come, 0 on the day. */
      daysLate: number;
      planId: string;
      /** @description The creditor's name. */
      creditor: string;
      /** @example 6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e */
      caseId: string;
      /** @example AC-2025-000123 */
      reference: string;
      clientName: string;
    };
    OfficerDayInstallments: {
      total: number;
      items: components['schemas']['OfficerDayInstallment'][];
    };
    OfficerDayStaleCase: {
      /** @enum {string} */
      stage:
        'intake' | 'documents' | 'creditor_contact' | 'negotiating' | 'agreed' | 'repaying' | 'credit_repair';
      /** Format: date-time */
      lastActivityAt: string;
      /** @description Calendar days since the last activity. */
      daysQuiet: number;
      /** @example 6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e */
      caseId: string;
      /** @example AC-2025-000123 */
      reference: string;
      clientName: string;
    };
    OfficerDayStaleCases: {
      total: number;
      items: components['schemas']['OfficerDayStaleCase'][];
    };
    OfficerDay: {
      /**
       * @description Today on the firm's calendar.
       * @example 2025-06-02
       */
      date: string;
      /** @example Asia/Taipei */
      timeZone: string;
      /** @description A case with no activity for this many days is stale. */
      staleAfterDays: number;
      reminders: components['schemas']['OfficerDayReminders'];
      followUps: components['schemas']['OfficerDayFollowUps'];
      documentsToVerify: components['schemas']['OfficerDayDocumentsToVerify'];
      documentsOverdue: components['schemas']['OfficerDayDocumentsOverdue'];
      /** @description Unpaid installments due within the next seven days (today included). */
      installmentsDueSoon: components['schemas']['OfficerDayInstallments'];
      /** @description Unpaid installments whose due date has passed. */
      installmentsMissed: components['schemas']['OfficerDayInstallments'];
      staleCases: components['schemas']['OfficerDayStaleCases'];
    };
    ReportPeriodView: {
      /** @example 2025-05-04 */
      from: string;
      /** @example 2025-06-02 */
      to: string;
    };
    WorkloadMoneyFigures: {
      /**
       * @description What the cases in creditor contact or negotiation still owe. In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 12500000
       */
      underNegotiationFen: number;
      /**
       * @description The totals of the plans agreed in the period. In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 8400000
       */
      agreedFen: number;
      /**
       * @description What those plans save the clients against what they owed. In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 2100000
       */
      savedFen: number;
    };
    WorkloadOverdueCounts: {
      /** @description Reminders to the officer past their time and not sent. */
      reminders: number;
      /** @description Papers still waiting on the client past their due date. */
      documents: number;
      /** @description Follow-ups with creditors past their time and not answered. */
      followUps: number;
    };
    OfficerWorkloadView: {
      /** @description Open cases, keyed by every stage but closed (0 when none). */
      openByStage: {
        [key: string]: number;
      };
      /** @description Cases closed in the period, keyed by every outcome (0 when none). */
      outcomes: {
        [key: string]: number;
      };
      /**
       * @description Median length in days (one decimal) of the stays in each stage but closed that ended in the period;
       *     null when none ended.
       */
      medianDaysByStage: {
        [key: string]: number | null;
      };
      /** @description Keyed by every currency (zero when none), in its minor units: yuan and Taiwan dollars are never added. */
      money: {
        [key: string]: components['schemas']['WorkloadMoneyFigures'];
      };
      /** @example 3f2a9c4e-8b1d-4e6f-a0c2-5d7e9f1b3a64 */
      officerId: string;
      name: string;
      teamId: string | null;
      openCases: number;
      /** @description Cases opened in the period. */
      opened: number;
      /** @description Cases closed in the period. */
      closed: number;
      overdue: components['schemas']['WorkloadOverdueCounts'];
      /** @description Installments past their due date and not paid in full, on plans still running. */
      missedInstallments: number;
      /** @description Open cases with no activity for the firm's stale period or longer. */
      staleCases: number;
    };
    WorkloadTotals: {
      /** @description Open cases, keyed by every stage but closed (0 when none). */
      openByStage: {
        [key: string]: number;
      };
      /** @description Cases closed in the period, keyed by every outcome (0 when none). */
      outcomes: {
        [key: string]: number;
      };
      /**
       * @description Median length in days (one decimal) of the stays in each stage but closed that ended in the period;
       *     null when none ended.
       */
      medianDaysByStage: {
        [key: string]: number | null;
      };
      /** @description Keyed by every currency (zero when none), in its minor units: yuan and Taiwan dollars are never added. */
      money: {
        [key: string]: components['schemas']['WorkloadMoneyFigures'];
      };
      /** @description Active officers counted. */
      officers: number;
      openCases: number;
      /** @description Cases opened in the period. */
      opened: number;
      /** @description Cases closed in the period. */
      closed: number;
      overdue: components['schemas']['WorkloadOverdueCounts'];
      /** @description Installments past their due date and not paid in full, on plans still running. */
      missedInstallments: number;
      /** @description Open cases with no activity for the firm's stale period or longer. */
      staleCases: number;
    };
    WorkloadFunnelStep: {
      step: components['schemas']['FunnelStep'];
      /** @description Cases opened in the period that have reached this step (ever, even if they went back later). */
      cases: number;
      /**
       * @description cases / the previous step's cases (four decimals); null for the first step or when the previous step has none.
       * @example 0.8125
       */
      conversionFromPrevious: number | null;
    };
    WorkloadReportView: {
      /**
       * @description When the figures were read: `live` ones at this instant; the whole firm's for the standard period
       *     come from the worker's `snapshot`, taken at most a few minutes before (this says when).
       * @example 2025-06-02T01:15:00.000Z
       */
      asOf: string;
      /** @enum {string} */
      source: 'live' | 'snapshot';
      period: components['schemas']['ReportPeriodView'];
      /** @description The team reported on; null for the whole firm. */
      teamId: string | null;
      officers: components['schemas']['OfficerWorkloadView'][];
      totals: components['schemas']['WorkloadTotals'];
      /** @description Cases opened in the period, by the furthest steps they have reached, in the spine's order. */
      funnel: components['schemas']['WorkloadFunnelStep'][];
    };
    OfficerOpenLoad: {
      /** @example 3f2a9c4e-8b1d-4e6f-a0c2-5d7e9f1b3a64 */
      officerId: string;
      name: string;
      /**
       * @description Open cases weighted by stage (see `weights`).
       * @example 7.5
       */
      load: number;
      openCases: number;
    };
    AssignmentSuggestion: {
      /** @description How much work an open case is, keyed by every stage but closed. */
      weights: {
        [key: string]: number;
      };
      /** @example 9b1e4d2c-7a3f-4c5e-b8d6-0f2a1c3e5d7b */
      teamId: string;
      /** @description The first of `officers`; null when the team has no active officer. */
      suggested: components['schemas']['OfficerOpenLoad'] | null;
      /** @description Every active officer of the team, lightest load first (then fewer open cases, then by name). */
      officers: components['schemas']['OfficerOpenLoad'][];
    };
    CreditDisputeFiguresView: {
      /** @description The team counted; null for the whole firm. */
      teamId: string | null;
      /** @example 2026-12-07 */
      today: string;
      /** @description Prepared or filed, not yet answered or withdrawn. */
      open: number;
      /** @description Filed, with the answer due from today to six days on. */
      dueThisWeek: number;
      /** @description Filed, and the 20 days for the answer have passed. */
      overdue: number;
    };
    CreditorProposalKindFigures: {
      kind: components['schemas']['ProposalKind'];
      /** @description Proposals first sent to the creditor in the period (whatever their answer so far). */
      submitted: number;
      accepted: number;
      rejected: number;
      /**
       * @description accepted / (accepted + rejected), four decimals: answers only; null when none was answered.
       * @example 0.6667
       */
      acceptanceRate: number | null;
    };
    CreditDisputeOutcomeFiguresView: {
      answered: number;
      /** @description The record was corrected. */
      corrected: number;
      /** @description The agency or lender found the record right: it stays as it was. */
      noErrorFound: number;
      /** @description It could not be verified: the record is marked as disputed. */
      cannotBeVerified: number;
    };
    CreditorReportRowView: {
      /** @example c2d4e6f8-1a3b-4c5d-9e7f-2a4b6c8d0e1f */
      creditorId: string;
      name: string;
      /** @description The currency of every amount in the row. */
      currency: string & components['schemas']['Currency'];
      /** @description Every proposal kind, in the contracts' order (zeros when none was sent). */
      byKind: components['schemas']['CreditorProposalKindFigures'][];
      submitted: number;
      accepted: number;
      rejected: number;
      /** @description accepted / (accepted + rejected) over every kind; null when none was answered. */
      acceptanceRate: number | null;
      /** @description Median days from the debt's first submitted proposal to the accepted one (one decimal). */
      medianDaysToAgreement: number | null;
      /**
       * @description Average penalty interest waived per accepted proposal, in minor units of `currency` (rounded); null
       *     when none was accepted. In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 36000
       */
      averagePenaltyWaivedFen: number | null;
      /**
       * @description Sum of the accepted proposals' totals, in minor units of `currency`. In fen (1/100 of the currency unit), an integer: money is never a float.
       * @example 8400000
       */
      agreedFen: number;
      disputes: components['schemas']['CreditDisputeOutcomeFiguresView'];
    };
    CreditorReportView: {
      /** @example 2025-06-02T01:15:00.000Z */
      asOf: string;
      period: components['schemas']['ReportPeriodView'];
      /** @description The team whose officers' cases are counted; null for the whole firm. */
      teamId: string | null;
      creditors: components['schemas']['CreditorReportRowView'][];
    };
    ErrorBody: {
      /** @example 409 */
      statusCode: number;
      /**
       * @example ACTION_REFUSED
       * @enum {string}
       */
      code:
        | 'VALIDATION_FAILED'
        | 'MALFORMED_JSON'
        | 'MALFORMED_MULTIPART'
        | 'PAYLOAD_TOO_LARGE'
        | 'UNAUTHENTICATED'
        | 'INVALID_CREDENTIALS'
        | 'TOKEN_REVOKED'
        | 'SESSION_ENDED'
        | 'CSRF_HEADER_MISSING'
        | 'UPLOAD_TOKEN_MISSING'
        | 'IDENTIFIER_IN_URL'
        | 'FORBIDDEN'
        | 'PASSWORD_CHANGE_REQUIRED'
        | 'CURRENT_PASSWORD_WRONG'
        | 'PASSWORD_REJECTED'
        | 'SECOND_FACTOR_REQUIRED'
        | 'SECOND_FACTOR_WRONG'
        | 'SECOND_FACTOR_ENROLLED'
        | 'SECOND_FACTOR_NOT_STARTED'
        | 'SECOND_FACTOR_ENROLMENT_REQUIRED'
        | 'NOT_FOUND'
        | 'ROUTE_NOT_FOUND'
        | 'STALE_VERSION'
        | 'CONCURRENT_UPDATE'
        | 'EMAIL_TAKEN'
        | 'TEAM_NAME_TAKEN'
        | 'TEAM_HAS_MEMBERS'
        | 'MANAGER_ALREADY_LEADS_TEAM'
        | 'INVALID_TEAM_MANAGER'
        | 'CANNOT_DISABLE_SELF'
        | 'CONFLICT'
        | 'TOO_MANY_SIGN_IN_ATTEMPTS'
        | 'TOO_MANY_REQUESTS'
        | 'UNPROCESSABLE'
        | 'SERVICE_UNAVAILABLE'
        | 'ACTION_REFUSED'
        | 'DATABASE_BUSY'
        | 'DATABASE_UNAVAILABLE'
        | 'STATEMENT_CURRENCY_NEEDED'
        | 'STATEMENT_CURRENCY_NOT_OWED'
        | 'AMOUNT_NEGATIVE'
        | 'CURRENCY_UNKNOWN'
        | 'REGION_MISSING'
        | 'LIVING_MINIMUM_CURRENCY_MISMATCH'
        | 'LIVING_MINIMUM_UNKNOWN'
        | 'LIVING_MINIMUM_EXISTS'
        | 'RATE_NOT_POSITIVE'
        | 'DATE_INVALID'
        | 'LPR_RATE_EXISTS'
        | 'CASE_TRANSITION_REFUSED'
        | 'CASE_CLOSED'
        | 'PLAN_NOT_RESUMABLE'
        | 'OVERDUE_EXCEEDS_OUTSTANDING'
        | 'EXCLUSION_NEEDS_REASON'
        | 'EXPORT_TOO_LARGE'
        | 'IMPORT_HAS_ERRORS'
        | 'CLIENT_EXISTS'
        | 'CREDITOR_EXISTS'
        | 'PERIOD_INVALID'
        | 'REQUIREMENT_MOVE_REFUSED'
        | 'REASON_REQUIRED'
        | 'DUPLICATE_FILE'
        | 'UNSUPPORTED_FILE_TYPE'
        | 'EMPTY_FILE'
        | 'NO_FILE'
        | 'LINK_INVALID'
        | 'TEMPLATE_EXISTS'
        | 'PROPOSAL_TERMS_LOCKED'
        | 'PROPOSAL_STATUS_REFUSED'
        | 'PROPOSAL_NOT_ACCEPTABLE'
        | 'DEBT_ALREADY_AGREED'
        | 'PLAN_TERMS_INVALID'
        | 'CHARGE_TERMS_INVALID'
        | 'DEBT_NOT_IN_CASE'
        | 'CONTACT_NOT_IN_CASE'
        | 'FILE_NOT_IN_CASE'
        | 'CREDIT_ENTRY_HAS_DISPUTES'
        | 'DISPLAY_RULE_INVALID'
        | 'REMINDER_NOT_FAILED'
        | 'FILE_INFECTED'
        | 'VIRUS_SCAN_UNAVAILABLE'
        | 'INTERNAL_ERROR';
      /** @example The case policy refuses this action */
      message: string;
      /** @description What the code needs to be acted on. The fields below recur across codes; a code may add its own (the existing client of CLIENT_EXISTS, the rows of IMPORT_HAS_ERRORS, …). */
      details?: {
        /** @description VALIDATION_FAILED: each field of the body or query and what is wrong with it */
        fields?: {
          /** @example overdueSince */
          field: string;
          problems: string[];
        }[];
        /**
         * @description the one field a refusal is about
         * @example newPassword
         */
        field?: string;
        /** @description PASSWORD_REJECTED: the rules the password breaks */
        problems?: string[];
        /** @description ACTION_REFUSED: why the case policy refuses, each a reason the screens word */
        reasons?: components['schemas']['CasePolicyReason'][];
        /** @description STALE_VERSION: the version to read again */
        currentVersion?: number;
        /** @description TOO_MANY_…: when to try again */
        retryAfterSeconds?: number;
      } & {
        [key: string]: unknown;
      };
      /** @description for a 500 only: the id its log line carries */
      errorId?: string;
    };
    /** @enum {string} */
    CardRiskClass: 'normal' | 'special_mention' | 'substandard' | 'doubtful' | 'loss';
    /** @enum {string} */
    CaseOutcome: 'resolved' | 'withdrawn' | 'failed' | 'litigated';
    /** @enum {string} */
    CasePolicyReason:
      | 'CONSENT_MISSING'
      | 'CONSENT_WITHDRAWN'
      | 'NEEDS_CONSENT'
      | 'NEEDS_NEGOTIATION_CONSENT'
      | 'CASE_CLOSED'
      | 'CASE_NOT_CLOSED'
      | 'WRONG_STAGE'
      | 'TRANSITION_NOT_ALLOWED'
      | 'MANAGER_ONLY'
      | 'NEEDS_MOVE_REASON'
      | 'CLOSE_NEEDS_MANAGER'
      | 'NEEDS_A_DEBT'
      | 'NEEDS_OUTCOME'
      | 'NEEDS_CLOSING_NOTE'
      | 'DOCUMENTS_INCOMPLETE'
      | 'PROPOSALS_NOT_ACCEPTED'
      | 'NO_REPAYMENT_PLAN'
      | 'PLANS_NOT_COMPLETED'
      | 'EXCEEDS_CREDITOR_LIMIT'
      | 'APPROVAL_NEEDS_MANAGER'
      | 'APPROVAL_NEEDS_REASON'
      | 'FREEZE_CARRIES_NO_CHARGE'
      | 'PAYEE_NOT_CREDITOR'
      | 'PLAN_ENDED'
      | 'PAYMENT_BEFORE_PLAN_START'
      | 'PAYMENT_IN_FUTURE'
      | 'OVERDUE_DATE_IN_FUTURE'
      | 'CONTRACT_DATE_IN_FUTURE'
      | 'PRINCIPAL_EXCEEDS_OUTSTANDING'
      | 'VERIFY_NEEDS_FILE'
      | 'WAIVE_NEEDS_REASON'
      | 'CREDIT_DISPUTES_OPEN'
      | 'CREDIT_RECORD_NOT_REVIEWED'
      | 'DISPUTE_NEEDS_EVIDENCE'
      | 'DISPUTE_NOT_FILED'
      | 'DISPUTE_ALREADY_FILED'
      | 'DISPUTE_ALREADY_CLOSED'
      | 'ANSWER_BEFORE_FILING'
      | 'DATE_IN_FUTURE'
      | 'NEEDS_REASON'
      | 'DISPUTES_EXIST'
      | 'LITIGATED_NEEDS_COURT_MATTER'
      | 'HEARING_BEFORE_SUMMONS'
      | 'DEADLINE_BEFORE_SERVICE'
      | 'DEADLINE_CHANGE_NEEDS_REASON'
      | 'SERVICE_DATE_REQUIRED'
      | 'UNTIL_BEFORE_START'
      | 'DEBTOR_PROCEDURE_NOT_TAIWAN'
      | 'DEADLINE_ALREADY_COMPLETED'
      | 'NOT_A_DEADLINE'
      | 'SERVICE_BEFORE_DECISION';
    /** @enum {string} */
    ConsentPurpose: 'debt_negotiation' | 'credit_dispute' | 'litigation_support' | 'contact_creditors';
    /** @enum {string} */
    ContactChannel: 'hotline' | 'online_chat' | 'in_app' | 'letter' | 'visit' | 'phone' | 'wechat' | 'email';
    /** @enum {string} */
    ContactParty: 'creditor' | 'client';
    /** @enum {string} */
    CreditDisputeGround:
      'not_my_account' | 'wrong_amount' | 'wrong_dates' | 'already_repaid' | 'creditor_agreed' | 'other';
    /** @enum {string} */
    CreditDisputeOutcome: 'corrected' | 'no_error_found' | 'cannot_be_verified';
    /** @enum {string} */
    CreditDisputeStatus: 'draft' | 'filed' | 'answered' | 'withdrawn';
    /** @enum {string} */
    CreditDisputeVenue: 'credit_reference_centre' | 'lender';
    /** @enum {string} */
    CreditEntryStatus: 'overdue' | 'repaid_after_overdue' | 'written_off' | 'normal';
    /** @enum {string} */
    CreditorProduct: 'huabei' | 'jiebei' | 'credit_card' | 'consumer_loan' | 'online_loan' | 'other';
    /** @enum {string} */
    Currency: 'CNY' | 'TWD';
    /** @enum {string} */
    DebtStatus: 'open' | 'excluded' | 'settled' | 'paid_off';
    /** @enum {string} */
    DocumentKind:
      | 'id_card_front'
      | 'id_card_back'
      | 'proof_of_income'
      | 'hardship_unemployment'
      | 'hardship_medical'
      | 'hardship_disaster'
      | 'hardship_other'
      | 'bank_statements'
      | 'debt_statement'
      | 'credit_report'
      | 'power_of_attorney'
      | 'service_agreement'
      | 'financial_statement';
    /** @enum {string} */
    FunnelStep:
      'intake' | 'documents' | 'creditor_contact' | 'negotiating' | 'agreed' | 'repaying' | 'resolved';
    /** @enum {string} */
    IdDocumentType: 'cn_resident_id' | 'tw_national_id' | 'passport' | 'other';
    /** @enum {string} */
    Locale: 'zh-TW' | 'zh-CN' | 'en';
    /** @enum {string} */
    Market: 'CN' | 'TW';
    /** @enum {string} */
    NotificationChannel: 'in_app' | 'email' | 'sms';
    /** @enum {string} */
    OverdueReason: 'job_loss' | 'illness' | 'business_failure' | 'family_emergency' | 'other';
    /** @enum {string} */
    PayeeKind: 'creditor_account' | 'creditor_app' | 'someone_else' | 'unrecorded';
    /** @enum {string} */
    PaymentMethod: 'bank_transfer' | 'alipay' | 'wechat_pay' | 'card' | 'cash' | 'other';
    /** @enum {string} */
    PenaltyBase: 'overdue_amount' | 'outstanding_amount' | 'principal';
    /** @enum {string} */
    PlanChargeKind: 'none' | 'monthly_fee' | 'annual_rate';
    /** @enum {string} */
    ProposalKind: 'deferral' | 'installments' | 'interest_freeze' | 'lump_sum';
    /** @enum {string} */
    ProposalStatus: 'draft' | 'submitted' | 'countered' | 'accepted' | 'rejected' | 'withdrawn';
    /** @enum {string} */
    Relief2025Reason:
      | 'not_mainland'
      | 'amount_over_limit'
      | 'arose_before_2020'
      | 'arose_after_2025'
      | 'arisen_date_unknown'
      | 'repaid_after_deadline'
      | 'not_repaid';
    /** @enum {string} */
    ReminderRecipient: 'client' | 'officer' | 'manager';
    /** @enum {string} */
    ReminderStatus: 'scheduled' | 'sent' | 'cancelled' | 'failed';
    /** @enum {string} */
    RequirementMove: 'receive' | 'verify' | 'reject' | 'waive';
    /** @enum {string} */
    RequirementStatus: 'requested' | 'received' | 'verified' | 'rejected' | 'waived';
    /** @enum {string} */
    Role: 'officer' | 'manager' | 'admin';
  };
  responses: {
    /** @description Refused, in the one envelope: 400, 401, 403, 404, 409, 413, 415, 422 or 429, with its code */
    ClientError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorBody'];
      };
    };
    /** @description Not served, in the one envelope: 503 while a dependency is down; 500 with an errorId */
    ServerError: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/json': components['schemas']['ErrorBody'];
      };
    };
  };
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  AuditController_list: {
    parameters: {
      query?: {
        page?: number;
        perPage?: number;
        order?: 'ASC' | 'DESC';
        /** @description free-text search */
        q?: string;
        sort?: 'at' | 'action';
        action?: string;
        actorId?: string;
        entityType?: string;
        entityId?: string;
        from?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEntryPage'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  AuditController_show: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEntry'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  HealthController_live: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LivenessView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  HealthController_ready: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthCheckView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  HealthController_check: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthCheckView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  QueueBoardController_open: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SignInDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignInResult'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  AuthController_refresh: {
    parameters: {
      query?: never;
      header: {
        /** @description any non-empty value, e.g. 1 */
        'X-Accord-CSRF': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RefreshSessionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignInResult'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  AuthController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  AuthController_logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  AuthController_changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePasswordDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignInResult'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  SecondFactorController_status: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SecondFactorStatus'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  SecondFactorController_start: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SecondFactorEnrolment'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  SecondFactorController_confirm: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ConfirmSecondFactorDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SecondFactorRecoveryCodes'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  SecondFactorController_reset: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  SessionsController_mine: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionView'][];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  SessionsController_endMine: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        sessionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  SessionsController_ofUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SessionView'][];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  SessionsController_endOfUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        sessionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  SessionsController_getSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SecuritySettingsView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  SessionsController_updateSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateSecuritySettingsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SecuritySettingsView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  UsersController_list: {
    parameters: {
      query?: {
        page?: number;
        perPage?: number;
        order?: 'ASC' | 'DESC';
        /** @description free-text search */
        q?: string;
        sort?: 'fullName' | 'email' | 'role' | 'createdAt' | 'lastSignInAt';
        role?: components['schemas']['Role'];
        teamId?: string;
        active?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserPage'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  UsersController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  UsersController_show: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  UsersController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUserDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  TeamsController_list: {
    parameters: {
      query?: {
        page?: number;
        perPage?: number;
        order?: 'ASC' | 'DESC';
        /** @description free-text search */
        q?: string;
        sort?: 'name' | 'createdAt';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamPage'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  TeamsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateTeamDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  TeamsController_show: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  TeamsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  TeamsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateTeamDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CreditorsController_list: {
    parameters: {
      query: {
        page?: number;
        perPage?: number;
        order?: 'ASC' | 'DESC';
        /** @description free-text search */
        q?: string;
        sort: 'name' | 'createdAt' | 'product';
        product?: components['schemas']['CreditorProduct'];
        market?: components['schemas']['Market'];
        active?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreditorPage'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CreditorsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCreditorDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Creditor'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CreditorsController_show: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Creditor'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CreditorsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCreditorDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Creditor'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  LprRatesController_list: {
    parameters: {
      query: {
        page?: number;
        perPage?: number;
        order?: 'ASC' | 'DESC';
        /** @description free-text search */
        q?: string;
        sort: components['schemas']['Object'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LprRatePage'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  LprRatesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateLprRateDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LprRateView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  LprRatesController_show: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the effective date, YYYY-MM-DD */
        effectiveOn: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LprRateView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  LprRatesController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the effective date, YYYY-MM-DD */
        effectiveOn: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LprRateView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  LprRatesController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description the effective date, YYYY-MM-DD */
        effectiveOn: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateLprRateDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LprRateView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  ClientsController_list: {
    parameters: {
      query: {
        page?: number;
        perPage?: number;
        order?: 'ASC' | 'DESC';
        /** @description free-text search */
        q?: string;
        sort: 'fullName' | 'createdAt';
        officerId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientPage'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  ClientsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateClientDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  ClientsController_lookup: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ClientLookupDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientPage'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  ClientsController_show: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  ClientsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateClientDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  ClientsController_reveal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RevealedClientIdentifiers'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  RemindersController_list: {
    parameters: {
      query?: {
        page?: number;
        perPage?: number;
        order?: 'ASC' | 'DESC';
        /** @description free-text search */
        q?: string;
        sort?: 'dueAt' | 'createdAt' | 'status' | 'kind';
        caseId?: string;
        status?: components['schemas']['ReminderStatus'];
        /** @description only reminders for me: my cases as officer, my team as manager */
        mine?: string;
        /** @description due at or after this instant (ISO 8601) */
        dueFrom?: string;
        /** @description due before this instant (ISO 8601) */
        dueTo?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReminderPage'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  RemindersController_show: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Reminder'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  RemindersController_retry: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Reminder'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  RemindersController_failedDeliveries: {
    parameters: {
      query?: {
        page?: number;
        perPage?: number;
        order?: 'ASC' | 'DESC';
        /** @description free-text search */
        q?: string;
        /** @description only unread ones */
        unread?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FailedDeliveryPage'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  RemindersController_myNotifications: {
    parameters: {
      query?: {
        page?: number;
        perPage?: number;
        order?: 'ASC' | 'DESC';
        /** @description free-text search */
        q?: string;
        /** @description only unread ones */
        unread?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationPage'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  RemindersController_unread: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationUnreadCount'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  RemindersController_read: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Notification'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  RemindersController_readAll: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationsMarkedRead'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  RemindersController_getSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReminderSettings'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  RemindersController_updateSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateReminderSettingsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReminderSettings'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  RemindersController_myChannels: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReminderChannels'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  RemindersController_setMyChannels: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReminderChannelsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReminderChannels'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CasesController_list: {
    parameters: {
      query?: {
        page?: number;
        perPage?: number;
        order?: 'ASC' | 'DESC';
        /** @description free-text search */
        q?: string;
        sort?: 'openedOn' | 'reference' | 'totalOutstandingFen' | 'lastActivityAt' | 'earliestOverdueSince';
        stage?: components['schemas']['CaseStage'];
        /** @description the assigned officer (managers and admins) */
        officerId?: string;
        clientId?: string;
        /** @description cases with a debt owed to this creditor */
        creditorId?: string;
        /** @description M1 1–30, M2 31–60, M3 61–90, M3+ over 90 days overdue */
        overdueBucket?: components['schemas']['OverdueBucket'];
        litigationRisk?: components['schemas']['LitigationRisk'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CasePage'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CasesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCaseDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseDetail'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CasesController_export: {
    parameters: {
      query?: {
        page?: number;
        perPage?: number;
        order?: 'ASC' | 'DESC';
        /** @description free-text search */
        q?: string;
        sort?: 'openedOn' | 'reference' | 'totalOutstandingFen' | 'lastActivityAt' | 'earliestOverdueSince';
        stage?: components['schemas']['CaseStage'];
        /** @description the assigned officer (managers and admins) */
        officerId?: string;
        clientId?: string;
        /** @description cases with a debt owed to this creditor */
        creditorId?: string;
        /** @description M1 1–30, M2 31–60, M3 61–90, M3+ over 90 days overdue */
        overdueBucket?: components['schemas']['OverdueBucket'];
        litigationRisk?: components['schemas']['LitigationRisk'];
        /** @description language of the header row */
        locale?: components['schemas']['Locale'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CasesController_show: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseDetail'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CasesController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCaseDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseDetail'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CasesController_transition: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TransitionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseDetail'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CasesController_reopen: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReopenDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseDetail'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CasesController_actions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseActions'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CasesController_reassignMany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['BulkReassignDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseReassignment'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CasesController_reassign: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReassignDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseDetail'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CasesController_timeline: {
    parameters: {
      query?: {
        page?: number;
        perPage?: number;
        order?: 'ASC' | 'DESC';
        /** @description free-text search */
        q?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseTimelinePage'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CaseSettingsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseSettings'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CaseSettingsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCaseSettingsDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseSettings'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  DebtsController_list: {
    parameters: {
      query: {
        page?: number;
        perPage?: number;
        order?: 'ASC' | 'DESC';
        /** @description free-text search */
        q?: string;
        sort: 'createdAt' | 'overdueSince' | 'outstandingFen';
        caseId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DebtPage'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  DebtsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateDebtDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DebtDetail'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  DebtsController_show: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DebtDetail'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  DebtsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RemovedDebt'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  DebtsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateDebtDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DebtDetail'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  PenaltyProjectionController_project: {
    parameters: {
      query: {
        /** @description the debt whose penalty is projected */
        debtId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PenaltyProjection'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  ClientImportController_preview: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'text/csv': string;
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportPreview'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  ClientImportController_commit: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'text/csv': string;
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportResult'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  DocumentTemplatesController_list: {
    parameters: {
      query: {
        page?: number;
        perPage?: number;
        order?: 'ASC' | 'DESC';
        /** @description free-text search */
        q?: string;
        sort: 'createdAt' | 'kind';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentTemplatePage'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  DocumentTemplatesController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateTemplateDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentTemplate'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  DocumentTemplatesController_show: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentTemplate'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  DocumentTemplatesController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateTemplateDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentTemplate'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  DocumentRequirementsController_list: {
    parameters: {
      query: {
        page?: number;
        perPage?: number;
        order?: 'ASC' | 'DESC';
        /** @description free-text search */
        q?: string;
        /** @description only requests past their due date that are still outstanding */
        overdue?: string;
        sort: 'kind' | 'updatedAt' | 'dueOn';
        caseId?: string;
        status?: components['schemas']['RequirementStatus'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentRequirementPage'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  DocumentRequirementsController_show: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentRequirement'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  DocumentRequirementsController_move: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['MoveRequirementDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentRequirement'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  DocumentFilesController_upload: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /** Format: binary */
          file: string;
        };
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentFile'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  DocumentFilesController_list: {
    parameters: {
      query?: {
        requirementId?: string;
        caseId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentFilePage'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  DocumentFilesController_download: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The bytes as uploaded; Content-Disposition names the file. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
          'image/jpeg': string;
          'image/png': string;
          'image/heic': string;
          'image/heif': string;
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  UploadLinksController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UploadLinkPage'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  UploadLinksController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUploadLinkDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedUploadLink'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  UploadLinksController_revoke: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  PublicUploadController_view: {
    parameters: {
      query?: never;
      header: {
        /** @description the token after # in the link */
        'x-upload-token': string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicUploadLink'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  PublicUploadController_upload: {
    parameters: {
      query?: never;
      header: {
        /** @description the token after # in the link */
        'x-upload-token': string;
      };
      path: {
        itemId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /** Format: binary */
          file: string;
        };
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PublicUploadReceipt'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  NegotiationController_suggest: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProposalSuggestions'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  NegotiationController_listContacts: {
    parameters: {
      query: {
        page?: number;
        perPage?: number;
        order?: 'ASC' | 'DESC';
        /** @description free-text search */
        q?: string;
        sort: 'occurredAt' | 'nextFollowUpAt';
        caseId: string;
        debtId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ContactPage'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  NegotiationController_logContact: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateContactDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Contact'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  NegotiationController_showContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Contact'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  NegotiationController_updateContact: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateContactDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Contact'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  NegotiationController_list: {
    parameters: {
      query: {
        caseId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FinancialStatementPage'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  NegotiationController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateFinancialStatementDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FinancialStatement'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  NegotiationController_show: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FinancialStatement'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  NegotiationController_affordability: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseAffordability'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  ProposalsController_list: {
    parameters: {
      query: {
        caseId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProposalPage'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  ProposalsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateProposalDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Proposal'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  ProposalsController_show: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Proposal'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  ProposalsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateProposalDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Proposal'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  ProposalsController_accept: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AcceptProposalDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProposalAcceptance'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  RepaymentsController_plans: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RepaymentPlanPage'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  RepaymentsController_plan: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RepaymentPlanView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  RepaymentsController_recordPayment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordPaymentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RepaymentPlanView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  RepaymentsController_uploadProof: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PaymentProof'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  RepaymentsController_downloadProof: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The file: an attachment, or inline when asked (disposition=inline) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
          'image/jpeg': string;
          'image/png': string;
          'image/heic': string;
          'image/heif': string;
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  RepaymentsController_savings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseSavings'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  LivingMinimumsController_list: {
    parameters: {
      query: {
        page?: number;
        perPage?: number;
        order?: 'ASC' | 'DESC';
        /** @description free-text search */
        q?: string;
        currency?: components['schemas']['Currency'];
        sort: 'region' | 'currency' | 'effectiveFrom';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LivingMinimumPage'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  LivingMinimumsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateLivingMinimumDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LivingMinimum'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  LivingMinimumsController_show: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LivingMinimum'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  LivingMinimumsController_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateLivingMinimumDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LivingMinimum'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CreditRecordController_ofCase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCreditRecordView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CreditRecordController_clientSummary: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClientSummaryView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CreditRecordController_nothingToDispute: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NothingToDisputeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCreditRecordView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CreditRecordController_displayRules: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreditDisplayRuleView'][];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CreditRecordController_createEntry: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCreditEntryDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreditEntryView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CreditRecordController_getEntry: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreditEntryView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CreditRecordController_removeEntry: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CreditRecordController_updateEntry: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCreditEntryDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreditEntryView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CreditRecordController_prepare: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCreditDisputeDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreditDisputeView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CreditRecordController_getDispute: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreditDisputeView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CreditRecordController_updateDispute: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCreditDisputeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreditDisputeView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CreditRecordController_file: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['FileCreditDisputeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreditDisputeView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CreditRecordController_answer: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AnswerCreditDisputeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreditDisputeView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CreditRecordController_withdraw: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WithdrawCreditDisputeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreditDisputeView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CourtController_ofCase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        caseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CaseCourtView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CourtController_createMatter: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCourtMatterDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CourtMatterView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CourtController_getMatter: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CourtMatterView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CourtController_updateMatter: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCourtMatterDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CourtMatterView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CourtController_createEvent: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCourtEventDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CourtEventView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CourtController_getEvent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CourtEventView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CourtController_updateEvent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateCourtEventDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CourtEventView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CourtController_completeDeadline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CompleteCourtDeadlineDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CourtEventView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CourtController_createDemand: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCreditorDemandDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreditorDemandView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CourtController_agenda: {
    parameters: {
      query?: {
        /** @description How many days ahead, from the firm's today (1–60, default 7). */
        days?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CourtAgendaView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CourtController_report: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CourtReportView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CourtCalendarController_list: {
    parameters: {
      query?: {
        year?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CourtCalendarDayView'][];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CourtCalendarController_put: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        day: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PutCourtCalendarDayDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CourtCalendarDayView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CourtCalendarController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        day: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CalendarFeedController_mine: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarFeedView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CalendarFeedController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CalendarFeedCreatedView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CalendarFeedController_revoke: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  CalendarFeedController_feed: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/calendar': string;
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  WorkloadController_today: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OfficerDay'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  WorkloadController_workload: {
    parameters: {
      query?: {
        /** @description admins: one team; managers: their own (the default) */
        teamId?: string;
        /** @description YYYY-MM-DD, first day of the period (default: 29 days before `to`) */
        from?: string;
        /** @description YYYY-MM-DD, last day of the period (default: today) */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkloadReportView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  WorkloadController_exportWorkload: {
    parameters: {
      query?: {
        /** @description admins: one team; managers: their own (the default) */
        teamId?: string;
        /** @description YYYY-MM-DD, first day of the period (default: 29 days before `to`) */
        from?: string;
        /** @description YYYY-MM-DD, last day of the period (default: today) */
        to?: string;
        /** @description language of the header row */
        locale?: components['schemas']['Locale'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  WorkloadController_suggestedOfficer: {
    parameters: {
      query?: {
        /** @description the team to suggest from (managers: their own; admins: any) */
        teamId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AssignmentSuggestion'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  ReportsController_creditDisputes: {
    parameters: {
      query?: {
        /** @description admins: one team; managers: their own (the default) */
        teamId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreditDisputeFiguresView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  ReportsController_creditorReport: {
    parameters: {
      query?: {
        /** @description admins: one team; managers: their own (the default) */
        teamId?: string;
        /** @description YYYY-MM-DD, first day of the period (default: 29 days before `to`) */
        from?: string;
        /** @description YYYY-MM-DD, last day of the period (default: today) */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreditorReportView'];
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
  ReportsController_exportCreditorReport: {
    parameters: {
      query?: {
        /** @description admins: one team; managers: their own (the default) */
        teamId?: string;
        /** @description YYYY-MM-DD, first day of the period (default: 29 days before `to`) */
        from?: string;
        /** @description YYYY-MM-DD, last day of the period (default: today) */
        to?: string;
        /** @description language of the header row */
        locale?: components['schemas']['Locale'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      '4XX': components['responses']['ClientError'];
      '5XX': components['responses']['ServerError'];
    };
  };
}
