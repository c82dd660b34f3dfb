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
    post: operations['AuthController_login'];
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
    /** Ends every session of the caller: all their tokens stop working. */
    post: operations['AuthController_logout'];
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
    get: operations['UsersController_list'];
    put?: never;
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
    get: operations['UsersController_show'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
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
    get: operations['TeamsController_list'];
    put?: never;
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
    get: operations['TeamsController_show'];
    put?: never;
    post?: never;
    delete: operations['TeamsController_remove'];
    options?: never;
    head?: never;
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
    get: operations['CreditorsController_list'];
    put?: never;
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
    get: operations['CreditorsController_show'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
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
    get: operations['LprRatesController_list'];
    put?: never;
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
    get: operations['LprRatesController_show'];
    put?: never;
    post?: never;
    delete: operations['LprRatesController_remove'];
    options?: never;
    head?: never;
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
    get: operations['ClientsController_list'];
    put?: never;
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
    get: operations['ClientsController_show'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
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
    get: operations['RemindersController_getSettings'];
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
    get: operations['CasesController_list'];
    put?: never;
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
    get: operations['CasesController_show'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
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
    get: operations['CaseSettingsController_get'];
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
    get: operations['DebtsController_list'];
    put?: never;
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
    get: operations['DebtsController_show'];
    put?: never;
    post?: never;
    delete: operations['DebtsController_remove'];
    options?: never;
    head?: never;
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
    get: operations['DocumentTemplatesController_list'];
    put?: never;
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
    get: operations['DocumentTemplatesController_show'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
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
    get: operations['NegotiationController_listContacts'];
    put?: never;
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
    get: operations['NegotiationController_showContact'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
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
    get: operations['NegotiationController_list'];
    put?: never;
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
    get: operations['ProposalsController_list'];
    put?: never;
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
    get: operations['ProposalsController_show'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
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
    get: operations['LivingMinimumsController_list'];
    put?: never;
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
    get: operations['LivingMinimumsController_show'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['LivingMinimumsController_update'];
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
      id: string;
      /** Format: date-time */
      at: string;
      actorId: string | null;
      action: string;
      entityType: string | null;
      entityId: string | null;
      subject: string | null;
      ip: string | null;
      requestId: string | null;
      details: {
        [key: string]: unknown;
      };
    };
    SignInDto: {
      /**
       * Format: email
       * @example admin@accord.test
       */
      email: string;
      password: string;
    };
    CreateUserDto: {
      /** Format: email */
      email: string;
      fullName: string;
      /** @enum {string} */
      role: 'officer' | 'manager' | 'admin';
      /** Format: uuid */
      teamId?: string | null;
      /** @enum {string} */
      locale?: 'zh-TW' | 'zh-CN' | 'en';
      password: string;
    };
    UpdateUserDto: {
      fullName?: string;
      /** @enum {string} */
      role?: 'officer' | 'manager' | 'admin';
      /** Format: uuid */
      teamId?: string | null;
      /** @enum {string} */
      locale?: 'zh-TW' | 'zh-CN' | 'en';
      password?: string;
      active?: boolean;
      /** @description the version you read; a stale one answers 409 */
      version: number;
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
    Creditor: {
      id: string;
      name: string;
      /** @enum {string} */
      product: 'other' | 'huabei' | 'jiebei' | 'credit_card' | 'consumer_loan' | 'online_loan';
      /** @enum {string} */
      market: 'CN' | 'TW';
      customerService: Record<string, never>[];
      /** @description Parts per million a day: 500 = 0.05 %, 350 = 0.035 %. */
      penaltyDailyRatePpm: number;
      /** @enum {string} */
      penaltyCompounding: 'none' | 'monthly';
      /** @description The penalty at most this yearly rate on the base (2400 = 24 % a year). */
      penaltyYearlyCapBp: number | null;
      /** @description The card late fee on the unpaid minimum, apart from the penalty (it bears no interest). */
      lateFee: Record<string, never>;
      /** @enum {string} */
      penaltyBase: 'overdue_amount' | 'outstanding_amount' | 'principal';
      penaltyCapBp: number | null;
      /** @description Read the rule against 4 × the one-year LPR at each debt's contract date (private lending). */
      checkLprCap: boolean;
      maxInstallmentMonths: number | null;
      negotiationNotes: string | null;
      active: boolean;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
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
      /** @enum {string} */
      product: 'huabei' | 'jiebei' | 'credit_card' | 'consumer_loan' | 'online_loan' | 'other';
      /** @enum {string} */
      market?: 'CN' | 'TW';
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
      /** @enum {string} */
      penaltyBase?: 'overdue_amount' | 'outstanding_amount' | 'principal';
      /** @description cap of the total penalty as a share of the base, 10000 = 100 % */
      penaltyCapBp?: number | null;
      /** @description read the penalty rule's yearly cost against 4 × the one-year LPR at each debt's contract date (private and online lending); default false */
      checkLprCap?: boolean;
      maxInstallmentMonths?: number | null;
      negotiationNotes?: string | null;
    };
    UpdateCreditorDto: {
      name?: string;
      /** @enum {string} */
      product?: 'huabei' | 'jiebei' | 'credit_card' | 'consumer_loan' | 'online_loan' | 'other';
      /** @enum {string} */
      market?: 'CN' | 'TW';
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
      /** @enum {string} */
      penaltyBase?: 'overdue_amount' | 'outstanding_amount' | 'principal';
      /** @description cap of the total penalty as a share of the base, 10000 = 100 % */
      penaltyCapBp?: number | null;
      /** @description read the penalty rule's yearly cost against 4 × the one-year LPR at each debt's contract date (private and online lending); default false */
      checkLprCap?: boolean;
      maxInstallmentMonths?: number | null;
      negotiationNotes?: string | null;
      version: number;
      active?: boolean;
    };
    Object: Record<string, never>;
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
      /** @enum {string} */
      idType: 'cn_resident_id' | 'tw_national_id' | 'passport' | 'other';
      /** @description checked against idType (check digits for CN and TW IDs) */
      idNumber: string;
      /** @example 0912-345-678 */
      phone?: string | null;
      /** Format: email */
      email?: string | null;
      address?: string | null;
      notes?: string | null;
      /**
       * @description the language of messages to the client; zh-TW by default
       * @enum {string}
       */
      locale?: 'zh-TW' | 'zh-CN' | 'en';
      /** @description recording consent stamps who and when; an empty list records that consent was withdrawn */
      consentPurposes?: (
        'debt_negotiation' | 'credit_dispute' | 'litigation_support' | 'contact_creditors'
      )[];
      /**
       * Format: uuid
       * @description managers and admins may assign another officer; officers own what they create
       */
      officerId?: string;
    };
    UpdateClientDto: {
      fullName?: string;
      /** @enum {string} */
      idType?: 'cn_resident_id' | 'tw_national_id' | 'passport' | 'other';
      /** @description checked against idType (check digits for CN and TW IDs) */
      idNumber?: string;
      /** @example 0912-345-678 */
      phone?: string | null;
      /** Format: email */
      email?: string | null;
      address?: string | null;
      notes?: string | null;
      /**
       * @description the language of messages to the client; zh-TW by default
       * @enum {string}
       */
      locale?: 'zh-TW' | 'zh-CN' | 'en';
      /** @description recording consent stamps who and when; an empty list records that consent was withdrawn */
      consentPurposes?: (
        'debt_negotiation' | 'credit_dispute' | 'litigation_support' | 'contact_creditors'
      )[];
      version: number;
    };
    Reminder: {
      id: string;
      kind: string;
      caseId: string | null;
      subjectType: string;
      subjectId: string;
      slot: string;
      /** @enum {string} */
      recipient: 'officer' | 'manager' | 'client';
      recipientUserId: string | null;
      /** Format: date-time */
      dueAt: string;
      /** @enum {string} */
      status: 'failed' | 'scheduled' | 'sent' | 'cancelled';
      attempts: number;
      lastError: string | null;
      payload: {
        [key: string]: unknown;
      };
      /** Format: date-time */
      heldUntil: string | null;
      /** Format: date-time */
      firedAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    UpdateReminderSettingsDto: {
      /** @example 21:00 */
      quietStart?: string;
      /** @example 08:00 */
      quietEnd?: string;
      version: number;
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
    CreateCaseDto: {
      /** Format: uuid */
      clientId: string;
      /**
       * Format: uuid
       * @description managers and admins choose the officer; an officer opens cases for themself
       */
      officerId?: string;
      /** @enum {string} */
      overdueReason: 'job_loss' | 'illness' | 'business_failure' | 'family_emergency' | 'other';
      overdueReasonText?: string | null;
      /** @enum {string} */
      litigationRisk?: 'none' | 'low' | 'high' | 'sued';
    };
    UpdateCaseDto: {
      overdueReasonText?: string | null;
      /** @enum {string|null} */
      outcome?: 'resolved' | 'withdrawn' | 'failed' | 'litigated' | null;
      closingNote?: string | null;
      version: number;
      /** @enum {string} */
      overdueReason?: 'job_loss' | 'illness' | 'business_failure' | 'family_emergency' | 'other';
      /** @enum {string} */
      litigationRisk?: 'none' | 'low' | 'high' | 'sued';
    };
    TransitionDto: {
      /** @enum {string} */
      to:
        | 'intake'
        | 'documents'
        | 'creditor_contact'
        | 'negotiating'
        | 'agreed'
        | 'repaying'
        | 'credit_repair'
        | 'closed';
      /** @description why, kept on the timeline: required for a move back (NEEDS_MOVE_REASON); a forward move needs none; closing gives its closing note */
      reason?: string;
      /**
       * @description when closing
       * @enum {string}
       */
      outcome?: 'resolved' | 'withdrawn' | 'failed' | 'litigated';
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
    BulkReassignDto: {
      /** Format: uuid */
      officerId: string;
      reason: string;
      caseIds: string[];
    };
    ReassignDto: {
      /** Format: uuid */
      officerId: string;
      reason: string;
    };
    UpdateCaseSettingsDto: {
      /** @description officers' closes wait for a manager, who closes the case with a reason */
      officerClosesNeedManager: boolean;
      /** @description the version you read; a stale one answers 409 */
      version: number;
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
      /**
       * @description admins only; otherwise it follows the creditor's market (CN → CNY, TW → TWD)
       * @enum {string}
       */
      currency?: 'CNY' | 'TWD';
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
      /**
       * @description admins only; otherwise it follows the creditor's market (CN → CNY, TW → TWD)
       * @enum {string}
       */
      currency?: 'CNY' | 'TWD';
      /** @description the missed due date, YYYY-MM-DD */
      overdueSince?: string | null;
      /** @description the day the loan or card contract was signed, YYYY-MM-DD, not after today (CONTRACT_DATE_IN_FUTURE); the one-year LPR of that day draws the 4 × LPR line when the creditor's checkLprCap is on */
      contractDate?: string | null;
      /** @description required when excluding a debt from the negotiation */
      excludedReason?: string | null;
      version: number;
      /** @enum {string} */
      status?: 'open' | 'excluded' | 'settled' | 'paid_off';
    };
    DocumentTemplate: {
      id: string;
      /** @enum {string} */
      kind:
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
      /** @description What the client reads about this paper, in each language of the interface. */
      descriptions: {
        [key: string]: string;
      };
      required: boolean;
      products: ('other' | 'huabei' | 'jiebei' | 'credit_card' | 'consumer_loan' | 'online_loan')[];
      dueDays: number;
      active: boolean;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      version: number;
    };
    TemplateDescriptionsDto: {
      'zh-TW': string;
      'zh-CN': string;
      en: string;
    };
    CreateTemplateDto: {
      /** @enum {string} */
      kind:
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
      descriptions: components['schemas']['TemplateDescriptionsDto'];
      required?: boolean;
      /** @description empty: every case */
      products?: ('huabei' | 'jiebei' | 'credit_card' | 'consumer_loan' | 'online_loan' | 'other')[];
      dueDays?: number;
    };
    UpdateTemplateDto: {
      descriptions?: components['schemas']['TemplateDescriptionsDto'];
      required?: boolean;
      /** @description empty: every case */
      products?: ('huabei' | 'jiebei' | 'credit_card' | 'consumer_loan' | 'online_loan' | 'other')[];
      dueDays?: number;
      version: number;
      active?: boolean;
    };
    DocumentRequirement: {
      id: string;
      caseId: string;
      /** @enum {string} */
      kind:
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
      required: boolean;
      /** @enum {string} */
      status: 'rejected' | 'requested' | 'received' | 'verified' | 'waived';
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
    MoveRequirementDto: {
      /** @enum {string} */
      move: 'receive' | 'verify' | 'reject' | 'waive';
      /** @description required to reject or waive */
      reason?: string;
      version: number;
    };
    DocumentFile: {
      id: string;
      requirementId: string;
      caseId: string;
      storageKey: string;
      sha256: string;
      sizeBytes: number;
      mediaType: string;
      /** @description As the client named it: display text only, never a path. */
      originalName: string;
      /** @enum {string} */
      source: 'officer' | 'client_link';
      uploadedBy: string | null;
      uploadLinkId: string | null;
      /** Format: date-time */
      createdAt: string;
    };
    CreateUploadLinkDto: {
      /** @description days the link works */
      expiresInDays?: number;
      /**
       * @description the client's language on the upload page
       * @enum {string}
       */
      locale?: 'zh-TW' | 'zh-CN' | 'en';
    };
    Contact: {
      id: string;
      caseId: string;
      debtId: string | null;
      /** @enum {string} */
      party: 'creditor' | 'client';
      /** @enum {string} */
      channel: 'hotline' | 'online_chat' | 'in_app' | 'letter' | 'visit' | 'phone' | 'wechat' | 'email';
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
    CreateContactDto: {
      /** Format: uuid */
      caseId: string;
      /**
       * Format: uuid
       * @description the debt talked about, when with a creditor
       */
      debtId?: string;
      /** @enum {string} */
      party: 'creditor' | 'client';
      /** @enum {string} */
      channel: 'hotline' | 'online_chat' | 'in_app' | 'letter' | 'visit' | 'phone' | 'wechat' | 'email';
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
      /** @enum {string} */
      party?: 'creditor' | 'client';
      /** @enum {string} */
      channel?: 'hotline' | 'online_chat' | 'in_app' | 'letter' | 'visit' | 'phone' | 'wechat' | 'email';
      /** @description instant with offset, e.g. 2026-11-25T10:30:00+08:00 */
      occurredAt?: string;
      person?: string;
      summary?: string;
      outcome?: string;
      /** @description instant with offset */
      nextFollowUpAt?: string | null;
      version: number;
    };
    FinancialStatement: {
      id: string;
      caseId: string;
      isCurrent: boolean;
      /**
       * @description Every amount of the statement is in it; fixed when it is recorded (see statementCurrency).
       * @enum {string}
       */
      currency: 'CNY' | 'TWD';
      income: Record<string, never>[];
      essentialSpending: Record<string, never>[];
      otherDebts: Record<string, never>[];
      dependants: number;
      /** @description The region whose living minimum floors the household's spending; null: no floor applies. */
      livingMinimumId: string | null;
      notes: string | null;
      createdBy: string;
      /** Format: date-time */
      createdAt: string;
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
      /**
       * @description the statement's currency; needed only when the case's open debts are in two currencies or none (422 STATEMENT_CURRENCY_NEEDED), and one of theirs when there are any (422 STATEMENT_CURRENCY_NOT_OWED)
       * @enum {string}
       */
      currency?: 'CNY' | 'TWD';
      /**
       * Format: uuid
       * @description the region's living minimum (GET /api/living-minimums) that floors the household's spending; in the statement's currency (422 LIVING_MINIMUM_CURRENCY_MISMATCH); without one no floor applies
       */
      livingMinimumId?: string | null;
      notes?: string;
    };
    Proposal: {
      id: string;
      caseId: string;
      debtId: string;
      /** @enum {string} */
      kind: 'deferral' | 'installments' | 'interest_freeze' | 'lump_sum';
      /** @enum {string} */
      status: 'withdrawn' | 'draft' | 'submitted' | 'countered' | 'accepted' | 'rejected';
      /**
       * @description What goes into the plan: the agreed amount (for lump_sum: the settlement), before the creditor's charge
       *     on the plan. What the client pays in all is this plus the charge, worked out on acceptance.
       */
      totalFen: number;
      months: number | null;
      firstDueDate: string | null;
      graceMonths: number;
      waivedPenaltyFen: number;
      /**
       * @description The creditor's charge on the plan (停息掛賬: none).
       * @enum {string}
       */
      chargeKind: 'none' | 'monthly_fee' | 'annual_rate';
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
    CreateProposalDto: {
      /** Format: uuid */
      debtId: string;
      /** @enum {string} */
      kind: 'deferral' | 'installments' | 'interest_freeze' | 'lump_sum';
      /** @description fen put into the plan: the agreed amount before the creditor's fee or interest on the plan (for lump_sum: the settlement) */
      totalFen: number;
      months?: number;
      /** @description YYYY-MM-DD */
      firstDueDate?: string;
      graceMonths?: number;
      /** @description fen of penalty already accrued that the creditor waives: a term of any kind */
      waivedPenaltyFen?: number;
      /**
       * @description the creditor's charge on the plan; none (the default) for 停息掛賬
       * @enum {string}
       */
      chargeKind?: 'none' | 'monthly_fee' | 'annual_rate';
      /** @description parts per million: of the base each month (monthly_fee: 0.60 % = 6000), of the balance left each year (annual_rate: 7.2 % = 72000); 0 with none */
      chargeRatePpm?: number;
      /** @description the contacts logged on this case where the proposal was discussed */
      contactIds?: string[];
      /** @description a plan longer than the creditor's longest: a manager's approval of the exception, with the reason (kept on the proposal and the timeline) */
      limitExceptionReason?: string;
    };
    UpdateProposalDto: {
      /** @enum {string} */
      kind?: 'deferral' | 'installments' | 'interest_freeze' | 'lump_sum';
      /** @description fen put into the plan: the agreed amount before the creditor's fee or interest on the plan (for lump_sum: the settlement) */
      totalFen?: number;
      months?: number;
      /** @description YYYY-MM-DD */
      firstDueDate?: string;
      graceMonths?: number;
      /** @description fen of penalty already accrued that the creditor waives: a term of any kind */
      waivedPenaltyFen?: number;
      /**
       * @description the creditor's charge on the plan; none (the default) for 停息掛賬
       * @enum {string}
       */
      chargeKind?: 'none' | 'monthly_fee' | 'annual_rate';
      /** @description parts per million: of the base each month (monthly_fee: 0.60 % = 6000), of the balance left each year (annual_rate: 7.2 % = 72000); 0 with none */
      chargeRatePpm?: number;
      /** @description the contacts logged on this case where the proposal was discussed */
      contactIds?: string[];
      /** @description a plan longer than the creditor's longest: a manager's approval of the exception, with the reason (kept on the proposal and the timeline) */
      limitExceptionReason?: string;
      /**
       * @description accepted only through POST /proposals/:id/accept
       * @enum {string}
       */
      status?: 'draft' | 'submitted' | 'countered' | 'accepted' | 'rejected' | 'withdrawn';
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
    RecordPaymentDto: {
      /** @description fen; more than the installment rolls forward to the next ones */
      amountFen: number;
      /** @description YYYY-MM-DD, not in the future */
      paidOn: string;
      /** @enum {string} */
      method: 'bank_transfer' | 'alipay' | 'wechat_pay' | 'card' | 'cash' | 'other';
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
    LivingMinimum: {
      id: string;
      region: string;
      /** @enum {string} */
      currency: 'CNY' | 'TWD';
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
    CreateLivingMinimumDto: {
      /** @description the region, e.g. 上海市 or 臺北市 */
      region: string;
      /** @enum {string} */
      currency: 'CNY' | 'TWD';
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
      /** @enum {string} */
      currency?: 'CNY' | 'TWD';
      /** @description fen (of the currency) a person a month */
      monthlyFenPerPerson?: number;
      /** @description YYYY-MM-DD */
      effectiveFrom?: string;
      /** @description the notice that sets the figure */
      source?: string;
      version: number;
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
        | 'UPLOAD_TOKEN_MISSING'
        | 'IDENTIFIER_IN_URL'
        | 'FORBIDDEN'
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
        | 'REMINDER_NOT_FAILED'
        | 'FILE_INFECTED'
        | 'VIRUS_SCAN_UNAVAILABLE'
        | 'INTERNAL_ERROR';
      /** @example The case policy refuses this action */
      message: string;
      /** @description What the code needs to be acted on: fields[] for a 400, reasons[] (case policy) for ACTION_REFUSED, currentVersion for STALE_VERSION, … */
      details?: {
        reasons?: (
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
        )[];
      };
      /** @description for a 500 only: the id its log line carries */
      errorId?: string;
    };
  };
  responses: never;
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
      /** @description The Health Check is successful */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example ok */
            status?: string;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /** @example {} */
            error?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description The Health Check is not successful */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example error */
            status?: string;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "redis": {
             *         "status": "down",
             *         "message": "Could not connect"
             *       }
             *     }
             */
            error?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       },
             *       "redis": {
             *         "status": "down",
             *         "message": "Could not connect"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
      /** @description The Health Check is successful */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example ok */
            status?: string;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /** @example {} */
            error?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description The Health Check is not successful */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @example error */
            status?: string;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       }
             *     }
             */
            info?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "redis": {
             *         "status": "down",
             *         "message": "Could not connect"
             *       }
             *     }
             */
            error?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            } | null;
            /**
             * @example {
             *       "database": {
             *         "status": "up"
             *       },
             *       "redis": {
             *         "status": "down",
             *         "message": "Could not connect"
             *       }
             *     }
             */
            details?: {
              [key: string]: {
                status: string;
              } & {
                [key: string]: unknown;
              };
            };
          };
        };
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
          'application/json': Record<string, never>;
        };
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
          'application/json': Record<string, never>;
        };
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        role?: 'officer' | 'manager' | 'admin';
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
          'application/json': Record<string, never>;
        };
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
          'application/json': Record<string, never>;
        };
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
          'application/json': Record<string, never>;
        };
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
          'application/json': Record<string, never>;
        };
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
          'application/json': Record<string, never>;
        };
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
          'application/json': Record<string, never>;
        };
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
          'application/json': Record<string, never>;
        };
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        product?: 'other' | 'huabei' | 'jiebei' | 'credit_card' | 'consumer_loan' | 'online_loan';
        market?: 'CN' | 'TW';
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        status?: 'scheduled' | 'sent' | 'cancelled' | 'failed';
        /** @description only reminders for me: my cases as officer, my team as manager */
        mine?: string;
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
          'application/json': Record<string, never>;
        };
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
          'application/json': Record<string, never>;
        };
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
          'application/json': Record<string, never>;
        };
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        locale?: 'zh-TW' | 'zh-CN' | 'en';
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
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
          'application/json': Record<string, never>;
        };
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ClientImportController_preview: {
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  ClientImportController_commit: {
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        status?: 'rejected' | 'requested' | 'received' | 'verified' | 'waived';
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
    requestBody?: never;
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentFile'];
        };
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  DocumentFilesController_list: {
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
    requestBody?: never;
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
          'application/json': Record<string, never>;
        };
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
          'application/json': Record<string, never>;
        };
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        currency?: 'CNY' | 'TWD';
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
          'application/json': Record<string, never>;
        };
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        locale?: 'zh-TW' | 'zh-CN' | 'en';
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
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
  WorkloadController_suggestedOfficer: {
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
        content?: never;
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
          'application/json': Record<string, never>;
        };
      };
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
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
        locale?: 'zh-TW' | 'zh-CN' | 'en';
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
      /** @description An error, in the one envelope (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBody'];
        };
      };
    };
  };
}
