/* eslint-disable */
import * as m0 from '../../../libs/server/core/src/audit/audit-entry.entity';
import * as m1 from '../../../libs/server/core/src/health/health-indicators.view';
import * as m2 from '../../../libs/server/clients/src/client.view';
import * as m3 from '../../../libs/server/users/src/views/user.view';
import * as m4 from '../../../libs/server/users/src/views/team.view';
import * as m5 from '../../../libs/server/reminders/src/views/notification.view';
import * as m6 from '../../../libs/server/reminders/src/reminder.entity';
import * as m7 from '../../../libs/server/reminders/src/views/failed-delivery.view';
import * as m8 from '../../../libs/server/creditors/src/views/customer-service-contact.view';
import * as m9 from '../../../libs/server/creditors/src/dto/creditor.dto';
import * as m10 from '../../../libs/server/creditors/src/creditor.entity';
import * as m11 from '../../../libs/server/creditors/src/views/lpr-rate.view';
import * as m12 from '../../../libs/server/cases/src/views/case-list-item.view';
import * as m13 from '../../../libs/server/cases/src/views/lpr-cap-check.view';
import * as m14 from '../../../libs/server/cases/src/views/penalty-point.view';
import * as m15 from '../../../libs/server/cases/src/views/debt.view';
import * as m16 from '../../../libs/server/cases/src/views/case-actions.view';
import * as m17 from '../../../libs/server/cases/src/views/case-detail.view';
import * as m18 from '../../../libs/server/cases/src/views/case-timeline.view';
import * as m19 from '../../../libs/server/cases/src/views/penalty-projection.view';
import * as m20 from '../../../libs/server/cases/src/import/import-problem.view';
import * as m21 from '../../../libs/server/cases/src/import/client-import.view';
import * as m22 from '../../../libs/server/court/src/views/court.view';
import * as m23 from '../../../libs/server/documents/src/views/document-descriptions.view';
import * as m24 from '../../../libs/server/documents/src/dto/document.dto';
import * as m25 from '../../../libs/server/documents/src/document-template.entity';
import * as m26 from '../../../libs/server/documents/src/document-requirement.entity';
import * as m27 from '../../../libs/server/documents/src/document-file.entity';
import * as m28 from '../../../libs/server/documents/src/views/upload-link.view';
import * as m29 from '../../../libs/server/documents/src/views/public-upload.view';
import * as m30 from '../../../libs/server/credit-record/src/views/credit-record.view';
import * as m31 from '../../../libs/server/negotiation/src/contact.entity';
import * as m32 from '../../../libs/server/negotiation/src/views/financial-statement-lines.view';
import * as m33 from '../../../libs/server/negotiation/src/dto/financial-statement.dto';
import * as m34 from '../../../libs/server/negotiation/src/views/affordability.view';
import * as m35 from '../../../libs/server/negotiation/src/views/case-affordability.view';
import * as m36 from '../../../libs/server/negotiation/src/financial-statement.entity';
import * as m37 from '../../../libs/server/negotiation/src/views/proposal-suggestions.view';
import * as m38 from '../../../libs/server/negotiation/src/proposal.entity';
import * as m39 from '../../../libs/server/negotiation/src/views/proposal-acceptance.view';
import * as m40 from '../../../libs/server/negotiation/src/views/case-savings.view';
import * as m41 from '../../../libs/server/negotiation/src/views/plan-payment.view';
import * as m42 from '../../../libs/server/negotiation/src/views/repayment-plan.view';
import * as m43 from '../../../libs/server/negotiation/src/living-minimum.entity';
import * as m44 from '../../../libs/server/workload/src/views/officer-day-items.view';
import * as m45 from '../../../libs/server/workload/src/views/officer-day.view';
import * as m46 from '../../../libs/server/workload/src/views/assignment-suggestion.view';
import * as m47 from '../../../libs/server/workload/src/views/creditor-report.view';
import * as m48 from '../../../libs/server/workload/src/views/report-period.view';
import * as m49 from '../../../libs/server/workload/src/views/workload-report.view';
import * as m50 from '../../../libs/server/core/src/audit/audit-entry-page.view';
import * as m51 from '../../../libs/server/core/src/health/liveness.view';
import * as m52 from '../../../libs/server/core/src/health/health-check.view';
import * as m53 from '../../../libs/server/users/src/views/sign-in-result.view';
import * as m54 from '../../../libs/server/users/src/second-factor/second-factor.view';
import * as m55 from '../../../libs/server/users/src/sessions/session.view';
import * as m56 from '../../../libs/server/users/src/sessions/security-settings.view';
import * as m57 from '../../../libs/server/reminders/src/views/reminder-page.view';
import * as m58 from '../../../libs/server/reminders/src/views/reminder-settings.view';
import * as m59 from '../../../libs/server/reminders/src/views/reminder-channels.view';
import * as m60 from '../../../libs/server/creditors/src/views/creditor-page.view';
import * as m61 from '../../../libs/server/cases/src/views/case-settings.view';
import * as m62 from '../../../libs/server/cases/src/views/case-reassignment.view';
import * as m63 from '../../../libs/server/documents/src/views/document-pages.view';
import * as m64 from '../../../libs/server/negotiation/src/views/contact-page.view';
import * as m65 from '../../../libs/server/negotiation/src/views/financial-statement-page.view';
import * as m66 from '../../../libs/server/negotiation/src/views/proposal-page.view';
import * as m67 from '../../../libs/server/negotiation/src/views/payment-proof.view';
import * as m68 from '../../../libs/server/negotiation/src/views/living-minimum-page.view';
import * as m69 from '../../../libs/server/workload/src/views/credit-dispute-figures.view';
import * as m70 from '../../../libs/server/core/src/http/list-query.dto';
import * as m71 from '../../../libs/server/core/src/audit/audit-query.dto';
import * as m72 from '../../../libs/server/cases/src/case-event.entity';
import * as m73 from '../../../libs/server/clients/src/client.entity';
import * as m74 from '../../../libs/server/users/src/team.entity';
import * as m75 from '../../../libs/server/users/src/user.entity';
import * as m76 from '../../../libs/server/users/src/dto/change-password.dto';
import * as m77 from '../../../libs/server/users/src/sessions/security-settings.dto';
import * as m78 from '../../../libs/server/users/src/dto/sign-in.dto';
import * as m79 from '../../../libs/server/users/src/sessions/refresh.dto';
import * as m80 from '../../../libs/server/users/src/second-factor/second-factor.dto';
import * as m81 from '../../../libs/server/users/src/dto/team.dto';
import * as m82 from '../../../libs/server/users/src/dto/user.dto';
import * as m83 from '../../../libs/server/clients/src/dto/client.dto';
import * as m84 from '../../../libs/server/cases/src/case.entity';
import * as m85 from '../../../libs/server/creditors/src/views/late-fee-rule.view';
import * as m86 from '../../../libs/server/creditors/src/lpr-rate.entity';
import * as m87 from '../../../libs/server/creditors/src/dto/lpr-rate.dto';
import * as m88 from '../../../libs/server/cases/src/debt.entity';
import * as m89 from '../../../libs/server/cases/src/dto/case.dto';
import * as m90 from '../../../libs/server/cases/src/dto/debt.dto';
import * as m91 from '../../../libs/server/court/src/dto/court-matter.dto';
import * as m92 from '../../../libs/server/court/src/dto/court-calendar.dto';
import * as m93 from '../../../libs/server/court/src/dto/court-event.dto';
import * as m94 from '../../../libs/server/court/src/dto/creditor-demand.dto';
import * as m95 from '../../../libs/server/credit-record/src/dto/credit-dispute.dto';
import * as m96 from '../../../libs/server/credit-record/src/dto/credit-entry.dto';
import * as m97 from '../../../libs/server/negotiation/src/dto/contact.dto';
import * as m98 from '../../../libs/server/negotiation/src/dto/proposal.dto';
import * as m99 from '../../../libs/server/negotiation/src/dto/payment.dto';
import * as m100 from '../../../libs/server/negotiation/src/dto/living-minimum.dto';
import * as m101 from '../../../libs/server/core/src/audit/audit.controller';
import * as m102 from '../../../libs/server/core/src/health/health.controller';
import * as m103 from '../../../libs/server/users/src/auth.controller';
import * as m104 from '../../../libs/server/users/src/second-factor/second-factor.controller';
import * as m105 from '../../../libs/server/users/src/sessions/sessions.controller';
import * as m106 from '../../../libs/server/users/src/teams.controller';
import * as m107 from '../../../libs/server/users/src/users.controller';
import * as m108 from '../../../libs/server/reminders/src/reminders.controller';
import * as m109 from '../../../libs/server/clients/src/clients.controller';
import * as m110 from '../../../libs/server/creditors/src/creditors.controller';
import * as m111 from '../../../libs/server/creditors/src/lpr-rates.controller';
import * as m112 from '../../../libs/server/cases/src/case-settings.controller';
import * as m113 from '../../../libs/server/cases/src/cases.controller';
import * as m114 from '../../../libs/server/cases/src/debts.controller';
import * as m115 from '../../../libs/server/cases/src/import/client-import.controller';
import * as m116 from '../../../libs/server/court/src/calendar-feed.controller';
import * as m117 from '../../../libs/server/court/src/court-calendar.controller';
import * as m118 from '../../../libs/server/documents/src/document-files.controller';
import * as m119 from '../../../libs/server/documents/src/documents.controller';
import * as m120 from '../../../libs/server/documents/src/links/upload-links.controller';
import * as m121 from '../../../libs/server/court/src/court.controller';
import * as m122 from '../../../libs/server/credit-record/src/credit-record.controller';
import * as m123 from '../../../libs/server/negotiation/src/negotiation.controller';
import * as m124 from '../../../libs/server/negotiation/src/proposals.controller';
import * as m125 from '../../../libs/server/negotiation/src/repayments.controller';
import * as m126 from '../../../libs/server/negotiation/src/living-minimums.controller';
import * as m127 from '../../../libs/server/workload/src/reports.controller';
import * as m128 from '../../../libs/server/workload/src/workload.controller';

export default async () => {
  const t = {
    ['../../../libs/server/core/src/audit/audit-entry.entity']: m0,
    ['../../../libs/server/core/src/health/health-indicators.view']: m1,
    ['../../../libs/server/clients/src/client.view']: m2,
    ['../../../libs/server/users/src/views/user.view']: m3,
    ['../../../libs/server/users/src/views/team.view']: m4,
    ['../../../libs/server/reminders/src/views/notification.view']: m5,
    ['../../../libs/server/reminders/src/reminder.entity']: m6,
    ['../../../libs/server/reminders/src/views/failed-delivery.view']: m7,
    ['../../../libs/server/creditors/src/views/customer-service-contact.view']: m8,
    ['../../../libs/server/creditors/src/dto/creditor.dto']: m9,
    ['../../../libs/server/creditors/src/creditor.entity']: m10,
    ['../../../libs/server/creditors/src/views/lpr-rate.view']: m11,
    ['../../../libs/server/cases/src/views/case-list-item.view']: m12,
    ['../../../libs/server/cases/src/views/lpr-cap-check.view']: m13,
    ['../../../libs/server/cases/src/views/penalty-point.view']: m14,
    ['../../../libs/server/cases/src/views/debt.view']: m15,
    ['../../../libs/server/cases/src/views/case-actions.view']: m16,
    ['../../../libs/server/cases/src/views/case-detail.view']: m17,
    ['../../../libs/server/cases/src/views/case-timeline.view']: m18,
    ['../../../libs/server/cases/src/views/penalty-projection.view']: m19,
    ['../../../libs/server/cases/src/import/import-problem.view']: m20,
    ['../../../libs/server/cases/src/import/client-import.view']: m21,
    ['../../../libs/server/court/src/views/court.view']: m22,
    ['../../../libs/server/documents/src/views/document-descriptions.view']: m23,
    ['../../../libs/server/documents/src/dto/document.dto']: m24,
    ['../../../libs/server/documents/src/document-template.entity']: m25,
    ['../../../libs/server/documents/src/document-requirement.entity']: m26,
    ['../../../libs/server/documents/src/document-file.entity']: m27,
    ['../../../libs/server/documents/src/views/upload-link.view']: m28,
    ['../../../libs/server/documents/src/views/public-upload.view']: m29,
    ['../../../libs/server/credit-record/src/views/credit-record.view']: m30,
    ['../../../libs/server/negotiation/src/contact.entity']: m31,
    ['../../../libs/server/negotiation/src/views/financial-statement-lines.view']: m32,
    ['../../../libs/server/negotiation/src/dto/financial-statement.dto']: m33,
    ['../../../libs/server/negotiation/src/views/affordability.view']: m34,
    ['../../../libs/server/negotiation/src/views/case-affordability.view']: m35,
    ['../../../libs/server/negotiation/src/financial-statement.entity']: m36,
    ['../../../libs/server/negotiation/src/views/proposal-suggestions.view']: m37,
    ['../../../libs/server/negotiation/src/proposal.entity']: m38,
    ['../../../libs/server/negotiation/src/views/proposal-acceptance.view']: m39,
    ['../../../libs/server/negotiation/src/views/case-savings.view']: m40,
    ['../../../libs/server/negotiation/src/views/plan-payment.view']: m41,
    ['../../../libs/server/negotiation/src/views/repayment-plan.view']: m42,
    ['../../../libs/server/negotiation/src/living-minimum.entity']: m43,
    ['../../../libs/server/workload/src/views/officer-day-items.view']: m44,
    ['../../../libs/server/workload/src/views/officer-day.view']: m45,
    ['../../../libs/server/workload/src/views/assignment-suggestion.view']: m46,
    ['../../../libs/server/workload/src/views/creditor-report.view']: m47,
    ['../../../libs/server/workload/src/views/report-period.view']: m48,
    ['../../../libs/server/workload/src/views/workload-report.view']: m49,
    ['../../../libs/server/core/src/audit/audit-entry-page.view']: m50,
    ['../../../libs/server/core/src/health/liveness.view']: m51,
    ['../../../libs/server/core/src/health/health-check.view']: m52,
    ['../../../libs/server/users/src/views/sign-in-result.view']: m53,
    ['../../../libs/server/users/src/second-factor/second-factor.view']: m54,
    ['../../../libs/server/users/src/sessions/session.view']: m55,
    ['../../../libs/server/users/src/sessions/security-settings.view']: m56,
    ['../../../libs/server/reminders/src/views/reminder-page.view']: m57,
    ['../../../libs/server/reminders/src/views/reminder-settings.view']: m58,
    ['../../../libs/server/reminders/src/views/reminder-channels.view']: m59,
    ['../../../libs/server/creditors/src/views/creditor-page.view']: m60,
    ['../../../libs/server/cases/src/views/case-settings.view']: m61,
    ['../../../libs/server/cases/src/views/case-reassignment.view']: m62,
    ['../../../libs/server/documents/src/views/document-pages.view']: m63,
    ['../../../libs/server/negotiation/src/views/contact-page.view']: m64,
    ['../../../libs/server/negotiation/src/views/financial-statement-page.view']: m65,
    ['../../../libs/server/negotiation/src/views/proposal-page.view']: m66,
    ['../../../libs/server/negotiation/src/views/payment-proof.view']: m67,
    ['../../../libs/server/negotiation/src/views/living-minimum-page.view']: m68,
    ['../../../libs/server/workload/src/views/credit-dispute-figures.view']: m69,
  };
  return {
    '@nestjs/swagger': {
      models: [
        [
          Promise.resolve(m0),
          {
            AuditEntry: {
              id: {
                required: true,
                type: () => String,
                description:
                  'A bigint, sent as a string so no reader loses digits; entries are numbered in the order written.',
                example: '10423',
              },
              at: { required: true, type: () => Date, example: '2025-06-02T01:15:00.000Z' },
              actorId: {
                required: true,
                type: () => String,
                nullable: true,
                description:
                  'Who did it; null for the system (the worker) or someone not signed in (a failed sign-in).',
              },
              action: {
                required: true,
                type: () => String,
                description: 'What was done, named `<subject>.<event>`.',
                example: 'case.stage_changed',
              },
              entityType: { required: true, type: () => String, nullable: true, example: 'case' },
              entityId: { required: true, type: () => String, nullable: true },
              subject: {
                required: true,
                type: () => String,
                nullable: true,
                description:
                  'What the entry is about when there is no row to point at, e.g. the e-mail of a failed sign-in.',
              },
              ip: { required: true, type: () => String, nullable: true },
              requestId: {
                required: true,
                type: () => String,
                nullable: true,
                description: "The request's id, as in the logs.",
              },
              details: {
                required: true,
                type: 'object',
                additionalProperties: true,
                description:
                  'Free-form by design, its keys depend on the action (often `before`/`after`); secrets are never kept.',
              },
            },
          },
        ],
        [
          Promise.resolve(m70),
          {
            ListQueryDto: {
              page: { required: true, type: () => Object, default: 1, minimum: 1, maximum: 100000 },
              perPage: { required: true, type: () => Object, default: 25, minimum: 1, maximum: 200 },
              order: { required: true, default: 'ASC', enum: ['ASC', 'DESC'] },
              q: { required: false, type: () => String, maxLength: 100 },
            },
          },
        ],
        [
          Promise.resolve(m50),
          {
            AuditEntryPage: {
              data: {
                required: true,
                type: () => [t['../../../libs/server/core/src/audit/audit-entry.entity'].AuditEntry],
              },
              total: { required: true, type: () => Number },
            },
          },
        ],
        [
          Promise.resolve(m71),
          {
            AuditQueryDto: {
              sort: { required: true, default: 'at', enum: ['at', 'action'] },
              action: { required: false, type: () => String, maxLength: 100 },
              actorId: { required: false, type: () => String, format: 'uuid' },
              entityType: { required: false, type: () => String, maxLength: 50 },
              entityId: { required: false, type: () => String, maxLength: 100 },
              from: { required: false, type: () => String },
              to: { required: false, type: () => String },
            },
          },
        ],
        [
          Promise.resolve(m1),
          {
            DatabaseHealthView: { status: { required: true, type: () => String } },
            QueueDepthView: {
              waiting: { required: true, type: () => Number },
              active: { required: true, type: () => Number },
              delayed: { required: true, type: () => Number },
              failed: { required: true, type: () => Number },
              oldestOverdueDelayedMs: {
                required: true,
                type: () => Number,
                description: 'Milliseconds past its time of the delayed job most overdue; 0 when none is.',
              },
            },
            QueueDepthsView: {
              users: {
                required: true,
                type: () => t['../../../libs/server/core/src/health/health-indicators.view'].QueueDepthView,
              },
              reminders: {
                required: true,
                type: () => t['../../../libs/server/core/src/health/health-indicators.view'].QueueDepthView,
              },
            },
            QueueHealthView: {
              status: { required: true, type: () => String },
              backend: { required: true, enum: ['postgres', 'redis'] },
              queues: {
                required: true,
                type: () => t['../../../libs/server/core/src/health/health-indicators.view'].QueueDepthsView,
              },
            },
            ReminderHealthView: {
              status: { required: true, type: () => String },
              overdue: { required: true, type: () => Number },
              overdueBeyondGrace: {
                required: true,
                type: () => Number,
                description: 'Overdue by more than the grace: none while up.',
              },
              oldestDueAt: {
                required: true,
                type: () => Date,
                nullable: true,
                description: 'The due time of the most overdue one; null when none is.',
              },
              graceSeconds: {
                required: true,
                type: () => Number,
                description:
                  'How late a reminder may be before it counts as not sent: two reconcile intervals and a minute.',
              },
            },
            ReconcileRunView: {
              scheduled: {
                required: true,
                type: () => Number,
                description: 'Reminders it put back in the queue.',
              },
              restoredSchedulers: {
                required: true,
                type: () => [String],
                description: 'Job schedulers it found missing and put back, `<queue>/<id>`.',
              },
            },
            WorkerHealthView: {
              status: { required: true, type: () => String },
              workerSeen: {
                required: true,
                type: () => Boolean,
                description:
                  'False until a worker has run once (a fresh install): nothing counts as missing before that.',
              },
              schedulersMissing: {
                required: true,
                type: () => [String],
                description: 'Job schedulers absent from the queue, `<queue>/<id>`.',
              },
              lastReconcileStartedAt: { required: true, type: () => Date, nullable: true },
              lastReconcileFinishedAt: { required: true, type: () => Date, nullable: true },
              lastReconcile: {
                required: true,
                type: () => t['../../../libs/server/core/src/health/health-indicators.view'].ReconcileRunView,
                nullable: true,
              },
            },
            HealthIndicatorsView: {
              database: {
                required: false,
                type: () =>
                  t['../../../libs/server/core/src/health/health-indicators.view'].DatabaseHealthView,
              },
              queue: {
                required: false,
                type: () => t['../../../libs/server/core/src/health/health-indicators.view'].QueueHealthView,
              },
              reminders: {
                required: false,
                type: () =>
                  t['../../../libs/server/core/src/health/health-indicators.view'].ReminderHealthView,
              },
              workers: {
                required: false,
                type: () => t['../../../libs/server/core/src/health/health-indicators.view'].WorkerHealthView,
              },
            },
          },
        ],
        [
          Promise.resolve(m52),
          {
            HealthCheckView: {
              status: { required: true, type: () => String },
              info: {
                required: true,
                type: () =>
                  t['../../../libs/server/core/src/health/health-indicators.view'].HealthIndicatorsView,
                description: 'The indicators that are up: all of them.',
              },
              error: {
                required: true,
                type: () =>
                  t['../../../libs/server/core/src/health/health-indicators.view'].HealthIndicatorsView,
                description: 'The indicators that are down: none (an empty object).',
              },
              details: {
                required: true,
                type: () =>
                  t['../../../libs/server/core/src/health/health-indicators.view'].HealthIndicatorsView,
              },
            },
          },
        ],
        [Promise.resolve(m51), { LivenessView: { status: { required: true, type: () => String } } }],
        [
          Promise.resolve(m72),
          {
            CaseEvent: {
              id: {
                required: true,
                type: () => String,
                description: 'A bigint, sent as text.',
                example: '48213',
              },
              caseId: { required: true, type: () => String },
              at: { required: true, type: () => Date },
              actorId: { required: true, type: () => String, nullable: true },
              kind: {
                required: true,
                type: () => String,
                description:
                  "What happened: case.opened, case.stage_changed, debt.added, \u2026 (the contracts' CASE_EVENT_KINDS).",
              },
              details: {
                required: true,
                type: 'object',
                additionalProperties: true,
                description:
                  'What the kind records: before/after of what changed, the reason given, names of who took over.',
              },
            },
          },
        ],
        [
          Promise.resolve(m2),
          {
            ClientView: {
              id: { required: true, type: () => String, example: '3c2b1a09-8f7e-4d6c-9b5a-403f2e1d0c9b' },
              fullName: { required: true, type: () => String },
              idType: { required: true, enum: ['other', 'cn_resident_id', 'tw_national_id', 'passport'] },
              idNumberMasked: {
                required: true,
                type: () => String,
                description:
                  'The first three and last two characters, the rest starred (POST /api/clients/{id}/reveal for the rest).',
              },
              phoneMasked: { required: true, type: () => String, nullable: true },
              email: { required: true, type: () => String, nullable: true },
              address: { required: true, type: () => String, nullable: true },
              notes: { required: true, type: () => String, nullable: true },
              locale: {
                required: true,
                description: "The language of the client's reminders.",
                enum: ['zh-TW', 'zh-CN', 'en'],
              },
              consentAt: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'When the consent in force was recorded; null when never given or withdrawn.',
                example: '2025-03-14T02:30:00.000Z',
              },
              consentPurposes: {
                required: true,
                type: () => [String],
                description:
                  'What the client consents to (debt_negotiation, credit_dispute, litigation_support, contact_creditors).',
              },
              officerId: {
                required: true,
                type: () => String,
                description: 'The officer who holds the client.',
              },
              createdAt: { required: true, type: () => String, example: '2025-03-14T02:30:00.000Z' },
              updatedAt: { required: true, type: () => String },
              version: {
                required: true,
                type: () => Number,
                description: 'Send it back with a change: a stale one answers 409.',
              },
            },
            ClientPage: {
              data: {
                required: true,
                type: () => [t['../../../libs/server/clients/src/client.view'].ClientView],
              },
              total: { required: true, type: () => Number },
            },
            RevealedClientIdentifiers: {
              idNumber: { required: true, type: () => String },
              phone: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'Null when none is on file.',
              },
            },
          },
        ],
        [
          Promise.resolve(m73),
          {
            Client: {
              id: { required: true, type: () => String },
              fullName: { required: true, type: () => String },
              idType: { required: true, enum: ['other', 'cn_resident_id', 'tw_national_id', 'passport'] },
              idNumberCipher: { required: true, type: () => String },
              idNumberHash: { required: true, type: () => String },
              idNumberMasked: { required: true, type: () => String },
              phoneCipher: { required: true, type: () => String, nullable: true },
              phoneHash: { required: true, type: () => String, nullable: true },
              phoneMasked: { required: true, type: () => String, nullable: true },
              keyId: { required: true, type: () => String },
              email: { required: true, type: () => String, nullable: true },
              address: { required: true, type: () => String, nullable: true },
              notes: { required: true, type: () => String, nullable: true },
              locale: { required: true, enum: ['zh-TW', 'zh-CN', 'en'] },
              consentAt: { required: true, type: () => Date, nullable: true },
              consentPurposes: { required: true, type: () => [String] },
              consentRecordedBy: { required: true, type: () => String, nullable: true },
              consentWithdrawnAt: {
                required: true,
                type: () => Date,
                nullable: true,
                description:
                  "Set when a consent once given is withdrawn (all work on the client's open cases stops); cleared by a new grant.",
              },
              officerId: { required: true, type: () => String },
              createdAt: { required: true, type: () => Date },
              updatedAt: { required: true, type: () => Date },
              version: { required: true, type: () => Number },
            },
          },
        ],
        [
          Promise.resolve(m74),
          {
            Team: {
              id: { required: true, type: () => String },
              name: { required: true, type: () => String },
              managerId: { required: true, type: () => String, nullable: true },
              createdAt: { required: true, type: () => Date },
              updatedAt: { required: true, type: () => Date },
              version: { required: true, type: () => Number },
            },
          },
        ],
        [
          Promise.resolve(m75),
          {
            User: {
              id: { required: true, type: () => String },
              email: { required: true, type: () => String },
              fullName: { required: true, type: () => String },
              passwordHash: { required: true, type: () => String },
              role: { required: true, enum: ['officer', 'manager', 'admin'] },
              teamId: { required: true, type: () => String, nullable: true },
              active: { required: true, type: () => Boolean },
              locale: { required: true, enum: ['zh-TW', 'zh-CN', 'en'] },
              tokenVersion: { required: true, type: () => Number },
              mustChangePassword: {
                required: true,
                type: () => Boolean,
                description:
                  'An admin set the password (a reset): the person must choose their own before anything else.',
              },
              passwordChangedAt: { required: true, type: () => Date, nullable: true },
              totpEnrolledAt: {
                required: true,
                type: () => Date,
                nullable: true,
                description:
                  "Set once a second factor's first code was confirmed; its secret is read by SecondFactorService only.",
              },
              secondFactorExempt: {
                required: true,
                type: () => Boolean,
                description:
                  "Not asked to enrol a second factor until it has one (the demo logins); never a real firm's account.",
              },
              lastSignInAt: { required: true, type: () => Date, nullable: true },
              createdAt: { required: true, type: () => Date },
              updatedAt: { required: true, type: () => Date },
              version: { required: true, type: () => Number },
            },
          },
        ],
        [
          Promise.resolve(m76),
          {
            ChangePasswordDto: {
              currentPassword: { required: true, type: () => String, minLength: 1, maxLength: 200 },
              newPassword: {
                required: true,
                type: () => String,
                description:
                  "The rules (length, the common list, not built on one's e-mail or name) answer 422 PASSWORD_REJECTED.",
              },
            },
          },
        ],
        [
          Promise.resolve(m54),
          {
            SecondFactorStatus: {
              enrolled: { required: true, type: () => Boolean },
              enrolledAt: {
                required: true,
                type: () => String,
                nullable: true,
                example: '2026-12-07T09:30:00.000Z',
              },
              recoveryCodesLeft: {
                required: true,
                type: () => Number,
                description: 'Unused recovery codes; each opens one sign-in without the authenticator app.',
                example: 10,
              },
            },
            SecondFactorEnrolment: {
              secret: {
                required: true,
                type: () => String,
                description: 'The shared secret in Base32, for typing into an app that cannot scan.',
              },
              otpauthUri: {
                required: true,
                type: () => String,
                description: 'The otpauth:// URI the QR code holds (RFC 6238 TOTP, 6 digits, 30 seconds).',
              },
              qrCode: {
                required: true,
                type: () => String,
                description: 'The QR code as a PNG data URL, to show as an image.',
              },
            },
            SecondFactorRecoveryCodes: {
              recoveryCodes: { required: true, type: () => [String], example: ['k7qd-3mxa', 'p2vw-9hrt'] },
            },
          },
        ],
        [
          Promise.resolve(m77),
          {
            UpdateSecuritySettingsDto: {
              idleTimeoutMinutes: { required: true, type: () => Number, minimum: 5, maximum: 240 },
              absoluteLifetimeHours: { required: true, type: () => Number, minimum: 1, maximum: 24 },
              secondFactorForOfficers: { required: true, type: () => Boolean },
              version: { required: true, type: () => Number, minimum: 1 },
            },
          },
        ],
        [
          Promise.resolve(m56),
          {
            SecuritySettingsView: {
              idleTimeoutMinutes: {
                required: true,
                type: () => Number,
                description: 'A session not used for this long ends; the dashboard warns a minute before.',
                example: 30,
              },
              absoluteLifetimeHours: {
                required: true,
                type: () => Number,
                description: 'A session ends this long after its sign-in, however busy.',
                example: 12,
              },
              secondFactorForOfficers: {
                required: true,
                type: () => Boolean,
                description: 'Officers need a second factor too (managers and admins always do).',
              },
              updatedAt: { required: true, type: () => String, example: '2026-12-07T09:30:00.000Z' },
              version: { required: true, type: () => Number, example: 1 },
            },
          },
        ],
        [
          Promise.resolve(m55),
          {
            SessionView: {
              id: { required: true, type: () => String, example: '8b0e6a4e-3f0e-4f7a-9a53-6f1c2d9f4b11' },
              device: {
                required: true,
                type: () => String,
                description: 'The browser and system the session signed in from, as its user agent says.',
                example: 'Chrome 131 \u00B7 Windows',
              },
              ipAddress: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'The network address of the sign-in or of the latest refresh.',
                example: '203.0.113.24',
              },
              createdAt: { required: true, type: () => String, example: '2026-12-07T01:30:00.000Z' },
              lastSeenAt: {
                required: true,
                type: () => String,
                description: 'The latest sign-in or refresh.',
                example: '2026-12-07T02:10:00.000Z',
              },
              expiresAt: {
                required: true,
                type: () => String,
                description: 'The absolute end of the session.',
                example: '2026-12-07T13:30:00.000Z',
              },
              current: {
                required: true,
                type: () => Boolean,
                description: 'The session this request is made with.',
              },
            },
          },
        ],
        [
          Promise.resolve(m78),
          {
            SignInDto: {
              email: { required: true, type: () => String, maxLength: 254, format: 'email' },
              password: { required: true, type: () => String, minLength: 1, maxLength: 200 },
              code: {
                required: false,
                type: () => String,
                description: 'With a second factor enrolled: the six digits the authenticator app shows now.',
                pattern: '^[0-9]{6}$',
              },
              recoveryCode: {
                required: false,
                type: () => String,
                description: 'Instead of `code`: one of the recovery codes given at enrolment, good once.',
                maxLength: 20,
              },
            },
          },
        ],
        [
          Promise.resolve(m79),
          {
            RefreshSessionDto: {
              idleSeconds: {
                required: false,
                type: () => Number,
                description:
                  "Seconds since the person last touched the page (0 or absent: just now). At the firm's idle timeout\nthe session ends instead of being refreshed.",
                minimum: 0,
                maximum: 86400,
              },
            },
          },
        ],
        [
          Promise.resolve(m3),
          {
            UserView: {
              id: { required: true, type: () => String, example: '3f2a9c4e-8b1d-4e6f-a0c2-5d7e9f1b3a64' },
              email: { required: true, type: () => String, example: 'officer@accord.test' },
              fullName: { required: true, type: () => String },
              role: { required: true, enum: ['officer', 'manager', 'admin'] },
              teamId: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'Null for a user in no team (admins, usually).',
              },
              active: {
                required: true,
                type: () => Boolean,
                description: 'A user who is not active cannot sign in.',
              },
              locale: {
                required: true,
                description: 'The language of the dashboard and of what is sent to them.',
                enum: ['zh-TW', 'zh-CN', 'en'],
              },
              lastSignInAt: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'Null until they first sign in.',
                example: '2025-06-02T01:15:00.000Z',
              },
              createdAt: { required: true, type: () => String, example: '2025-01-06T02:00:00.000Z' },
              updatedAt: { required: true, type: () => String, example: '2025-06-02T01:15:00.000Z' },
              version: {
                required: true,
                type: () => Number,
                description: 'Send it back with a change: a stale one answers 409.',
              },
            },
            UserPage: {
              data: {
                required: true,
                type: () => [t['../../../libs/server/users/src/views/user.view'].UserView],
              },
              total: { required: true, type: () => Number },
            },
          },
        ],
        [
          Promise.resolve(m53),
          {
            SignInResult: {
              accessToken: {
                required: true,
                type: () => String,
                description:
                  'A bearer token (a signed JWT) to send as `Authorization: Bearer <accessToken>`. It stops working after\n`expiresIn` seconds (refresh before: POST /api/auth/refresh), when its session ends (signed out,\nended from the session list), or when an admin disables the user or changes their role or password.\nKeep it out of logs, URLs and storage a page script can read.',
              },
              expiresIn: {
                required: true,
                type: () => Number,
                description: 'Seconds the token is valid from now.',
                example: 300,
              },
              user: {
                required: true,
                type: () => t['../../../libs/server/users/src/views/user.view'].UserView,
              },
              mustChangePassword: {
                required: true,
                type: () => Boolean,
                description:
                  'An admin set or reset this password: until the person chooses their own (POST /api/auth/password),\nevery other route answers 403 PASSWORD_CHANGE_REQUIRED.',
              },
              mustEnrolSecondFactor: {
                required: true,
                type: () => Boolean,
                description:
                  'The role needs a second factor (managers, admins; officers where the firm says so) and none is\nenrolled: until it is (POST /api/auth/second-factor/enrolment\u2026), every other route answers 403\nSECOND_FACTOR_ENROLMENT_REQUIRED.',
              },
              secondFactorEnrolled: { required: true, type: () => Boolean },
              idleTimeoutSeconds: {
                required: true,
                type: () => Number,
                description:
                  "The firm's idle timeout: a session whose person has not touched the dashboard for this long ends at its\nnext refresh; the dashboard warns a minute before.",
                example: 1800,
              },
              sessionExpiresAt: {
                required: true,
                type: () => String,
                description: "The session's absolute end (sign-in plus the firm's lifetime), however busy.",
                example: '2026-12-07T13:30:00.000Z',
              },
            },
          },
        ],
        [
          Promise.resolve(m80),
          {
            ConfirmSecondFactorDto: {
              code: {
                required: true,
                type: () => String,
                description: 'The six digits the authenticator app shows now.',
                pattern: '^[0-9]{6}$',
              },
            },
          },
        ],
        [
          Promise.resolve(m81),
          {
            CreateTeamDto: {
              name: { required: true, type: () => String, minLength: 1, maxLength: 100 },
              managerId: { required: false, type: () => String, nullable: true, format: 'uuid' },
            },
            UpdateTeamDto: {
              name: { required: false, type: () => String, minLength: 1, maxLength: 100 },
              managerId: { required: false, type: () => String, nullable: true, format: 'uuid' },
              version: { required: true, type: () => Number, minimum: 1 },
            },
            TeamListQueryDto: { sort: { required: true, default: 'name', enum: ['name', 'createdAt'] } },
          },
        ],
        [
          Promise.resolve(m4),
          {
            TeamView: {
              id: { required: true, type: () => String, example: '9b1e4d2c-7a3f-4c5e-b8d6-0f2a1c3e5d7b' },
              name: { required: true, type: () => String },
              managerId: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'The user who manages the team; null while it has none.',
              },
              memberCount: {
                required: true,
                type: () => Number,
                description: 'Active users in the team, whatever their role.',
              },
              createdAt: { required: true, type: () => String, example: '2025-01-06T02:00:00.000Z' },
              updatedAt: { required: true, type: () => String, example: '2025-03-11T08:30:00.000Z' },
              version: {
                required: true,
                type: () => Number,
                description: 'Send it back with a change: a stale one answers 409.',
              },
            },
            TeamPage: {
              data: {
                required: true,
                type: () => [t['../../../libs/server/users/src/views/team.view'].TeamView],
              },
              total: { required: true, type: () => Number },
            },
          },
        ],
        [
          Promise.resolve(m82),
          {
            CreateUserDto: {
              email: { required: true, type: () => String, maxLength: 254, format: 'email' },
              fullName: { required: true, type: () => String, minLength: 1, maxLength: 100 },
              role: { required: true, enum: ['officer', 'manager', 'admin'] },
              teamId: { required: false, type: () => String, nullable: true, format: 'uuid' },
              locale: { required: false, enum: ['zh-TW', 'zh-CN', 'en'] },
              password: {
                required: true,
                type: () => String,
                description:
                  'Held to the password rules (PASSWORD_REJECTED); the person chooses their own at the next sign-in.',
              },
            },
            UpdateUserDto: {
              active: { required: false, type: () => Boolean },
              version: { required: true, type: () => Number, minimum: 1 },
            },
            UserListQueryDto: {
              sort: {
                required: true,
                default: 'fullName',
                enum: ['email', 'fullName', 'createdAt', 'role', 'lastSignInAt'],
              },
              role: { required: false, enum: ['officer', 'manager', 'admin'] },
              teamId: { required: false, type: () => String, format: 'uuid' },
              active: { required: false, type: () => Boolean },
            },
          },
        ],
        [
          Promise.resolve(m58),
          {
            ReminderSettings: {
              quietStart: {
                required: true,
                type: () => String,
                description:
                  'Client reminders falling between quietStart and quietEnd wait until the quiet ends.',
                example: '21:00',
              },
              quietEnd: { required: true, type: () => String, example: '08:00' },
              staffTime: {
                required: true,
                type: () => String,
                description: 'The time of day staff reminders are due.',
                example: '09:00',
              },
              clientTime: {
                required: true,
                type: () => String,
                description: 'The time of day client reminders are due.',
                example: '10:00',
              },
              digestTime: {
                required: true,
                type: () => String,
                description: "When each officer's morning digest goes out.",
                example: '08:30',
              },
              staleAfterDays: {
                required: true,
                type: () => Number,
                description:
                  'Days without activity after which an open case is reminded to its officer as stale.',
                example: 14,
              },
              clientChannels: {
                required: true,
                type: () => [Object],
                description: 'How reminders reach clients.',
                enum: ['email', 'sms'],
                isArray: true,
              },
              version: {
                required: true,
                type: () => Number,
                description: 'Sent back with a change: a change made on an older version answers 409.',
              },
              updatedAt: { required: true, type: () => Date },
              timeZone: {
                required: true,
                type: () => String,
                description: "The firm's time zone, a deployment setting that is not changed here.",
                example: 'Asia/Taipei',
              },
            },
          },
        ],
        [
          Promise.resolve(m6),
          {
            Reminder: {
              id: { required: true, type: () => String, example: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a' },
              kind: {
                required: true,
                type: () => String,
                description:
                  'installment_due, document_overdue, morning_digest\u2026: later features add kinds of their own.',
              },
              caseId: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'Null for reminders about no one case (the morning digest).',
              },
              subjectType: {
                required: true,
                type: () => String,
                description:
                  'The kind of row whose change causes the reminder (installment, document_requirement, contact, case, user\u2026).',
              },
              subjectId: { required: true, type: () => String },
              slot: {
                required: true,
                type: () => String,
                description: "Tells the subject's reminders of one kind apart (e.g. client-3d, officer+1d).",
              },
              recipient: { required: true, enum: ['officer', 'manager', 'client'] },
              recipientUserId: {
                required: true,
                type: () => String,
                nullable: true,
                description:
                  'Set for reminders to one person by name (the morning digest); otherwise who gets it is resolved when it fires.',
              },
              dueAt: { required: true, type: () => Date, example: '2026-12-07T02:00:00.000Z' },
              status: { required: true, enum: ['failed', 'scheduled', 'sent', 'cancelled'] },
              attempts: { required: true, type: () => Number },
              lastError: { required: true, type: () => String, nullable: true },
              payload: {
                required: true,
                type: 'object',
                additionalProperties: true,
                description: 'Facts the message needs, free-form by kind (reference, amount, date\u2026).',
              },
              heldUntil: {
                required: true,
                type: () => Date,
                nullable: true,
                description: 'A client reminder that fell in quiet hours waits until then.',
              },
              firedAt: { required: true, type: () => Date, nullable: true },
              createdAt: { required: true, type: () => Date },
              updatedAt: { required: true, type: () => Date },
            },
          },
        ],
        [
          Promise.resolve(m5),
          {
            Notification: {
              id: { required: true, type: () => String, example: '5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c' },
              kind: {
                required: true,
                type: () => String,
                description: 'The kind of the reminder that left it (installment_due, morning_digest\u2026).',
              },
              caseId: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'Null when it is about no one case (the morning digest).',
              },
              reminderId: { required: true, type: () => String, nullable: true },
              title: {
                required: true,
                type: () => String,
                description: "Worded in the reader's language when it was written.",
              },
              body: { required: true, type: () => String },
              readAt: { required: true, type: () => Date, nullable: true, description: 'Null while unread.' },
              createdAt: { required: true, type: () => Date, example: '2026-12-07T01:00:00.000Z' },
            },
            NotificationPage: {
              data: {
                required: true,
                type: () => [t['../../../libs/server/reminders/src/views/notification.view'].Notification],
              },
              total: { required: true, type: () => Number },
            },
            NotificationUnreadCount: { unread: { required: true, type: () => Number, example: 3 } },
            NotificationsMarkedRead: {
              marked: { required: true, type: () => Number, description: 'How many were unread until now.' },
            },
          },
        ],
        [
          Promise.resolve(m57),
          {
            ReminderPage: {
              data: {
                required: true,
                type: () => [t['../../../libs/server/reminders/src/reminder.entity'].Reminder],
              },
              total: { required: true, type: () => Number },
            },
          },
        ],
        [
          Promise.resolve(m7),
          {
            FailedDelivery: {
              id: { required: true, type: () => String, example: '3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a' },
              reminderId: {
                required: true,
                type: () => String,
                example: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a',
              },
              channel: { required: true, enum: ['in_app', 'email', 'sms'] },
              address: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'The address tried, masked; null for in-app deliveries.',
              },
              attempts: { required: true, type: () => Number },
              lastError: {
                required: true,
                type: () => String,
                nullable: true,
                description: "The channel's last refusal, as it gave it.",
              },
              updatedAt: { required: true, type: () => Date, example: '2026-12-07T01:00:12.000Z' },
              kind: {
                required: true,
                type: () => String,
                description: "The reminder's kind (installment_due, document_overdue\u2026).",
              },
              caseId: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'Null for reminders about no case (the morning digest).',
              },
              reminderStatus: {
                required: true,
                description: 'Where the reminder itself stands: a retried one is scheduled again.',
                enum: ['failed', 'scheduled', 'sent', 'cancelled'],
              },
            },
            FailedDeliveryPage: {
              data: {
                required: true,
                type: () => [
                  t['../../../libs/server/reminders/src/views/failed-delivery.view'].FailedDelivery,
                ],
              },
              total: { required: true, type: () => Number },
            },
          },
        ],
        [
          Promise.resolve(m59),
          {
            ReminderChannels: {
              channels: { required: true, type: () => [Object], enum: ['in_app', 'email'], isArray: true },
            },
          },
        ],
        [
          Promise.resolve(m83),
          {
            CreateClientDto: {
              fullName: { required: true, type: () => String, minLength: 1, maxLength: 100 },
              idType: { required: true, enum: ['other', 'cn_resident_id', 'tw_national_id', 'passport'] },
              idNumber: { required: true, type: () => String, minLength: 4, maxLength: 40 },
              phone: {
                required: false,
                type: () => String,
                nullable: true,
                pattern: '^\\+?[\\d\\s()-]{7,20}$',
              },
              email: { required: false, type: () => String, nullable: true, maxLength: 254, format: 'email' },
              address: { required: false, type: () => String, nullable: true, maxLength: 300 },
              notes: { required: false, type: () => String, nullable: true, maxLength: 4000 },
              locale: { required: false, enum: ['zh-TW', 'zh-CN', 'en'] },
              consentPurposes: { required: false, type: () => [String] },
              officerId: { required: false, type: () => String, format: 'uuid' },
            },
            UpdateClientDto: { version: { required: true, type: () => Number, minimum: 1 } },
            ClientListQueryDto: {
              sort: { required: true, default: 'createdAt', enum: ['fullName', 'createdAt'] },
              officerId: { required: false, type: () => String, format: 'uuid' },
            },
            ClientLookupDto: {
              sort: { required: true, default: 'createdAt', enum: ['fullName', 'createdAt'] },
              idNumber: { required: false, type: () => String, minLength: 1, maxLength: 40 },
              phone: { required: false, type: () => String, minLength: 1, maxLength: 30 },
              officerId: { required: false, type: () => String, format: 'uuid' },
            },
          },
        ],
        [
          Promise.resolve(m84),
          {
            Case: {
              id: { required: true, type: () => String },
              reference: { required: true, type: () => String },
              clientId: { required: true, type: () => String },
              officerId: { required: true, type: () => String },
              stage: {
                required: true,
                enum: [
                  'intake',
                  'documents',
                  'creditor_contact',
                  'negotiating',
                  'agreed',
                  'repaying',
                  'credit_repair',
                  'closed',
                ],
              },
              outcome: {
                required: true,
                nullable: true,
                enum: ['resolved', 'withdrawn', 'failed', 'litigated'],
              },
              closingNote: { required: true, type: () => String, nullable: true },
              overdueReason: {
                required: true,
                enum: ['job_loss', 'illness', 'business_failure', 'family_emergency', 'other'],
              },
              overdueReasonText: { required: true, type: () => String, nullable: true },
              litigationRisk: { required: true, enum: ['none', 'low', 'high', 'sued'] },
              openedOn: { required: true, type: () => String },
              closedOn: { required: true, type: () => String, nullable: true },
              closedFrom: {
                required: true,
                nullable: true,
                description: 'The stage the case was closed from: the steps after it were never reached.',
                enum: [
                  'intake',
                  'documents',
                  'creditor_contact',
                  'negotiating',
                  'agreed',
                  'repaying',
                  'credit_repair',
                  'closed',
                ],
              },
              totalOutstandingFen: { required: true, type: () => Number },
              totalOverdueFen: { required: true, type: () => Number },
              totalsByCurrency: {
                required: true,
                type: () => Object,
                description:
                  "The open debts' amounts per currency, kept beside the totals by refreshCaseTotals.",
              },
              outstandingCnyFen: {
                required: true,
                type: () => Number,
                description: "Kept by PostgreSQL from totalsByCurrency, for the list's sort by what is owed.",
              },
              outstandingTwdFen: { required: true, type: () => Number },
              earliestOverdueSince: { required: true, type: () => String, nullable: true },
              openDebtCount: { required: true, type: () => Number },
              lastActivityAt: { required: true, type: () => Date },
              createdAt: { required: true, type: () => Date },
              updatedAt: { required: true, type: () => Date },
              version: { required: true, type: () => Number },
            },
          },
        ],
        [
          Promise.resolve(m8),
          {
            CustomerServiceContact: {
              channel: {
                required: true,
                enum: ['other', 'hotline', 'online_chat', 'in_app', 'letter', 'email'],
              },
              value: {
                required: true,
                type: () => String,
                description: 'The number, address or place in the app.',
                example: '95188',
              },
              hours: {
                required: false,
                type: () => String,
                description: 'When it answers, in words.',
                example: '09:00\u201321:00',
              },
            },
          },
        ],
        [
          Promise.resolve(m85),
          {
            LateFeeRuleView: {
              kind: { required: true, enum: ['fixed', 'none', 'share_of_minimum'] },
              shareBp: {
                required: false,
                type: () => Number,
                description: 'share_of_minimum: basis points of the unpaid minimum each cycle, 500 = 5 %.',
              },
              capFen: {
                required: false,
                type: () => Number,
                nullable: true,
                description: 'share_of_minimum: at most this many fen per charge; null: no cap.',
              },
              fen: { required: false, type: () => Number, description: 'fixed: fen per cycle.' },
              maxCycles: {
                required: false,
                type: () => Number,
                nullable: true,
                description:
                  'Charged for at most this many cycles (Taiwan cards: 3); null or absent: no limit.',
              },
            },
          },
        ],
        [
          Promise.resolve(m10),
          {
            Creditor: {
              id: { required: true, type: () => String },
              name: { required: true, type: () => String },
              product: {
                required: true,
                enum: ['other', 'huabei', 'jiebei', 'credit_card', 'consumer_loan', 'online_loan'],
              },
              market: { required: true, enum: ['CN', 'TW'] },
              customerService: {
                required: true,
                type: () => [
                  t['../../../libs/server/creditors/src/views/customer-service-contact.view']
                    .CustomerServiceContact,
                ],
              },
              penaltyDailyRatePpm: {
                required: true,
                type: () => Number,
                description: 'Parts per million a day: 500 = 0.05 %, 350 = 0.035 %.',
              },
              penaltyCompounding: { required: true, enum: ['none', 'monthly'] },
              penaltyYearlyCapBp: {
                required: true,
                type: () => Number,
                nullable: true,
                description: 'The penalty at most this yearly rate on the base (2400 = 24 % a year).',
              },
              lateFee: {
                required: true,
                type: () => Object,
                description:
                  'The card late fee on the unpaid minimum, apart from the penalty (it bears no interest).',
              },
              penaltyBase: { required: true, enum: ['overdue_amount', 'outstanding_amount', 'principal'] },
              penaltyCapBp: { required: true, type: () => Number, nullable: true },
              checkLprCap: {
                required: true,
                type: () => Boolean,
                description:
                  "Read the rule against 4 \u00D7 the one-year LPR at each debt's contract date (private lending).",
              },
              maxInstallmentMonths: { required: true, type: () => Number, nullable: true },
              negotiationNotes: { required: true, type: () => String, nullable: true },
              litigationPractice: {
                required: true,
                description:
                  "How often the firm has seen this creditor go to court; one of the litigation risk's rules reads it.",
                enum: ['unknown', 'rarely', 'sometimes', 'often'],
              },
              active: { required: true, type: () => Boolean },
              createdAt: { required: true, type: () => Date },
              updatedAt: { required: true, type: () => Date },
              version: { required: true, type: () => Number },
            },
          },
        ],
        [
          Promise.resolve(m9),
          {
            CustomerServiceContactDto: {
              channel: {
                required: true,
                enum: ['other', 'hotline', 'online_chat', 'in_app', 'letter', 'email'],
              },
              value: { required: true, type: () => String, minLength: 1, maxLength: 200 },
              hours: { required: false, type: () => String, maxLength: 100 },
            },
            LateFeeDto: {
              kind: { required: true, enum: ['fixed', 'none', 'share_of_minimum'] },
              shareBp: { required: false, type: () => Number, minimum: 0, maximum: 10000 },
              fen: { required: false, type: () => Number, minimum: 0, maximum: 100000000 },
              capFen: { required: false, type: () => Number, nullable: true, minimum: 0, maximum: 100000000 },
              maxCycles: { required: false, type: () => Number, nullable: true, minimum: 1, maximum: 120 },
            },
            CreateCreditorDto: {
              name: { required: true, type: () => String, minLength: 1, maxLength: 100 },
              product: {
                required: true,
                enum: ['other', 'huabei', 'jiebei', 'credit_card', 'consumer_loan', 'online_loan'],
              },
              market: { required: false, enum: ['CN', 'TW'] },
              customerService: {
                required: false,
                type: () => [
                  t['../../../libs/server/creditors/src/dto/creditor.dto'].CustomerServiceContactDto,
                ],
                maxItems: 20,
              },
              penaltyDailyRatePpm: { required: true, type: () => Number, minimum: 0, maximum: 100000 },
              penaltyCompounding: { required: false, enum: ['none', 'monthly'] },
              penaltyYearlyCapBp: {
                required: false,
                type: () => Number,
                nullable: true,
                minimum: 0,
                maximum: 1000000,
              },
              lateFee: {
                required: false,
                type: () => t['../../../libs/server/creditors/src/dto/creditor.dto'].LateFeeDto,
              },
              penaltyBase: { required: false, enum: ['overdue_amount', 'outstanding_amount', 'principal'] },
              penaltyCapBp: {
                required: false,
                type: () => Number,
                nullable: true,
                minimum: 0,
                maximum: 1000000,
              },
              checkLprCap: { required: false, type: () => Boolean },
              maxInstallmentMonths: {
                required: false,
                type: () => Number,
                nullable: true,
                minimum: 1,
                maximum: 120,
              },
              negotiationNotes: { required: false, type: () => String, nullable: true, maxLength: 4000 },
              litigationPractice: {
                required: false,
                description: 'How often the firm has seen this creditor go to court (unknown by default).',
                enum: ['unknown', 'rarely', 'sometimes', 'often'],
              },
            },
            UpdateCreditorDto: {
              active: { required: false, type: () => Boolean },
              version: { required: true, type: () => Number, minimum: 1 },
            },
            CreditorListQueryDto: {
              sort: { required: true, default: 'name', enum: ['name', 'createdAt', 'product'] },
              product: {
                required: false,
                enum: ['other', 'huabei', 'jiebei', 'credit_card', 'consumer_loan', 'online_loan'],
              },
              market: { required: false, enum: ['CN', 'TW'] },
              active: { required: false, type: () => Boolean },
            },
          },
        ],
        [
          Promise.resolve(m60),
          {
            CreditorPage: {
              data: {
                required: true,
                type: () => [t['../../../libs/server/creditors/src/creditor.entity'].Creditor],
              },
              total: { required: true, type: () => Number },
            },
          },
        ],
        [
          Promise.resolve(m86),
          {
            LprRate: {
              effectiveOn: { required: true, type: () => String },
              oneYearBp: {
                required: true,
                type: () => Number,
                description:
                  'The one-year rate in basis points: 385 = 3.85 %. The line courts draw is 4 \u00D7 this.',
              },
              fiveYearBp: {
                required: true,
                type: () => Number,
                nullable: true,
                description:
                  'The five-year-and-over rate (mortgages), kept for completeness; nothing reads it yet.',
              },
              source: {
                required: true,
                type: () => String,
                description: 'The announcement the figures come from.',
              },
              createdAt: { required: true, type: () => Date },
              updatedAt: { required: true, type: () => Date },
              version: { required: true, type: () => Number },
            },
          },
        ],
        [
          Promise.resolve(m87),
          {
            LprRateParams: {
              effectiveOn: { required: true, type: () => String, minLength: 10, maxLength: 10 },
            },
            CreateLprRateDto: {
              effectiveOn: { required: true, type: () => String, minLength: 10, maxLength: 10 },
              oneYearBp: { required: true, type: () => Number, minimum: 1 },
              fiveYearBp: { required: false, type: () => Number, nullable: true, minimum: 1 },
              source: { required: true, type: () => String, minLength: 1, maxLength: 2000 },
            },
            UpdateLprRateDto: { version: { required: true, type: () => Number, minimum: 1 } },
            LprRateListQueryDto: { sort: { required: true, type: () => Object, default: 'effectiveOn' } },
          },
        ],
        [
          Promise.resolve(m11),
          {
            LprRateView: {
              id: {
                required: true,
                type: () => String,
                description: "The effective date again, as the row's id.",
                example: '2025-05-20',
              },
              effectiveOn: {
                required: true,
                type: () => String,
                description:
                  "The day the announcement takes effect, YYYY-MM-DD; in force until the next row's date.",
                example: '2025-05-20',
              },
              oneYearBp: {
                required: true,
                type: () => Number,
                description:
                  'The one-year rate in basis points: 300 = 3.00 %. The line courts draw is 4 \u00D7 this.',
                example: 300,
              },
              fiveYearBp: {
                required: true,
                type: () => Number,
                nullable: true,
                description:
                  'The five-year-and-over rate in basis points (mortgages); null when not recorded.',
              },
              source: {
                required: true,
                type: () => String,
                description: 'The announcement the figures come from.',
              },
              createdAt: { required: true, type: () => String, example: '2025-05-20T01:30:00.000Z' },
              updatedAt: { required: true, type: () => String },
              version: {
                required: true,
                type: () => Number,
                description:
                  'Sent back with a change, which is refused when someone else changed the row first.',
              },
            },
            LprRatePage: {
              data: {
                required: true,
                type: () => [t['../../../libs/server/creditors/src/views/lpr-rate.view'].LprRateView],
              },
              total: { required: true, type: () => Number },
            },
          },
        ],
        [
          Promise.resolve(m61),
          {
            CaseSettings: {
              officerClosesNeedManager: {
                required: true,
                type: () => Boolean,
                description: "Officers' closes wait for a manager, who closes the case with a reason.",
              },
              version: {
                required: true,
                type: () => Number,
                description: 'Send it back with a change: a stale one answers 409.',
              },
              updatedAt: { required: true, type: () => String, example: '2025-05-20T09:00:00.000Z' },
            },
          },
        ],
        [
          Promise.resolve(m12),
          {
            CurrencyTotalsView: {
              currency: { required: true, enum: ['CNY', 'TWD'] },
              outstandingFen: { required: true, type: () => Number, example: 1250000 },
              overdueFen: { required: true, type: () => Number, example: 320000 },
            },
            CaseBaseView: {
              id: { required: true, type: () => String, example: '6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e' },
              reference: { required: true, type: () => String, example: 'AC-2025-000123' },
              clientId: { required: true, type: () => String },
              clientName: { required: true, type: () => String, nullable: true },
              officerId: { required: true, type: () => String },
              officerName: { required: true, type: () => String, nullable: true },
              stage: {
                required: true,
                enum: [
                  'intake',
                  'documents',
                  'creditor_contact',
                  'negotiating',
                  'agreed',
                  'repaying',
                  'credit_repair',
                  'closed',
                ],
              },
              outcome: {
                required: true,
                nullable: true,
                description: 'Set once the case is closed.',
                enum: ['resolved', 'withdrawn', 'failed', 'litigated'],
              },
              overdueReason: {
                required: true,
                enum: ['job_loss', 'illness', 'business_failure', 'family_emergency', 'other'],
              },
              litigationRisk: { required: true, enum: ['none', 'low', 'high', 'sued'] },
              openedOn: { required: true, type: () => String, example: '2025-03-14' },
              closedOn: { required: true, type: () => String, nullable: true, example: '2025-11-30' },
              totalOutstandingFen: {
                required: true,
                type: () => Number,
                description:
                  "Every open debt's outstanding amount, whatever its currency: read totalsByCurrency to show money.",
                example: 1250000,
              },
              totalOverdueFen: { required: true, type: () => Number, example: 320000 },
              earliestOverdueSince: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'The earliest missed due date among the open debts; null when none is overdue.',
              },
              maxDaysOverdue: {
                required: true,
                type: () => Number,
                description:
                  "Days since earliestOverdueSince, on the firm's calendar; 0 when nothing is overdue.",
              },
              openDebtCount: { required: true, type: () => Number },
              lastActivityAt: { required: true, type: () => String, example: '2025-06-02T08:15:00.000Z' },
              version: {
                required: true,
                type: () => Number,
                description: 'Send it back with a change: a stale one answers 409.',
              },
            },
            CaseListItem: {
              totalsByCurrency: {
                required: true,
                type: () => [
                  t['../../../libs/server/cases/src/views/case-list-item.view'].CurrencyTotalsView,
                ],
                description:
                  'What the case owes per currency (only those it owes in): totalOutstandingFen alone would add yuan to Taiwan dollars.',
              },
            },
            CasePage: {
              data: {
                required: true,
                type: () => [t['../../../libs/server/cases/src/views/case-list-item.view'].CaseListItem],
              },
              total: {
                required: true,
                type: () => Number,
                description: 'Every case the filters match, across pages.',
              },
            },
          },
        ],
        [
          Promise.resolve(m88),
          {
            Debt: {
              id: { required: true, type: () => String },
              caseId: { required: true, type: () => String },
              creditorId: { required: true, type: () => String },
              accountReferenceMasked: { required: true, type: () => String, nullable: true },
              principalFen: { required: true, type: () => Number },
              minimumDueFen: {
                required: true,
                type: () => Number,
                nullable: true,
                description:
                  "The minimum payment left unpaid (a card's), on which its late fee is charged; null when none.",
              },
              principalNote: {
                required: true,
                type: () => String,
                nullable: true,
                description:
                  'Why the principal is above what is outstanding, when it is (the officer says so).',
              },
              outstandingFen: { required: true, type: () => Number },
              overdueFen: { required: true, type: () => Number },
              currency: {
                required: true,
                description:
                  "From the creditor's market unless an admin set it: every amount of this debt is in it.",
                enum: ['CNY', 'TWD'],
              },
              overdueSince: { required: true, type: () => String, nullable: true },
              contractDate: {
                required: true,
                type: () => String,
                nullable: true,
                description:
                  'The day the loan or card contract was signed: the LPR of that day draws the 4 \u00D7 LPR line.',
              },
              status: { required: true, enum: ['open', 'excluded', 'settled', 'paid_off'] },
              excludedReason: { required: true, type: () => String, nullable: true },
              createdAt: { required: true, type: () => Date },
              updatedAt: { required: true, type: () => Date },
              version: { required: true, type: () => Number },
            },
          },
        ],
        [
          Promise.resolve(m13),
          {
            LprCapCheckView: {
              status: { required: true, enum: ['unknown', 'within', 'over'] },
              reason: {
                required: false,
                description:
                  "Only when unknown: no contract date, or a date before the LPR table's first row.",
                enum: ['NO_CONTRACT_DATE', 'NO_LPR_FOR_DATE'],
              },
              lprBp: {
                required: false,
                type: () => Number,
                description:
                  'The one-year LPR in force at the contract date, in basis points (385 = 3.85 %).',
              },
              lprEffectiveOn: { required: false, type: () => String, example: '2024-07-22' },
              capBp: {
                required: false,
                type: () => Number,
                description: 'The line courts protect up to: 4 \u00D7 lprBp.',
              },
              annualRateBp: {
                required: false,
                type: () => Number,
                description: "The creditor rule's yearly cost, in basis points.",
              },
            },
          },
        ],
        [
          Promise.resolve(m14),
          {
            PenaltyPointView: {
              afterDays: { required: true, type: () => Number, description: '0, 30, 90 or 180.' },
              date: { required: true, type: () => String, example: '2025-07-01' },
              daysOverdue: {
                required: true,
                type: () => Number,
                description: 'Stops growing on the day a creditor agreed a plan on the debt.',
              },
              penaltyFen: { required: true, type: () => Number, example: 18000 },
              lateFeeFen: { required: true, type: () => Number },
              totalOwedFen: {
                required: true,
                type: () => Number,
                description: 'Outstanding plus the penalty and late fees to that date.',
              },
            },
          },
        ],
        [
          Promise.resolve(m15),
          {
            DebtView: {
              id: { required: true, type: () => String, example: '0b9e8f7a-6d5c-4b3a-9e8f-7a6d5c4b3a21' },
              caseId: { required: true, type: () => String },
              creditorId: { required: true, type: () => String },
              creditorName: { required: true, type: () => String },
              product: {
                required: true,
                type: () => String,
                description: "The creditor's product (huabei, credit_card, \u2026).",
              },
              accountReferenceMasked: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'Only the last four characters of the account or card number.',
                example: '****4321',
              },
              currency: {
                required: true,
                description: 'Every amount of the debt is in it.',
                enum: ['CNY', 'TWD'],
              },
              principalFen: { required: true, type: () => Number, example: 1500000 },
              principalNote: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'Why the principal is above what is outstanding, when it is.',
              },
              outstandingFen: { required: true, type: () => Number, example: 1250000 },
              overdueFen: { required: true, type: () => Number, example: 320000 },
              overdueSince: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'The missed due date; null when the debt is not overdue.',
                example: '2025-01-15',
              },
              contractDate: {
                required: true,
                type: () => String,
                nullable: true,
                description:
                  'The day the contract was signed: the LPR of that day draws the 4 \u00D7 LPR line.',
              },
              lprCheck: {
                required: true,
                type: () => t['../../../libs/server/cases/src/views/lpr-cap-check.view'].LprCapCheckView,
                nullable: true,
                description: 'Null for creditors the catalog does not check against 4 \u00D7 LPR.',
              },
              status: { required: true, enum: ['open', 'excluded', 'settled', 'paid_off'] },
              excludedReason: { required: true, type: () => String, nullable: true },
              daysOverdue: { required: true, type: () => Number, description: '0 unless the debt is open.' },
              overdueBucket: {
                required: true,
                nullable: true,
                description: 'Null when not overdue.',
                enum: ['M1', 'M2', 'M3', 'M3+'],
              },
              cardRiskClass: {
                required: true,
                nullable: true,
                description:
                  "The mainland regulator's five classes: only for a credit card owed in yuan, null otherwise.",
                enum: ['normal', 'special_mention', 'substandard', 'doubtful', 'loss'],
              },
              minimumDueFen: {
                required: true,
                type: () => Number,
                nullable: true,
                description:
                  "A card's unpaid minimum payment, on which its late fee is charged; null when none.",
              },
              penaltyAccruedFen: { required: true, type: () => Number, example: 18000 },
              lateFeeAccruedFen: { required: true, type: () => Number },
              chargesAccruedFen: {
                required: true,
                type: () => Number,
                description: 'Penalty and late fees together.',
              },
              createdAt: { required: true, type: () => String, example: '2025-03-14T02:30:00.000Z' },
              updatedAt: { required: true, type: () => String },
              version: {
                required: true,
                type: () => Number,
                description: 'Send it back with a change: a stale one answers 409.',
              },
            },
            DebtDetail: {
              projection: {
                required: true,
                type: () => [t['../../../libs/server/cases/src/views/penalty-point.view'].PenaltyPointView],
                description:
                  'Penalty and late fees at +0, +30, +90 and +180 days if nothing is paid; they stop on the day a creditor agreed a plan.',
              },
            },
            DebtPage: {
              data: {
                required: true,
                type: () => [t['../../../libs/server/cases/src/views/debt.view'].DebtView],
              },
              total: { required: true, type: () => Number },
            },
            RemovedDebt: { id: { required: true, type: () => String } },
          },
        ],
        [
          Promise.resolve(m89),
          {
            CreateCaseDto: {
              clientId: { required: true, type: () => String, format: 'uuid' },
              officerId: { required: false, type: () => String, format: 'uuid' },
              overdueReason: {
                required: true,
                enum: ['job_loss', 'illness', 'business_failure', 'family_emergency', 'other'],
              },
              overdueReasonText: { required: false, type: () => String, nullable: true, maxLength: 2000 },
              litigationRisk: { required: false, enum: ['none', 'low', 'high', 'sued'] },
            },
            UpdateCaseDto: {
              overdueReason: {
                required: false,
                enum: ['job_loss', 'illness', 'business_failure', 'family_emergency', 'other'],
              },
              overdueReasonText: { required: false, type: () => String, nullable: true, maxLength: 2000 },
              litigationRisk: { required: false, enum: ['none', 'low', 'high', 'sued'] },
              outcome: {
                required: false,
                nullable: true,
                enum: ['resolved', 'withdrawn', 'failed', 'litigated'],
              },
              closingNote: { required: false, type: () => String, nullable: true, maxLength: 4000 },
              version: { required: true, type: () => Number, minimum: 1 },
            },
            TransitionDto: {
              to: {
                required: true,
                enum: [
                  'intake',
                  'documents',
                  'creditor_contact',
                  'negotiating',
                  'agreed',
                  'repaying',
                  'credit_repair',
                  'closed',
                ],
              },
              reason: { required: false, type: () => String, maxLength: 2000 },
              outcome: { required: false, enum: ['resolved', 'withdrawn', 'failed', 'litigated'] },
              closingNote: { required: false, type: () => String, maxLength: 4000 },
              approvalReason: { required: false, type: () => String, maxLength: 2000 },
              version: { required: false, type: () => Number, minimum: 1 },
            },
            ReopenDto: {
              to: {
                required: true,
                enum: [
                  'intake',
                  'documents',
                  'creditor_contact',
                  'negotiating',
                  'agreed',
                  'repaying',
                  'credit_repair',
                  'closed',
                ],
              },
              reason: { required: true, type: () => String, minLength: 1, maxLength: 2000 },
              resumePlanIds: {
                required: false,
                type: () => [String],
                uniqueItems: true,
                format: 'uuid',
                maxItems: 50,
              },
            },
            ReassignDto: {
              officerId: { required: true, type: () => String, format: 'uuid' },
              reason: { required: true, type: () => String, minLength: 1, maxLength: 2000 },
            },
            BulkReassignDto: {
              caseIds: {
                required: true,
                type: () => [String],
                uniqueItems: true,
                format: 'uuid',
                minItems: 1,
                maxItems: 200,
              },
            },
            CaseListQueryDto: {
              sort: {
                required: true,
                default: 'openedOn',
                enum: [
                  'openedOn',
                  'reference',
                  'totalOutstandingFen',
                  'lastActivityAt',
                  'earliestOverdueSince',
                ],
              },
              stage: {
                required: false,
                enum: [
                  'intake',
                  'documents',
                  'creditor_contact',
                  'negotiating',
                  'agreed',
                  'repaying',
                  'credit_repair',
                  'closed',
                ],
              },
              officerId: { required: false, type: () => String, format: 'uuid' },
              clientId: { required: false, type: () => String, format: 'uuid' },
              creditorId: { required: false, type: () => String, format: 'uuid' },
              overdueBucket: { required: false, enum: ['M1', 'M2', 'M3', 'M3+'] },
              litigationRisk: { required: false, enum: ['none', 'low', 'high', 'sued'] },
            },
            CaseExportQueryDto: { locale: { required: false, enum: ['zh-TW', 'zh-CN', 'en'] } },
          },
        ],
        [
          Promise.resolve(m16),
          {
            CaseActionAnswerView: {
              allowed: { required: true, type: () => Boolean },
              reasons: {
                required: false,
                type: () => [Object],
                description:
                  'Why not, machine-readable (the dashboard translates them); absent when allowed.',
                enum: [
                  'CASE_CLOSED',
                  'CONSENT_MISSING',
                  'CONSENT_WITHDRAWN',
                  'NEEDS_CONSENT',
                  'NEEDS_NEGOTIATION_CONSENT',
                  'CASE_NOT_CLOSED',
                  'WRONG_STAGE',
                  'TRANSITION_NOT_ALLOWED',
                  'MANAGER_ONLY',
                  'NEEDS_MOVE_REASON',
                  'CLOSE_NEEDS_MANAGER',
                  'NEEDS_A_DEBT',
                  'NEEDS_OUTCOME',
                  'NEEDS_CLOSING_NOTE',
                  'DOCUMENTS_INCOMPLETE',
                  'PROPOSALS_NOT_ACCEPTED',
                  'NO_REPAYMENT_PLAN',
                  'PLANS_NOT_COMPLETED',
                  'EXCEEDS_CREDITOR_LIMIT',
                  'APPROVAL_NEEDS_MANAGER',
                  'APPROVAL_NEEDS_REASON',
                  'FREEZE_CARRIES_NO_CHARGE',
                  'PAYEE_NOT_CREDITOR',
                  'PLAN_ENDED',
                  'PAYMENT_BEFORE_PLAN_START',
                  'PAYMENT_IN_FUTURE',
                  'OVERDUE_DATE_IN_FUTURE',
                  'CONTRACT_DATE_IN_FUTURE',
                  'PRINCIPAL_EXCEEDS_OUTSTANDING',
                  'VERIFY_NEEDS_FILE',
                  'WAIVE_NEEDS_REASON',
                  'CREDIT_DISPUTES_OPEN',
                  'CREDIT_RECORD_NOT_REVIEWED',
                  'DISPUTE_NEEDS_EVIDENCE',
                  'DISPUTE_NOT_FILED',
                  'DISPUTE_ALREADY_FILED',
                  'DISPUTE_ALREADY_CLOSED',
                  'ANSWER_BEFORE_FILING',
                  'DATE_IN_FUTURE',
                  'NEEDS_REASON',
                  'DISPUTES_EXIST',
                  'LITIGATED_NEEDS_COURT_MATTER',
                  'HEARING_BEFORE_SUMMONS',
                  'DEADLINE_BEFORE_SERVICE',
                  'DEADLINE_CHANGE_NEEDS_REASON',
                  'SERVICE_DATE_REQUIRED',
                  'UNTIL_BEFORE_START',
                  'DEBTOR_PROCEDURE_NOT_TAIWAN',
                  'DEADLINE_ALREADY_COMPLETED',
                  'NOT_A_DEADLINE',
                  'SERVICE_BEFORE_DECISION',
                ],
                isArray: true,
              },
            },
            CasePolicyApprovalView: {
              role: { required: true, enum: ['officer', 'manager', 'admin'] },
              reason: { required: true, type: () => String, nullable: true },
            },
            CasePolicyFactsView: {
              stage: {
                required: true,
                enum: [
                  'intake',
                  'documents',
                  'creditor_contact',
                  'negotiating',
                  'agreed',
                  'repaying',
                  'credit_repair',
                  'closed',
                ],
              },
              consentPurposes: {
                required: true,
                description: 'The purposes the client consents to now (empty when never given or withdrawn).',
              },
              consentWithdrawn: { required: true, type: () => Boolean },
              openDebtCount: { required: true, type: () => Number },
              everyOpenDebtAgreed: { required: true, type: () => Boolean },
              hasRepaymentPlan: { required: true, type: () => Boolean },
              allPlansCompleted: { required: true, type: () => Boolean },
              documentsComplete: { required: true, type: () => Boolean },
              outcome: {
                required: true,
                nullable: true,
                enum: ['resolved', 'withdrawn', 'failed', 'litigated'],
              },
              closingNote: { required: true, type: () => String, nullable: true },
              approval: {
                required: false,
                type: () =>
                  t['../../../libs/server/cases/src/views/case-actions.view'].CasePolicyApprovalView,
                nullable: true,
              },
              officerClosesNeedManager: {
                required: false,
                type: () => Boolean,
                description: "The firm's setting: an officer's close needs a manager.",
              },
              role: { required: true, description: 'Who asks.', enum: ['officer', 'manager', 'admin'] },
              today: { required: true, type: () => String, description: "The firm's calendar day." },
            },
            CaseActions: {
              caseId: { required: true, type: () => String },
              stage: {
                required: true,
                enum: [
                  'intake',
                  'documents',
                  'creditor_contact',
                  'negotiating',
                  'agreed',
                  'repaying',
                  'credit_repair',
                  'closed',
                ],
              },
              consentWithdrawn: { required: true, type: () => Boolean },
              facts: {
                required: true,
                type: () => t['../../../libs/server/cases/src/views/case-actions.view'].CasePolicyFactsView,
              },
              actions: {
                required: true,
                type: 'object',
                additionalProperties: true,
                description:
                  'Every action the policy knows (case.update, debt.create, proposal.submit, \u2026), keyed by its name.',
              },
              moves: {
                required: true,
                type: 'object',
                additionalProperties: true,
                description:
                  'Each stage the case may move to next, keyed by the stage: closing is asked as case.close.',
              },
            },
          },
        ],
        [
          Promise.resolve(m17),
          {
            CaseDetailClient: {
              id: { required: true, type: () => String },
              fullName: { required: true, type: () => String },
              idNumberMasked: {
                required: true,
                type: () => String,
                description: 'The first three and last two characters, the rest starred.',
              },
              phoneMasked: { required: true, type: () => String, nullable: true },
              consentAt: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'When the client consented; null when never or withdrawn.',
              },
            },
            CasePenaltyProjected: {
              afterDays: { required: true, type: () => Number, description: '0, 30, 90 or 180.' },
              penaltyFen: { required: true, type: () => Number },
              lateFeeFen: { required: true, type: () => Number },
            },
            CaseMoneyTotalsView: {
              principalFen: { required: true, type: () => Number, example: 1500000 },
              penaltyAccruedFen: { required: true, type: () => Number, example: 18000 },
              lateFeeAccruedFen: {
                required: true,
                type: () => Number,
                description: 'Card late fees to date, apart from the penalty (they bear no interest).',
              },
              penaltyProjected: {
                required: true,
                type: () => [t['../../../libs/server/cases/src/views/case-detail.view'].CasePenaltyProjected],
                description: 'The "cost of waiting" at +0/+30/+90/+180 days; never savings.',
              },
              agreedDebts: {
                required: true,
                type: () => Number,
                description:
                  'Debts in this currency under a running plan: their penalty stopped on the day the creditor agreed.',
              },
            },
            CaseDetail: {
              closingNote: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'Set on closing, with the outcome.',
              },
              closedFrom: {
                required: true,
                nullable: true,
                description: 'The stage the case was closed from: the steps after it were never reached.',
                enum: [
                  'intake',
                  'documents',
                  'creditor_contact',
                  'negotiating',
                  'agreed',
                  'repaying',
                  'credit_repair',
                  'closed',
                ],
              },
              overdueReasonText: {
                required: true,
                type: () => String,
                nullable: true,
                description: "The officer's own words on why the client fell behind.",
              },
              client: {
                required: true,
                type: () => t['../../../libs/server/cases/src/views/case-detail.view'].CaseDetailClient,
                nullable: true,
                description: 'Null when the reader may not see the client.',
              },
              consentWithdrawn: {
                required: true,
                type: () => Boolean,
                description:
                  'The client withdrew consent: all work on the case stops but closing and export.',
              },
              debts: {
                required: true,
                type: () => [t['../../../libs/server/cases/src/views/debt.view'].DebtView],
                description: 'Every debt of the case, open or not, oldest first.',
              },
              totalsByCurrency: {
                required: true,
                type: () => [t['../../../libs/server/cases/src/views/case-detail.view'].CaseMoneyTotalsView],
                description:
                  'What the case owes per currency, only those its open debts are in, with their penalty today and later.',
              },
              allowedMoves: {
                required: true,
                description:
                  'Where the stage machine lets the case go next (the conditions are in GET /api/cases/{id}/actions).',
              },
            },
          },
        ],
        [
          Promise.resolve(m18),
          {
            CaseTimelineEntry: {
              actorName: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'Null for the system, or an actor no longer on file.',
              },
            },
            CaseTimelinePage: {
              data: {
                required: true,
                type: () => [t['../../../libs/server/cases/src/views/case-timeline.view'].CaseTimelineEntry],
                description: 'Newest first.',
              },
              total: { required: true, type: () => Number },
            },
          },
        ],
        [
          Promise.resolve(m62),
          {
            CaseReassignment: {
              officerId: {
                required: true,
                type: () => String,
                description: 'The officer who now holds the cases.',
              },
              moved: {
                required: true,
                type: () => Number,
                description:
                  'How many cases changed hands; the ones the officer already held stay as they were.',
              },
              caseIds: { required: true, type: () => [String], description: 'The cases asked for, as sent.' },
            },
          },
        ],
        [
          Promise.resolve(m90),
          {
            CreateDebtDto: {
              caseId: { required: true, type: () => String, format: 'uuid' },
              creditorId: { required: true, type: () => String, format: 'uuid' },
              accountReference: { required: false, type: () => String, minLength: 4, maxLength: 40 },
              principalFen: { required: true, type: () => Number, minimum: 0 },
              outstandingFen: { required: true, type: () => Number, minimum: 0 },
              principalNote: { required: false, type: () => String, nullable: true, maxLength: 2000 },
              minimumDueFen: { required: false, type: () => Number, nullable: true, minimum: 0 },
              overdueFen: { required: true, type: () => Number, minimum: 0 },
              currency: { required: false, enum: ['CNY', 'TWD'] },
              overdueSince: {
                required: false,
                type: () => String,
                nullable: true,
                minLength: 10,
                maxLength: 10,
              },
              contractDate: {
                required: false,
                type: () => String,
                nullable: true,
                minLength: 10,
                maxLength: 10,
              },
            },
            UpdateDebtDto: {
              status: { required: false, enum: ['open', 'excluded', 'settled', 'paid_off'] },
              excludedReason: { required: false, type: () => String, nullable: true, maxLength: 2000 },
              version: { required: true, type: () => Number, minimum: 1 },
            },
            DebtListQueryDto: {
              sort: {
                required: true,
                default: 'createdAt',
                enum: ['createdAt', 'overdueSince', 'outstandingFen'],
              },
              caseId: { required: false, type: () => String, format: 'uuid' },
            },
          },
        ],
        [
          Promise.resolve(m19),
          {
            PenaltyProjectionLateFee: {
              kind: { required: true, enum: ['fixed', 'none', 'share_of_minimum'] },
              shareBp: {
                required: false,
                type: () => Number,
                description: 'share_of_minimum: the share of the unpaid minimum, in basis points.',
              },
              capFen: {
                required: false,
                type: () => Number,
                nullable: true,
                description: 'share_of_minimum: each charge at most this, in fen; null for no cap.',
              },
              fen: { required: false, type: () => Number, description: 'fixed: each charge, in fen.' },
              maxCycles: {
                required: false,
                type: () => Number,
                nullable: true,
                description: 'The most cycles charged; null or absent for no limit.',
              },
            },
            PenaltyProjectionRule: {
              dailyRatePpm: {
                required: true,
                type: () => Number,
                description: 'Parts per million of the base a day: 500 = 0.05 % a day.',
              },
              base: { required: true, enum: ['overdue_amount', 'outstanding_amount', 'principal'] },
              compounding: { required: true, enum: ['none', 'monthly'] },
              capBp: {
                required: true,
                type: () => Number,
                nullable: true,
                description:
                  'The total penalty at most this share of the base, in basis points; null for none.',
              },
              yearlyCapBp: {
                required: true,
                type: () => Number,
                nullable: true,
                description:
                  'The penalty at most this yearly rate on the base, in basis points; null for none.',
              },
              lateFee: {
                required: true,
                type: () =>
                  t['../../../libs/server/cases/src/views/penalty-projection.view'].PenaltyProjectionLateFee,
              },
              rounding: { required: true, type: () => String },
            },
            PenaltyProjection: {
              debtId: { required: true, type: () => String },
              today: {
                required: true,
                type: () => String,
                description: "The firm's calendar day the projection starts from.",
              },
              rule: {
                required: true,
                type: () =>
                  t['../../../libs/server/cases/src/views/penalty-projection.view'].PenaltyProjectionRule,
              },
              points: {
                required: true,
                type: () => [t['../../../libs/server/cases/src/views/penalty-point.view'].PenaltyPointView],
                description: 'Empty unless the debt is open.',
              },
            },
          },
        ],
        [
          Promise.resolve(m20),
          {
            ExistingClient: {
              clientId: { required: true, type: () => String },
              fullName: { required: true, type: () => String },
              officerName: { required: true, type: () => String, nullable: true },
              caseReference: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'Their latest case the person may see.',
              },
            },
            ImportProblem: {
              row: {
                required: true,
                type: () => Number,
                description: '1-based line of the CSV row (the header is line 1).',
              },
              field: {
                required: true,
                description: 'The column at fault, or `file` for the file as a whole.',
                enum: [
                  'principal',
                  'creditor',
                  'phone',
                  'email',
                  'overdue',
                  'fullName',
                  'overdueSince',
                  'file',
                  'principalNote',
                  'overdueReason',
                  'idType',
                  'address',
                  'idNumber',
                  'accountReference',
                  'consent',
                  'outstanding',
                  'officerEmail',
                ],
              },
              code: {
                required: true,
                type: () => String,
                description:
                  'Machine-readable (CSV_UNREADABLE, COLUMN_MISSING, CREDITOR_UNKNOWN, DUPLICATE_OUTSIDE_SCOPE, \u2026).',
                example: 'CREDITOR_UNKNOWN',
              },
              message: { required: true, type: () => String },
              existing: {
                required: false,
                type: () => t['../../../libs/server/cases/src/import/import-problem.view'].ExistingClient,
                description:
                  'The client on file this row repeats, only when the importing person may see that client.',
              },
            },
          },
        ],
        [
          Promise.resolve(m21),
          {
            ImportPreviewClient: {
              row: {
                required: true,
                type: () => Number,
                description: "The client's first line in the file.",
              },
              fullName: { required: true, type: () => String },
              idNumberMasked: {
                required: true,
                type: () => String,
                description: 'The first three and last two characters, the rest starred.',
              },
              debts: {
                required: true,
                type: () => Number,
                description: 'How many debts the file gives the client.',
              },
              outstanding: { required: true, type: () => Object },
            },
            ImportPreview: {
              rows: { required: true, type: () => Number, description: 'Lines under the header.' },
              clients: {
                required: true,
                type: () => Number,
                description: 'People in the file: rows with the same ID number are one client, one case.',
              },
              debts: { required: true, type: () => Number },
              outstanding: { required: true, type: () => Object },
              valid: {
                required: true,
                type: () => Boolean,
                description:
                  'No problem found: a commit of the same file would import all of it (the commit checks again).',
              },
              problems: {
                required: true,
                type: () => [t['../../../libs/server/cases/src/import/import-problem.view'].ImportProblem],
                description: 'The first 1000 problems.',
              },
              problemCount: { required: true, type: () => Number },
              sample: {
                required: true,
                type: () => [
                  t['../../../libs/server/cases/src/import/client-import.view'].ImportPreviewClient,
                ],
                description: 'The first 20 clients.',
              },
            },
            ImportResult: {
              clients: { required: true, type: () => Number },
              cases: { required: true, type: () => Number },
              debts: { required: true, type: () => Number },
            },
          },
        ],
        [
          Promise.resolve(m22),
          {
            CourtEventView: {
              id: { required: true, type: () => String },
              matterId: { required: true, type: () => String },
              caseId: { required: true, type: () => String },
              kind: {
                required: true,
                enum: [
                  'summons_received',
                  'answer_deadline',
                  'mediation',
                  'hearing',
                  'judgment',
                  'ruling',
                  'appeal_deadline',
                  'enforcement',
                  'consumption_limit',
                  'defaulter_list',
                ],
              },
              occursOn: {
                required: true,
                type: () => String,
                description: "The day: received, sitting, decided, deadline's last day, start of a limit.",
                example: '2026-12-15',
              },
              startsAt: {
                required: true,
                type: () => String,
                nullable: true,
                description: "A sitting's time, firm wall clock.",
                example: '09:30',
              },
              court: {
                required: true,
                type: () => String,
                nullable: true,
                description: "A sitting elsewhere than the matter's court.",
              },
              room: {
                required: true,
                type: () => String,
                nullable: true,
                example: '\u7B2C\u4E09\u6CD5\u5EAD',
              },
              attendees: {
                required: true,
                type: () => [Object],
                enum: ['officer', 'none', 'client', 'lawyer'],
                isArray: true,
              },
              servedOn: {
                required: true,
                type: () => String,
                nullable: true,
                description: "A judgment's or ruling's service on the client.",
                example: '2026-12-01',
              },
              amountFen: {
                required: true,
                type: () => Number,
                nullable: true,
                description: "A judgment's amount, an enforcement's sum.",
                example: 5230000,
              },
              untilOn: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'A consumption limit or the defaulter list: until when.',
              },
              countsFrom: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'A deadline: the summons or decision it counts from.',
              },
              computedOn: {
                required: true,
                type: () => String,
                nullable: true,
                description:
                  'A deadline: the day worked out from the statutory period and the court calendar.',
              },
              changeReason: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'A deadline set to another day than worked out: why.',
              },
              completedOn: {
                required: true,
                type: () => String,
                nullable: true,
                description:
                  'A deadline: the day the answer or appeal was filed, or the decision to let it pass.',
              },
              outcome: { required: true, nullable: true, enum: ['filed', 'not_filed'] },
              completionNote: { required: true, type: () => String, nullable: true },
              note: { required: true, type: () => String, nullable: true },
              documentIds: {
                required: true,
                type: () => [String],
                description: "The case's documents attached to the event.",
              },
              passed: {
                required: true,
                type: () => Boolean,
                description: 'A deadline past with nothing recorded.',
              },
              createdAt: { required: true, type: () => String },
              version: { required: true, type: () => Number },
            },
            CourtMatterView: {
              id: { required: true, type: () => String },
              caseId: { required: true, type: () => String },
              kind: {
                required: true,
                enum: [
                  'lawsuit',
                  'payment_order',
                  'arbitration',
                  'pre_suit_mediation',
                  'rehabilitation',
                  'liquidation',
                ],
              },
              court: {
                required: true,
                type: () => String,
                example: '\u4E0A\u6D77\u5E02\u6D66\u6771\u65B0\u5340\u4EBA\u6C11\u6CD5\u9662',
              },
              caseNumber: {
                required: true,
                type: () => String,
                nullable: true,
                example: '(2026)\u6EEC0115\u6C11\u521D12345\u865F',
              },
              claimant: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'Who brought it (the creditor, or the client for \u66F4\u751F / \u6E05\u7B97).',
                example: '\u62DB\u5546\u9280\u884C\u4FE1\u7528\u5361\u4E2D\u5FC3',
              },
              claimedFen: { required: true, type: () => Number, nullable: true, example: 5230000 },
              currency: { required: true, enum: ['CNY', 'TWD'] },
              status: { required: true, enum: ['open', 'concluded'] },
              concludedOn: { required: true, type: () => String, nullable: true },
              note: { required: true, type: () => String, nullable: true },
              debtIds: { required: true, type: () => [String] },
              events: {
                required: true,
                type: () => [t['../../../libs/server/court/src/views/court.view'].CourtEventView],
              },
              createdAt: { required: true, type: () => String },
              version: { required: true, type: () => Number },
            },
            CreditorDemandView: {
              id: { required: true, type: () => String },
              debtId: { required: true, type: () => String },
              caseId: { required: true, type: () => String },
              kind: { required: true, enum: ['collection_notice', 'other_demand', 'acknowledgement'] },
              receivedOn: { required: true, type: () => String, example: '2026-09-10' },
              note: { required: true, type: () => String, nullable: true },
              createdAt: { required: true, type: () => String },
            },
            RiskReasonView: {
              reason: {
                required: true,
                enum: [
                  'COURT_MATTER_OPEN',
                  'OVERDUE_M1',
                  'OVERDUE_M2',
                  'OVERDUE_M3',
                  'OVERDUE_M3_PLUS',
                  'AMOUNT_LARGE',
                  'CREDITOR_SUES_OFTEN',
                  'CREDITOR_SUES_SOMETIMES',
                  'CARD_PRINCIPAL_NEAR_196',
                  'CARD_PRINCIPAL_AT_196',
                  'MALICIOUS_OVERDRAFT_COUNTING',
                  'MALICIOUS_OVERDRAFT_LINE_CROSSED',
                  'LIMITATION_ENDING',
                  'LIMITATION_MAY_HAVE_RUN',
                ],
              },
              level: { required: true, enum: ['none', 'low', 'high', 'sued', 'medium'] },
              on: {
                required: true,
                type: () => String,
                nullable: true,
                description: "The day the reason speaks of (the Art. 196 line, the limitation period's end).",
              },
              figure: {
                required: true,
                type: () => Number,
                nullable: true,
                description: 'The figure it was worked out from (days overdue, fen, notices).',
              },
            },
            DebtRiskView: {
              debtId: { required: true, type: () => String },
              creditorName: { required: true, type: () => String },
              currency: { required: true, enum: ['CNY', 'TWD'] },
              creditorPractice: { required: true, enum: ['unknown', 'rarely', 'sometimes', 'often'] },
              level: { required: true, enum: ['none', 'low', 'high', 'sued', 'medium'] },
              reasons: {
                required: true,
                type: () => [t['../../../libs/server/court/src/views/court.view'].RiskReasonView],
              },
              limitationEndsOn: {
                required: true,
                type: () => String,
                nullable: true,
                description:
                  'The day the limitation period would end (3 years from the default or the last interruption).',
              },
            },
            CaseLitigationRiskView: {
              level: { required: true, enum: ['none', 'low', 'high', 'sued', 'medium'] },
              asOf: {
                required: true,
                type: () => String,
                description: "The firm's day it was worked out on.",
              },
              debts: {
                required: true,
                type: () => [t['../../../libs/server/court/src/views/court.view'].DebtRiskView],
              },
            },
            CaseCourtView: {
              matters: {
                required: true,
                type: () => [t['../../../libs/server/court/src/views/court.view'].CourtMatterView],
              },
              demands: {
                required: true,
                type: () => [t['../../../libs/server/court/src/views/court.view'].CreditorDemandView],
              },
              risk: {
                required: true,
                type: () => t['../../../libs/server/court/src/views/court.view'].CaseLitigationRiskView,
              },
            },
            AgendaItemView: {
              eventId: { required: true, type: () => String },
              matterId: { required: true, type: () => String },
              caseId: { required: true, type: () => String },
              caseReference: { required: true, type: () => String, example: 'A-2026-0012' },
              clientName: { required: true, type: () => String },
              officerName: { required: true, type: () => String, nullable: true },
              kind: {
                required: true,
                enum: [
                  'summons_received',
                  'answer_deadline',
                  'mediation',
                  'hearing',
                  'judgment',
                  'ruling',
                  'appeal_deadline',
                  'enforcement',
                  'consumption_limit',
                  'defaulter_list',
                ],
              },
              matterKind: {
                required: true,
                enum: [
                  'lawsuit',
                  'payment_order',
                  'arbitration',
                  'pre_suit_mediation',
                  'rehabilitation',
                  'liquidation',
                ],
              },
              occursOn: { required: true, type: () => String },
              startsAt: { required: true, type: () => String, nullable: true },
              court: { required: true, type: () => String },
              room: { required: true, type: () => String, nullable: true },
              caseNumber: { required: true, type: () => String, nullable: true },
              passed: {
                required: true,
                type: () => Boolean,
                description: 'A deadline past with nothing recorded.',
              },
            },
            CourtAgendaView: {
              from: { required: true, type: () => String, description: "The firm's day the agenda starts." },
              to: { required: true, type: () => String },
              hearings: {
                required: true,
                type: () => [t['../../../libs/server/court/src/views/court.view'].AgendaItemView],
              },
              deadlines: {
                required: true,
                type: () => [t['../../../libs/server/court/src/views/court.view'].AgendaItemView],
              },
              passedDeadlines: {
                required: true,
                type: () => [t['../../../libs/server/court/src/views/court.view'].AgendaItemView],
                description: 'Answer or appeal deadlines passed with nothing recorded.',
              },
            },
            MattersByKindView: {
              kind: {
                required: true,
                enum: [
                  'lawsuit',
                  'payment_order',
                  'arbitration',
                  'pre_suit_mediation',
                  'rehabilitation',
                  'liquidation',
                ],
              },
              open: { required: true, type: () => Number },
              concluded: { required: true, type: () => Number },
            },
            CourtReportView: {
              mattersByKind: {
                required: true,
                type: () => [t['../../../libs/server/court/src/views/court.view'].MattersByKindView],
              },
            },
            CourtCalendarDayView: {
              day: { required: true, type: () => String, example: '2026-10-01' },
              working: { required: true, type: () => Boolean },
              name: { required: true, type: () => String, example: '\u570B\u6176\u65E5' },
            },
            CalendarFeedView: {
              active: { required: true, type: () => Boolean },
              createdAt: { required: true, type: () => String, nullable: true },
              lastFetchedAt: { required: true, type: () => String, nullable: true },
              scope: {
                required: true,
                description:
                  "Officers' feeds hold their own cases; managers' their team's; admins' the firm's.",
                enum: ['team', 'own', 'firm'],
              },
            },
            CalendarFeedCreatedView: {
              url: {
                required: true,
                type: () => String,
                example: 'https://accord.example/api/calendar-feeds/\u2026/accord.ics',
              },
            },
          },
        ],
        [
          Promise.resolve(m91),
          {
            CreateCourtMatterDto: {
              caseId: { required: true, type: () => String, format: 'uuid' },
              kind: {
                required: true,
                enum: [
                  'lawsuit',
                  'payment_order',
                  'arbitration',
                  'pre_suit_mediation',
                  'rehabilitation',
                  'liquidation',
                ],
              },
              court: { required: true, type: () => String, minLength: 1, maxLength: 200 },
              caseNumber: { required: false, type: () => String, nullable: true, maxLength: 100 },
              claimant: {
                required: false,
                type: () => String,
                nullable: true,
                description:
                  'Who brought it: the creditor (or a collector for it), or the client in \u66F4\u751F / \u6E05\u7B97.',
                maxLength: 200,
              },
              claimedFen: {
                required: false,
                type: () => Number,
                nullable: true,
                description: "What is claimed, in fen of the debts' currency.",
                minimum: 0,
              },
              debtIds: {
                required: true,
                type: () => [String],
                description: "The case's debts the matter is about (at least one).",
                uniqueItems: true,
                format: 'uuid',
                minItems: 1,
                maxItems: 50,
              },
              note: { required: false, type: () => String, nullable: true, maxLength: 2000 },
            },
            UpdateCourtMatterDto: {
              version: { required: true, type: () => Number, minimum: 1 },
              court: { required: false, type: () => String, minLength: 1, maxLength: 200 },
              caseNumber: { required: false, type: () => String, nullable: true, maxLength: 100 },
              claimant: { required: false, type: () => String, nullable: true, maxLength: 200 },
              claimedFen: { required: false, type: () => Number, nullable: true, minimum: 0 },
              debtIds: {
                required: false,
                type: () => [String],
                uniqueItems: true,
                format: 'uuid',
                minItems: 1,
                maxItems: 50,
              },
              status: {
                required: false,
                description:
                  'Concluded: decided with nothing pending (enforcement may still follow as events).',
                enum: ['open', 'concluded'],
              },
              concludedOn: { required: false, type: () => String, nullable: true },
              note: { required: false, type: () => String, nullable: true, maxLength: 2000 },
            },
          },
        ],
        [
          Promise.resolve(m92),
          {
            PutCourtCalendarDayDto: {
              working: { required: true, type: () => Boolean },
              name: { required: true, type: () => String, minLength: 1, maxLength: 100 },
            },
            CourtCalendarQueryDto: {
              year: { required: false, type: () => Number, minimum: 2000, maximum: 2100 },
            },
            CourtDayParam: { day: { required: true, type: () => String } },
            CourtAgendaQueryDto: {
              days: {
                required: false,
                type: () => Number,
                description: "How many days ahead, from the firm's today (1\u201360, default 7).",
                minimum: 1,
                maximum: 60,
              },
            },
          },
        ],
        [
          Promise.resolve(m27),
          {
            DocumentFile: {
              id: { required: true, type: () => String, example: '4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a' },
              requirementId: { required: true, type: () => String },
              caseId: { required: true, type: () => String },
              sha256: { required: true, type: () => String },
              sizeBytes: { required: true, type: () => Number, example: 482133 },
              mediaType: {
                required: true,
                type: () => String,
                description: 'As sniffed from the content, never the name: PDF, JPEG, PNG, HEIC or HEIF.',
              },
              originalName: {
                required: true,
                type: () => String,
                description: 'As the client named it: display text only, never a path.',
              },
              source: { required: true, enum: ['officer', 'client_link'] },
              uploadedBy: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'The staff member who uploaded it; null when the client did, through a link.',
              },
              uploadLinkId: { required: true, type: () => String, nullable: true },
              createdAt: { required: true, type: () => Date },
            },
          },
        ],
        [
          Promise.resolve(m26),
          {
            DocumentRequirement: {
              id: { required: true, type: () => String, example: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e' },
              caseId: { required: true, type: () => String },
              kind: {
                required: true,
                enum: [
                  'id_card_front',
                  'id_card_back',
                  'proof_of_income',
                  'hardship_unemployment',
                  'hardship_medical',
                  'hardship_disaster',
                  'hardship_other',
                  'bank_statements',
                  'debt_statement',
                  'credit_report',
                  'power_of_attorney',
                  'service_agreement',
                  'financial_statement',
                ],
              },
              required: { required: true, type: () => Boolean },
              status: { required: true, enum: ['rejected', 'requested', 'received', 'verified', 'waived'] },
              dueOn: { required: true, type: () => String, example: '2026-12-14' },
              receivedAt: { required: true, type: () => Date, nullable: true },
              verifiedAt: { required: true, type: () => Date, nullable: true },
              verifiedBy: { required: true, type: () => String, nullable: true },
              rejectionReason: { required: true, type: () => String, nullable: true },
              waiverReason: { required: true, type: () => String, nullable: true },
              waivedBy: { required: true, type: () => String, nullable: true },
              createdAt: { required: true, type: () => Date },
              updatedAt: { required: true, type: () => Date },
              version: { required: true, type: () => Number },
            },
          },
        ],
        [
          Promise.resolve(m23),
          {
            DocumentDescriptions: {
              'zh-TW': { required: true, type: () => String },
              'zh-CN': { required: true, type: () => String },
              en: { required: true, type: () => String },
            },
          },
        ],
        [
          Promise.resolve(m25),
          {
            DocumentTemplate: {
              id: { required: true, type: () => String, example: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d' },
              kind: {
                required: true,
                enum: [
                  'id_card_front',
                  'id_card_back',
                  'proof_of_income',
                  'hardship_unemployment',
                  'hardship_medical',
                  'hardship_disaster',
                  'hardship_other',
                  'bank_statements',
                  'debt_statement',
                  'credit_report',
                  'power_of_attorney',
                  'service_agreement',
                  'financial_statement',
                ],
              },
              descriptions: {
                required: true,
                type: () =>
                  t['../../../libs/server/documents/src/views/document-descriptions.view']
                    .DocumentDescriptions,
                description: 'What the client reads about this paper, in each language of the interface.',
              },
              required: { required: true, type: () => Boolean },
              products: {
                required: true,
                type: () => [Object],
                enum: ['other', 'huabei', 'jiebei', 'credit_card', 'consumer_loan', 'online_loan'],
                isArray: true,
              },
              dueDays: { required: true, type: () => Number },
              active: { required: true, type: () => Boolean },
              createdAt: { required: true, type: () => Date },
              updatedAt: { required: true, type: () => Date },
              version: { required: true, type: () => Number },
            },
          },
        ],
        [
          Promise.resolve(m24),
          {
            TemplateDescriptionsDto: {
              'zh-TW': { required: true, type: () => String, minLength: 1, maxLength: 1000 },
              'zh-CN': { required: true, type: () => String, minLength: 1, maxLength: 1000 },
              en: { required: true, type: () => String, minLength: 1, maxLength: 1000 },
            },
            CreateTemplateDto: {
              kind: {
                required: true,
                enum: [
                  'id_card_front',
                  'id_card_back',
                  'proof_of_income',
                  'hardship_unemployment',
                  'hardship_medical',
                  'hardship_disaster',
                  'hardship_other',
                  'bank_statements',
                  'debt_statement',
                  'credit_report',
                  'power_of_attorney',
                  'service_agreement',
                  'financial_statement',
                ],
              },
              descriptions: {
                required: true,
                type: () => t['../../../libs/server/documents/src/dto/document.dto'].TemplateDescriptionsDto,
              },
              required: { required: false, type: () => Boolean },
              products: {
                required: false,
                type: () => [Object],
                enum: ['other', 'huabei', 'jiebei', 'credit_card', 'consumer_loan', 'online_loan'],
                isArray: true,
              },
              dueDays: { required: false, type: () => Number, minimum: 1, maximum: 90 },
            },
            UpdateTemplateDto: {
              active: { required: false, type: () => Boolean },
              version: { required: true, type: () => Number, minimum: 1 },
            },
            TemplateListQueryDto: { sort: { required: true, default: 'kind', enum: ['createdAt', 'kind'] } },
            RequirementListQueryDto: {
              sort: { required: true, default: 'dueOn', enum: ['kind', 'updatedAt', 'dueOn'] },
              caseId: { required: false, type: () => String, format: 'uuid' },
              status: { required: false, enum: ['rejected', 'requested', 'received', 'verified', 'waived'] },
              overdue: { required: false, type: () => String },
            },
            MoveRequirementDto: {
              move: { required: true, enum: ['receive', 'verify', 'reject', 'waive'] },
              reason: { required: false, type: () => String, maxLength: 2000 },
              version: { required: true, type: () => Number, minimum: 1 },
            },
          },
        ],
        [
          Promise.resolve(m63),
          {
            DocumentTemplatePage: {
              data: {
                required: true,
                type: () => [
                  t['../../../libs/server/documents/src/document-template.entity'].DocumentTemplate,
                ],
              },
              total: { required: true, type: () => Number },
            },
            DocumentRequirementPage: {
              data: {
                required: true,
                type: () => [
                  t['../../../libs/server/documents/src/document-requirement.entity'].DocumentRequirement,
                ],
              },
              total: { required: true, type: () => Number },
            },
            DocumentFilePage: {
              data: {
                required: true,
                type: () => [t['../../../libs/server/documents/src/document-file.entity'].DocumentFile],
              },
              total: { required: true, type: () => Number },
            },
          },
        ],
        [
          Promise.resolve(m28),
          {
            UploadLink: {
              id: { required: true, type: () => String, example: '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d' },
              createdBy: { required: true, type: () => String, description: 'The staff member who made it.' },
              createdAt: { required: true, type: () => Date, example: '2026-12-07T07:04:05.000Z' },
              expiresAt: { required: true, type: () => Date, example: '2026-12-14T07:04:05.000Z' },
              revokedAt: {
                required: true,
                type: () => Date,
                nullable: true,
                description:
                  'Null unless revoked (by hand, or when the case closed or consent was withdrawn).',
              },
              lastUsedAt: {
                required: true,
                type: () => Date,
                nullable: true,
                description: 'When a client last uploaded through it; null if never.',
              },
              uploadCount: {
                required: true,
                type: () => Number,
                description: 'Files the client has uploaded through it.',
              },
              active: { required: true, type: () => Boolean, description: 'Neither revoked nor expired.' },
            },
            UploadLinkPage: {
              data: {
                required: true,
                type: () => [t['../../../libs/server/documents/src/views/upload-link.view'].UploadLink],
              },
              total: { required: true, type: () => Number },
            },
            UploadLinkMessages: {
              sms: { required: true, type: () => String },
              wechat: { required: true, type: () => String },
              email: { required: true, type: () => String },
            },
            CreatedUploadLink: {
              id: { required: true, type: () => String, example: '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d' },
              token: {
                required: true,
                type: () => String,
                description: 'Shown this once and kept only as a hash: it is also in url, after the #.',
              },
              url: {
                required: true,
                type: () => String,
                description: 'The page the client opens; the token after # never reaches a server log.',
              },
              expiresAt: { required: true, type: () => String, example: '2026-12-14T07:04:05.000Z' },
              messages: {
                required: true,
                type: () => t['../../../libs/server/documents/src/views/upload-link.view'].UploadLinkMessages,
              },
            },
          },
        ],
        [
          Promise.resolve(m29),
          {
            PublicUploadItem: {
              id: { required: true, type: () => String, example: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e' },
              kind: {
                required: true,
                enum: [
                  'id_card_front',
                  'id_card_back',
                  'proof_of_income',
                  'hardship_unemployment',
                  'hardship_medical',
                  'hardship_disaster',
                  'hardship_other',
                  'bank_statements',
                  'debt_statement',
                  'credit_report',
                  'power_of_attorney',
                  'service_agreement',
                  'financial_statement',
                ],
              },
              status: {
                required: true,
                description:
                  "rejected: send it again; received: awaiting the officer's check, more files are welcome.",
                enum: ['rejected', 'requested', 'received'],
              },
              dueOn: { required: true, type: () => String, example: '2026-12-14' },
              rejectionReason: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'Why the last file was refused; null unless rejected.',
              },
              descriptions: {
                required: true,
                type: () =>
                  t['../../../libs/server/documents/src/views/document-descriptions.view']
                    .DocumentDescriptions,
                nullable: true,
                description: 'Null when the firm has no template for this kind.',
              },
            },
            PublicUploadLink: {
              expiresAt: { required: true, type: () => String, example: '2026-12-14T07:04:05.000Z' },
              items: {
                required: true,
                type: () => [
                  t['../../../libs/server/documents/src/views/public-upload.view'].PublicUploadItem,
                ],
              },
            },
            PublicUploadReceipt: {
              id: { required: true, type: () => String, example: '4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a' },
              kind: {
                required: true,
                enum: [
                  'id_card_front',
                  'id_card_back',
                  'proof_of_income',
                  'hardship_unemployment',
                  'hardship_medical',
                  'hardship_disaster',
                  'hardship_other',
                  'bank_statements',
                  'debt_statement',
                  'credit_report',
                  'power_of_attorney',
                  'service_agreement',
                  'financial_statement',
                ],
              },
              receivedAt: { required: true, type: () => String, example: '2026-12-07T07:04:05.000Z' },
            },
          },
        ],
        [
          Promise.resolve(m93),
          {
            CreateCourtEventDto: {
              matterId: { required: true, type: () => String, format: 'uuid' },
              kind: {
                required: true,
                enum: [
                  'summons_received',
                  'answer_deadline',
                  'mediation',
                  'hearing',
                  'judgment',
                  'ruling',
                  'appeal_deadline',
                  'enforcement',
                  'consumption_limit',
                  'defaulter_list',
                ],
              },
              occursOn: {
                required: true,
                type: () => String,
                description:
                  "The day: received, sitting, decided, the deadline's last day, the start of a limit.",
              },
              countsFrom: {
                required: false,
                type: () => String,
                nullable: true,
                description: 'A deadline recorded by hand: the summons or decision event it counts from.',
                format: 'uuid',
              },
            },
            UpdateCourtEventDto: {
              version: { required: true, type: () => Number, minimum: 1 },
              occursOn: { required: false, type: () => String },
            },
            CompleteCourtDeadlineDto: {
              version: { required: true, type: () => Number, minimum: 1 },
              completedOn: { required: true, type: () => String },
              outcome: { required: true, enum: ['filed', 'not_filed'] },
              note: {
                required: false,
                type: () => String,
                nullable: true,
                description: "Required when the deadline is let pass: the client's decision and why.",
                maxLength: 2000,
              },
            },
          },
        ],
        [
          Promise.resolve(m94),
          {
            CreateCreditorDemandDto: {
              debtId: { required: true, type: () => String, format: 'uuid' },
              kind: { required: true, enum: ['collection_notice', 'other_demand', 'acknowledgement'] },
              receivedOn: { required: true, type: () => String },
              note: { required: false, type: () => String, nullable: true, maxLength: 2000 },
            },
          },
        ],
        [
          Promise.resolve(m30),
          {
            ShownUntilView: {
              kind: { required: true, enum: ['date', 'until_repaid_plus'] },
              until: { required: true, type: () => String, nullable: true, example: '2031-02-15' },
              years: { required: true, type: () => Number, nullable: true, example: 5 },
            },
            Relief2025View: {
              applies: { required: true, type: () => Boolean },
              reasons: {
                required: true,
                type: () => [Object],
                enum: [
                  'not_mainland',
                  'amount_over_limit',
                  'arose_before_2020',
                  'arose_after_2025',
                  'arisen_date_unknown',
                  'repaid_after_deadline',
                  'not_repaid',
                ],
                isArray: true,
              },
              stillPossibleUntil: {
                required: true,
                type: () => String,
                nullable: true,
                description:
                  'Not yet repaid and the deadline ahead: repaying in full by this day brings it under the relief.',
              },
            },
            CreditEntryView: {
              id: { required: true, type: () => String },
              caseId: { required: true, type: () => String },
              debtId: { required: true, type: () => String, nullable: true },
              reportFileId: { required: true, type: () => String, nullable: true },
              market: { required: true, enum: ['CN', 'TW'] },
              currency: {
                required: true,
                description: 'CNY for mainland entries, TWD for Taiwan ones.',
                enum: ['CNY', 'TWD'],
              },
              institution: { required: true, type: () => String, example: '\u62DB\u5546\u9280\u884C' },
              accountLast4: { required: true, type: () => String, nullable: true, example: '4821' },
              product: {
                required: true,
                enum: ['other', 'huabei', 'jiebei', 'credit_card', 'consumer_loan', 'online_loan'],
              },
              status: { required: true, enum: ['normal', 'overdue', 'repaid_after_overdue', 'written_off'] },
              overdueFen: { required: true, type: () => Number, example: 860000 },
              defaultStartedOn: { required: true, type: () => String, nullable: true, example: '2024-03-10' },
              repaidOn: { required: true, type: () => String, nullable: true, example: '2026-02-15' },
              displayRuleCode: { required: true, type: () => String, nullable: true },
              note: { required: true, type: () => String, nullable: true },
              shownUntil: {
                required: true,
                type: () =>
                  t['../../../libs/server/credit-record/src/views/credit-record.view'].ShownUntilView,
                nullable: true,
                description: 'Worked out: null for an account with no negative record.',
              },
              relief: {
                required: true,
                type: () =>
                  t['../../../libs/server/credit-record/src/views/credit-record.view'].Relief2025View,
                nullable: true,
                description: 'Worked out for mainland entries with a negative record; null otherwise.',
              },
              createdAt: { required: true, type: () => String },
              updatedAt: { required: true, type: () => String },
              version: { required: true, type: () => Number },
            },
            CreditDisputeView: {
              id: { required: true, type: () => String },
              entryId: { required: true, type: () => String },
              caseId: { required: true, type: () => String },
              grounds: {
                required: true,
                type: () => [Object],
                enum: [
                  'other',
                  'not_my_account',
                  'wrong_amount',
                  'wrong_dates',
                  'already_repaid',
                  'creditor_agreed',
                ],
                isArray: true,
              },
              explanation: { required: true, type: () => String },
              venue: { required: true, enum: ['credit_reference_centre', 'lender'] },
              status: { required: true, enum: ['withdrawn', 'draft', 'filed', 'answered'] },
              filedOn: { required: true, type: () => String, nullable: true },
              answerDueOn: {
                required: true,
                type: () => String,
                nullable: true,
                description: '20 days after filing.',
              },
              overdue: {
                required: true,
                type: () => Boolean,
                description: "Filed, unanswered and past its due day (the firm's today).",
              },
              answeredOn: { required: true, type: () => String, nullable: true },
              outcome: {
                required: true,
                nullable: true,
                enum: ['corrected', 'no_error_found', 'cannot_be_verified'],
              },
              answerFileId: { required: true, type: () => String, nullable: true },
              answerNote: { required: true, type: () => String, nullable: true },
              withdrawnOn: { required: true, type: () => String, nullable: true },
              withdrawalReason: { required: true, type: () => String, nullable: true },
              evidenceFileIds: { required: true, type: () => [String] },
              createdAt: { required: true, type: () => String },
              updatedAt: { required: true, type: () => String },
              version: { required: true, type: () => Number },
            },
            CreditDisplayRuleView: {
              code: { required: true, type: () => String, example: 'jcic_card_late' },
              market: { required: true, enum: ['CN', 'TW'] },
              months: { required: true, type: () => Number, example: 12 },
              countsFrom: { required: true, enum: ['repaid', 'default_started'] },
              labels: {
                required: true,
                type: () =>
                  t['../../../libs/server/credit-record/src/views/credit-record.view']
                    .CreditDisplayRuleLabels,
              },
            },
            CreditDisplayRuleLabels: {
              'zh-TW': { required: true, type: () => String },
              'zh-CN': { required: true, type: () => String },
              en: { required: true, type: () => String },
            },
            NothingToDisputeView: {
              reason: { required: true, type: () => String },
              decidedBy: { required: true, type: () => String, nullable: true },
              decidedAt: { required: true, type: () => String },
            },
            CaseCreditRecordView: {
              entries: {
                required: true,
                type: () => [
                  t['../../../libs/server/credit-record/src/views/credit-record.view'].CreditEntryView,
                ],
              },
              disputes: {
                required: true,
                type: () => [
                  t['../../../libs/server/credit-record/src/views/credit-record.view'].CreditDisputeView,
                ],
              },
              nothingToDispute: {
                required: true,
                type: () =>
                  t['../../../libs/server/credit-record/src/views/credit-record.view'].NothingToDisputeView,
                nullable: true,
              },
            },
            ClientSummaryParagraph: {
              entryId: { required: true, type: () => String },
              text: {
                required: true,
                type: () => String,
                example:
                  '\u82B1\u5504\uFF08\u91CD\u6176\u879E\u87FB\u6D88\u8CBB\u91D1\u878D\uFF09\uFF08\u82B1\u5504\uFF0C\u5E33\u865F\u672B\u56DB\u78BC 0731\uFF09\uFF1A\u81EA 2023\u5E745\u67082\u65E5 \u8D77\u903E\u671F \u00A5860.00\uFF0C\u5DF2\u65BC 2026\u5E742\u670815\u65E5 \u5168\u6578\u6E05\u511F\u3002\u2026',
              },
            },
            ClientSummaryView: {
              locale: { required: true, enum: ['zh-TW', 'zh-CN', 'en'] },
              paragraphs: {
                required: true,
                type: () => [
                  t['../../../libs/server/credit-record/src/views/credit-record.view'].ClientSummaryParagraph,
                ],
              },
              notice: { required: true, type: () => String },
            },
          },
        ],
        [
          Promise.resolve(m95),
          {
            CreateCreditDisputeDto: {
              entryId: { required: true, type: () => String, format: 'uuid' },
              grounds: {
                required: true,
                type: () => [Object],
                enum: [
                  'other',
                  'not_my_account',
                  'wrong_amount',
                  'wrong_dates',
                  'already_repaid',
                  'creditor_agreed',
                ],
                isArray: true,
                uniqueItems: true,
                minItems: 1,
                maxItems: 6,
              },
              explanation: {
                required: true,
                type: () => String,
                description: 'What is wrong, in the words the application will carry.',
                minLength: 1,
                maxLength: 2000,
              },
              venue: { required: true, enum: ['credit_reference_centre', 'lender'] },
              evidenceFileIds: {
                required: false,
                type: () => [String],
                description:
                  "The case's files that prove it (a repayment receipt, the creditor's letter\u2026).",
                uniqueItems: true,
                format: 'uuid',
                maxItems: 20,
              },
            },
            UpdateCreditDisputeDto: {
              grounds: {
                required: false,
                type: () => [Object],
                enum: [
                  'other',
                  'not_my_account',
                  'wrong_amount',
                  'wrong_dates',
                  'already_repaid',
                  'creditor_agreed',
                ],
                isArray: true,
                uniqueItems: true,
                minItems: 1,
                maxItems: 6,
              },
              explanation: { required: false, type: () => String, minLength: 1, maxLength: 2000 },
              venue: { required: false, enum: ['credit_reference_centre', 'lender'] },
              evidenceFileIds: {
                required: false,
                type: () => [String],
                uniqueItems: true,
                format: 'uuid',
                maxItems: 20,
              },
              version: { required: true, type: () => Number, minimum: 1 },
            },
            FileCreditDisputeDto: {
              filedOn: {
                required: true,
                type: () => String,
                description:
                  'The day it was filed; the answer is due 20 days later. Not after today (DATE_IN_FUTURE).',
              },
              version: { required: true, type: () => Number, minimum: 1 },
            },
            AnswerCreditDisputeDto: {
              answeredOn: {
                required: true,
                type: () => String,
                description:
                  'The day the written answer arrived: on or after the filing (ANSWER_BEFORE_FILING), not after today.',
              },
              outcome: { required: true, enum: ['corrected', 'no_error_found', 'cannot_be_verified'] },
              answerFileId: {
                required: false,
                type: () => String,
                nullable: true,
                description: "The answer letter, uploaded to the case's documents.",
                format: 'uuid',
              },
              answerNote: { required: false, type: () => String, nullable: true, maxLength: 2000 },
              version: { required: true, type: () => Number, minimum: 1 },
            },
            WithdrawCreditDisputeDto: {
              reason: { required: true, type: () => String, maxLength: 2000 },
              version: { required: true, type: () => Number, minimum: 1 },
            },
            NothingToDisputeDto: {
              reason: {
                required: true,
                type: () => String,
                description:
                  'Why nothing on the report is wrong (every record is true and shown for its period).',
                maxLength: 2000,
              },
            },
          },
        ],
        [
          Promise.resolve(m96),
          {
            CreateCreditEntryDto: {
              caseId: { required: true, type: () => String, format: 'uuid' },
              debtId: {
                required: false,
                type: () => String,
                nullable: true,
                description: "The case's debt this account is, when it is one.",
                format: 'uuid',
              },
              reportFileId: {
                required: false,
                type: () => String,
                nullable: true,
                description: "The credit report on the case's checklist it was read from.",
                format: 'uuid',
              },
              market: {
                required: true,
                description:
                  "CN: the People's Bank of China credit reference centre; TW: \u806F\u5FB5 (its display rule named as data).",
                enum: ['CN', 'TW'],
              },
              institution: { required: true, type: () => String, minLength: 1, maxLength: 100 },
              accountLast4: { required: false, type: () => String, nullable: true, pattern: '^[0-9]{4}$' },
              product: {
                required: true,
                enum: ['other', 'huabei', 'jiebei', 'credit_card', 'consumer_loan', 'online_loan'],
              },
              status: { required: true, enum: ['normal', 'overdue', 'repaid_after_overdue', 'written_off'] },
              overdueFen: {
                required: true,
                type: () => Number,
                description: "The overdue amount the report shows, in fen of the market's currency.",
                minimum: 0,
              },
              defaultStartedOn: {
                required: false,
                type: () => String,
                nullable: true,
                description: 'The day the account first went overdue.',
              },
              repaidOn: {
                required: false,
                type: () => String,
                nullable: true,
                description: 'The day the overdue amount was fully repaid (the end of the default).',
              },
              displayRuleCode: {
                required: false,
                type: () => String,
                nullable: true,
                description:
                  "Taiwan entries: the agency's display rule (GET /api/credit-display-rules); none for mainland ones.",
                maxLength: 40,
              },
              note: { required: false, type: () => String, nullable: true, maxLength: 2000 },
            },
            UpdateCreditEntryDto: {
              debtId: { required: false, type: () => String, nullable: true, format: 'uuid' },
              reportFileId: { required: false, type: () => String, nullable: true, format: 'uuid' },
              institution: { required: false, type: () => String, minLength: 1, maxLength: 100 },
              accountLast4: { required: false, type: () => String, nullable: true, pattern: '^[0-9]{4}$' },
              product: {
                required: false,
                enum: ['other', 'huabei', 'jiebei', 'credit_card', 'consumer_loan', 'online_loan'],
              },
              status: { required: false, enum: ['normal', 'overdue', 'repaid_after_overdue', 'written_off'] },
              overdueFen: { required: false, type: () => Number, minimum: 0 },
              defaultStartedOn: { required: false, type: () => String, nullable: true },
              repaidOn: { required: false, type: () => String, nullable: true },
              displayRuleCode: { required: false, type: () => String, nullable: true, maxLength: 40 },
              note: { required: false, type: () => String, nullable: true, maxLength: 2000 },
              version: { required: true, type: () => Number, minimum: 1 },
            },
          },
        ],
        [
          Promise.resolve(m31),
          {
            Contact: {
              id: { required: true, type: () => String },
              caseId: { required: true, type: () => String },
              debtId: { required: true, type: () => String, nullable: true },
              party: { required: true, enum: ['creditor', 'client'] },
              channel: {
                required: true,
                enum: ['hotline', 'online_chat', 'in_app', 'letter', 'visit', 'phone', 'wechat', 'email'],
              },
              occurredAt: { required: true, type: () => Date },
              person: { required: true, type: () => String, nullable: true },
              summary: { required: true, type: () => String },
              outcome: { required: true, type: () => String, nullable: true },
              nextFollowUpAt: {
                required: true,
                type: () => Date,
                nullable: true,
                description: 'When to call again; the reminders of [5/6] are built from it.',
              },
              createdBy: { required: true, type: () => String },
              createdAt: { required: true, type: () => Date },
              updatedAt: { required: true, type: () => Date },
              version: { required: true, type: () => Number },
            },
          },
        ],
        [
          Promise.resolve(m97),
          {
            CreateContactDto: {
              caseId: { required: true, type: () => String, format: 'uuid' },
              debtId: { required: false, type: () => String, format: 'uuid' },
              party: { required: true, enum: ['creditor', 'client'] },
              channel: {
                required: true,
                enum: ['hotline', 'online_chat', 'in_app', 'letter', 'visit', 'phone', 'wechat', 'email'],
              },
              occurredAt: { required: true, type: () => String },
              person: { required: false, type: () => String, maxLength: 200 },
              summary: { required: true, type: () => String, minLength: 1, maxLength: 4000 },
              outcome: { required: false, type: () => String, maxLength: 2000 },
              nextFollowUpAt: { required: false, type: () => String, nullable: true },
            },
            UpdateContactDto: { version: { required: true, type: () => Number, minimum: 1 } },
            ContactListQueryDto: {
              sort: { required: true, default: 'occurredAt', enum: ['occurredAt', 'nextFollowUpAt'] },
              caseId: { required: true, type: () => String, format: 'uuid' },
              debtId: { required: false, type: () => String, format: 'uuid' },
            },
          },
        ],
        [
          Promise.resolve(m64),
          {
            ContactPage: {
              data: {
                required: true,
                type: () => [t['../../../libs/server/negotiation/src/contact.entity'].Contact],
              },
              total: { required: true, type: () => Number },
            },
          },
        ],
        [
          Promise.resolve(m32),
          {
            IncomeLine: {
              source: { required: true, type: () => String, example: '\u85AA\u8CC7' },
              amountFen: { required: true, type: () => Number, example: 3200000 },
            },
            SpendingLine: {
              category: { required: true, type: () => String, example: '\u623F\u79DF' },
              amountFen: { required: true, type: () => Number, example: 1200000 },
            },
            OtherDebtLine: {
              lender: { required: true, type: () => String, example: '\u67D0\u9280\u884C\u623F\u8CB8' },
              monthlyPaymentFen: { required: true, type: () => Number, example: 500000 },
            },
          },
        ],
        [
          Promise.resolve(m36),
          {
            FinancialStatement: {
              id: { required: true, type: () => String },
              caseId: { required: true, type: () => String },
              isCurrent: { required: true, type: () => Boolean },
              currency: {
                required: true,
                description:
                  'Every amount of the statement is in it; fixed when it is recorded (see statementCurrency).',
                enum: ['CNY', 'TWD'],
              },
              income: {
                required: true,
                type: () => [
                  t['../../../libs/server/negotiation/src/views/financial-statement-lines.view'].IncomeLine,
                ],
              },
              essentialSpending: {
                required: true,
                type: () => [
                  t['../../../libs/server/negotiation/src/views/financial-statement-lines.view'].SpendingLine,
                ],
              },
              otherDebts: {
                required: true,
                type: () => [
                  t['../../../libs/server/negotiation/src/views/financial-statement-lines.view']
                    .OtherDebtLine,
                ],
              },
              dependants: { required: true, type: () => Number },
              livingMinimumId: {
                required: true,
                type: () => String,
                nullable: true,
                description:
                  "The region whose living minimum floors the household's spending; null: no floor applies.",
              },
              notes: { required: true, type: () => String, nullable: true },
              createdBy: { required: true, type: () => String },
              createdAt: { required: true, type: () => Date },
            },
          },
        ],
        [
          Promise.resolve(m33),
          {
            IncomeLineDto: {
              source: { required: true, type: () => String, minLength: 1, maxLength: 100 },
              amountFen: { required: true, type: () => Number, minimum: 0 },
            },
            SpendingLineDto: {
              category: { required: true, type: () => String, minLength: 1, maxLength: 100 },
              amountFen: { required: true, type: () => Number, minimum: 0 },
            },
            OtherDebtLineDto: {
              lender: { required: true, type: () => String, minLength: 1, maxLength: 100 },
              monthlyPaymentFen: { required: true, type: () => Number, minimum: 0 },
            },
            CreateFinancialStatementDto: {
              caseId: { required: true, type: () => String, format: 'uuid' },
              income: {
                required: true,
                type: () => [
                  t['../../../libs/server/negotiation/src/dto/financial-statement.dto'].IncomeLineDto,
                ],
                maxItems: 30,
              },
              essentialSpending: {
                required: true,
                type: () => [
                  t['../../../libs/server/negotiation/src/dto/financial-statement.dto'].SpendingLineDto,
                ],
                maxItems: 30,
              },
              otherDebts: {
                required: true,
                type: () => [
                  t['../../../libs/server/negotiation/src/dto/financial-statement.dto'].OtherDebtLineDto,
                ],
                maxItems: 30,
              },
              dependants: { required: true, type: () => Number, minimum: 0, maximum: 30 },
              currency: { required: false, enum: ['CNY', 'TWD'] },
              livingMinimumId: { required: false, type: () => String, nullable: true, format: 'uuid' },
              notes: { required: false, type: () => String, maxLength: 4000 },
            },
            FinancialStatementListQuery: { caseId: { required: true, type: () => String, format: 'uuid' } },
          },
        ],
        [
          Promise.resolve(m43),
          {
            LivingMinimum: {
              id: { required: true, type: () => String },
              region: { required: true, type: () => String },
              currency: { required: true, enum: ['CNY', 'TWD'] },
              monthlyFenPerPerson: { required: true, type: () => Number },
              effectiveFrom: { required: true, type: () => String },
              source: {
                required: true,
                type: () => String,
                description: 'Where the figure comes from (the notice that set it).',
              },
              createdAt: { required: true, type: () => Date },
              updatedAt: { required: true, type: () => Date },
              version: { required: true, type: () => Number },
            },
          },
        ],
        [
          Promise.resolve(m34),
          {
            AffordabilityView: {
              incomeFen: { required: true, type: () => Number, example: 3200000 },
              essentialSpendingFen: {
                required: true,
                type: () => Number,
                description: 'Essential spending as the client stated it.',
              },
              otherDebtPaymentsFen: { required: true, type: () => Number },
              householdLivingMinimumFen: {
                required: true,
                type: () => Number,
                nullable: true,
                description:
                  "The household's living minimum: per person \u00D7 (1 + dependants); null when no region's floor applies.",
              },
              spendingCounted: {
                required: true,
                description:
                  "Which spending was counted: the stated one, or the household's living minimum where that is larger.",
                enum: ['stated', 'living_minimum'],
              },
              countedSpendingFen: { required: true, type: () => Number },
              disposableFen: {
                required: true,
                type: () => Number,
                description: 'Income \u2212 counted spending \u2212 other debt payments; may be negative.',
              },
              capacityFen: {
                required: true,
                type: () => Number,
                description:
                  'What the firm proposes to commit each month: commitBp of a positive disposable income, rounded down.',
                example: 1050000,
              },
            },
            CheapestPlanPartView: {
              debtId: { required: true, type: () => String },
              creditorName: { required: true, type: () => String },
              months: {
                required: true,
                type: () => Number,
                description: 'The longest plan the creditor allows.',
              },
              monthlyFen: {
                required: true,
                type: () => Number,
                description: 'What is outstanding over those months, rounded up to the fen.',
              },
            },
            ShortfallView: {
              neededFen: {
                required: true,
                type: () => Number,
                description:
                  "The smallest monthly payment any allowed plan needs: every debt on its creditor's longest plan.",
              },
              capacityFen: { required: true, type: () => Number },
              shortfallFen: {
                required: true,
                type: () => Number,
                description:
                  'needed \u2212 capacity when the capacity is below it; 0 exactly when the cheapest plan fits.',
              },
              fits: {
                required: true,
                type: () => Boolean,
                description: 'Whether the cheapest plan fits the capacity (shortfallFen is 0).',
              },
              plans: {
                required: true,
                type: () => [
                  t['../../../libs/server/negotiation/src/views/affordability.view'].CheapestPlanPartView,
                ],
              },
            },
          },
        ],
        [
          Promise.resolve(m35),
          {
            HouseholdLivingMinimum: {
              id: { required: true, type: () => String, description: "The living minimum's id." },
              region: { required: true, type: () => String, example: '\u4E0A\u6D77\u5E02' },
              currency: { required: true, enum: ['CNY', 'TWD'] },
              effectiveFrom: { required: true, type: () => String, example: '2024-07-01' },
              source: { required: true, type: () => String, description: 'The notice that set the figure.' },
              perPersonFen: {
                required: true,
                type: () => Number,
                description: 'The floor per person a month.',
                example: 151000,
              },
              people: { required: true, type: () => Number, description: 'The client and their dependants.' },
              householdFen: {
                required: true,
                type: () => Number,
                nullable: true,
                description:
                  "perPersonFen \u00D7 people (typed as the domain's figure, which is null only where there is no floor).",
              },
            },
            DebtCapacityShare: {
              debtId: { required: true, type: () => String },
              creditorName: { required: true, type: () => String },
              currency: { required: true, enum: ['CNY', 'TWD'] },
              outstandingFen: { required: true, type: () => Number, example: 5000000 },
              capacityFen: {
                required: true,
                type: () => Number,
                nullable: true,
                description:
                  "Its share of the capacity, in proportion to what is owed (the shares sum to the capacity); null for a\ndebt in another currency than the statement's, which has no share.",
              },
            },
            CaseAffordability: {
              statementId: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'The current statement; null: none recorded yet.',
              },
              currency: {
                required: true,
                nullable: true,
                description:
                  "The statement's currency: every amount here is in it, except each debt's own outstandingFen.",
                enum: ['CNY', 'TWD'],
              },
              commitBp: {
                required: true,
                type: () => Number,
                description:
                  'The share of disposable income the firm commits, in basis points (7000 = 70 %).',
                example: 7000,
              },
              figures: {
                required: true,
                type: () =>
                  t['../../../libs/server/negotiation/src/views/affordability.view'].AffordabilityView,
                nullable: true,
              },
              livingMinimum: {
                required: true,
                type: () =>
                  t['../../../libs/server/negotiation/src/views/case-affordability.view']
                    .HouseholdLivingMinimum,
                nullable: true,
                description: 'The floor used; null: the statement names no region, so no floor applies.',
              },
              shortfall: {
                required: true,
                type: () => t['../../../libs/server/negotiation/src/views/affordability.view'].ShortfallView,
                nullable: true,
                description:
                  "Measured against the cheapest plan the creditors allow (each debt in the statement's currency on its\ncreditor's longest plan, \u505C\u606F\u639B\u8CEC).",
              },
              debts: {
                required: true,
                type: () => [
                  t['../../../libs/server/negotiation/src/views/case-affordability.view'].DebtCapacityShare,
                ],
              },
            },
          },
        ],
        [
          Promise.resolve(m65),
          {
            FinancialStatementPage: {
              data: {
                required: true,
                type: () => [
                  t['../../../libs/server/negotiation/src/financial-statement.entity'].FinancialStatement,
                ],
              },
              total: { required: true, type: () => Number },
            },
          },
        ],
        [
          Promise.resolve(m37),
          {
            SuggestionView: {
              kind: {
                required: true,
                description:
                  'installments: a plain plan, the penalty accrued so far included; interest_freeze: \u505C\u606F\u639B\u8CEC, it waived.',
                enum: ['installments', 'interest_freeze'],
              },
              months: { required: true, type: () => Number, example: 24 },
              monthlyFen: { required: true, type: () => Number, example: 208334 },
              totalFen: { required: true, type: () => Number, example: 5000000 },
              waivedPenaltyFen: {
                required: true,
                type: () => Number,
                description: 'Penalty already accrued that the plan asks the creditor to waive.',
              },
              withoutAgreementFen: {
                required: true,
                type: () => Number,
                description:
                  'What the creditor claims today: outstanding plus the penalty accrued so far (capped).',
              },
              savingsFen: {
                required: true,
                type: () => Number,
                description:
                  'What the plan saves against that claim (never below nothing, never the penalty still to come).',
              },
            },
            ProposalSuggestions: {
              debtId: { required: true, type: () => String, example: '4f1e2b9c-7d3a-4c5e-9a8b-1c2d3e4f5a6b' },
              capacityFen: {
                required: true,
                type: () => Number,
                description:
                  "The debt's share of the monthly capacity (0 without a statement in its currency).",
              },
              hasFinancialStatement: { required: true, type: () => Boolean },
              statementCurrency: {
                required: true,
                nullable: true,
                description: "The current statement's currency; null: no statement.",
                enum: ['CNY', 'TWD'],
              },
              creditorMaxMonths: {
                required: true,
                type: () => Number,
                nullable: true,
                description:
                  "The creditor's longest plan in the catalog; null: not known (the product's default applies).",
              },
              suggestions: {
                required: true,
                type: () => [
                  t['../../../libs/server/negotiation/src/views/proposal-suggestions.view'].SuggestionView,
                ],
              },
            },
          },
        ],
        [
          Promise.resolve(m38),
          {
            Proposal: {
              id: { required: true, type: () => String },
              caseId: { required: true, type: () => String },
              debtId: { required: true, type: () => String },
              kind: { required: true, enum: ['deferral', 'installments', 'interest_freeze', 'lump_sum'] },
              status: {
                required: true,
                enum: ['withdrawn', 'draft', 'submitted', 'countered', 'accepted', 'rejected'],
              },
              totalFen: {
                required: true,
                type: () => Number,
                description:
                  "What goes into the plan: the agreed amount (for lump_sum: the settlement), before the creditor's charge\non the plan. What the client pays in all is this plus the charge, worked out on acceptance.",
              },
              months: { required: true, type: () => Number, nullable: true },
              firstDueDate: { required: true, type: () => String, nullable: true },
              graceMonths: { required: true, type: () => Number },
              waivedPenaltyFen: { required: true, type: () => Number },
              chargeKind: {
                required: true,
                description: "The creditor's charge on the plan (\u505C\u606F\u639B\u8CEC: none).",
                enum: ['none', 'monthly_fee', 'annual_rate'],
              },
              chargeRatePpm: {
                required: true,
                type: () => Number,
                description:
                  'ppm: of the base each month (monthly_fee), of the balance left each year (annual_rate).',
              },
              creditorAnswer: { required: true, type: () => String, nullable: true },
              contactIds: { required: true, type: () => [String] },
              createdBy: { required: true, type: () => String },
              limitExceptionReason: {
                required: true,
                type: () => String,
                nullable: true,
                description:
                  "A manager's approval of a plan longer than the creditor allows, with the reason.",
              },
              limitExceptionBy: { required: true, type: () => String, nullable: true },
              createdAt: { required: true, type: () => Date },
              updatedAt: { required: true, type: () => Date },
              version: { required: true, type: () => Number },
            },
          },
        ],
        [
          Promise.resolve(m98),
          {
            CreateProposalDto: {
              debtId: { required: true, type: () => String, format: 'uuid' },
              kind: { required: true, enum: ['deferral', 'installments', 'interest_freeze', 'lump_sum'] },
              totalFen: { required: true, type: () => Number, minimum: 1, maximum: 10000000000000 },
              months: { required: false, type: () => Number, minimum: 1, maximum: 120 },
              firstDueDate: { required: false, type: () => String, minLength: 10, maxLength: 10 },
              graceMonths: { required: false, type: () => Number, minimum: 0, maximum: 24 },
              waivedPenaltyFen: { required: false, type: () => Number, minimum: 0, maximum: 10000000000000 },
              chargeKind: { required: false, enum: ['none', 'monthly_fee', 'annual_rate'] },
              chargeRatePpm: { required: false, type: () => Number, minimum: 0 },
              contactIds: {
                required: false,
                type: () => [String],
                uniqueItems: true,
                format: 'uuid',
                maxItems: 50,
              },
              limitExceptionReason: { required: false, type: () => String, minLength: 1, maxLength: 2000 },
            },
            UpdateProposalDto: {
              status: {
                required: false,
                enum: ['withdrawn', 'draft', 'submitted', 'countered', 'accepted', 'rejected'],
              },
              creditorAnswer: { required: false, type: () => String, maxLength: 4000 },
              version: { required: true, type: () => Number, minimum: 1 },
            },
            AcceptProposalDto: {
              creditorAnswer: { required: false, type: () => String, maxLength: 4000 },
              firstDueDate: { required: false, type: () => String, minLength: 10, maxLength: 10 },
              version: { required: true, type: () => Number, minimum: 1 },
            },
            ProposalListQuery: { caseId: { required: true, type: () => String, format: 'uuid' } },
          },
        ],
        [
          Promise.resolve(m39),
          {
            ScheduledInstallmentView: {
              number: { required: true, type: () => Number, example: 1 },
              dueDate: { required: true, type: () => String, example: '2026-02-15' },
              amountFen: {
                required: true,
                type: () => Number,
                description: "What is due: the installment's part of the plan's base and its charge.",
                example: 208334,
              },
              chargeFen: {
                required: true,
                type: () => Number,
                description:
                  "The part of amountFen that is the creditor's fee or interest (0 on an interest-free plan).",
              },
            },
            ProposalAcceptance: {
              proposal: {
                required: true,
                type: () => t['../../../libs/server/negotiation/src/proposal.entity'].Proposal,
              },
              planId: {
                required: true,
                type: () => String,
                description: 'The repayment plan created, at /api/repayment-plans/{id}.',
                example: '9b1c2d3e-4f5a-4b6c-8d7e-0f1a2b3c4d5e',
              },
              installments: {
                required: true,
                type: () => [
                  t['../../../libs/server/negotiation/src/views/proposal-acceptance.view']
                    .ScheduledInstallmentView,
                ],
              },
            },
          },
        ],
        [
          Promise.resolve(m66),
          {
            ProposalPage: {
              data: {
                required: true,
                type: () => [t['../../../libs/server/negotiation/src/proposal.entity'].Proposal],
              },
              total: { required: true, type: () => Number },
            },
          },
        ],
        [
          Promise.resolve(m99),
          {
            RecordPaymentDto: {
              amountFen: { required: true, type: () => Number, minimum: 1, maximum: 10000000000000 },
              paidOn: { required: true, type: () => String, minLength: 10, maxLength: 10 },
              method: {
                required: true,
                enum: ['other', 'bank_transfer', 'alipay', 'wechat_pay', 'card', 'cash'],
              },
              reference: { required: false, type: () => String, maxLength: 200 },
              payeeKind: { required: true, enum: ['creditor_account', 'creditor_app', 'someone_else'] },
              payeeName: { required: true, type: () => String, minLength: 1, maxLength: 200, pattern: '\\S' },
              payeeAccount: { required: false, type: () => String, minLength: 1, maxLength: 100 },
            },
          },
        ],
        [
          Promise.resolve(m40),
          {
            PlanSavings: {
              planId: { required: true, type: () => String },
              currency: { required: true, enum: ['CNY', 'TWD'] },
              planTotalFen: {
                required: true,
                type: () => Number,
                description: 'What the plan costs in all.',
              },
              withoutAgreementFen: {
                required: true,
                type: () => Number,
                description:
                  'What the creditor claimed on the day of agreement: outstanding plus the penalty accrued to that day.',
                example: 5600000,
              },
              savingsFen: { required: true, type: () => Number, example: 600000 },
            },
            CurrencySavings: {
              currency: { required: true, enum: ['CNY', 'TWD'] },
              withoutAgreementFen: { required: true, type: () => Number },
              planTotalFen: { required: true, type: () => Number },
              savingsFen: { required: true, type: () => Number },
            },
            CaseSavings: {
              plans: {
                required: true,
                type: () => [t['../../../libs/server/negotiation/src/views/case-savings.view'].PlanSavings],
              },
              totals: {
                required: true,
                type: () => [
                  t['../../../libs/server/negotiation/src/views/case-savings.view'].CurrencySavings,
                ],
                description: 'One row per currency some plan is in.',
              },
            },
          },
        ],
        [
          Promise.resolve(m41),
          {
            PlanPaymentAllocation: {
              installmentId: { required: true, type: () => String },
              number: {
                required: true,
                type: () => Number,
                description: "The installment's number in the plan.",
              },
              amountFen: { required: true, type: () => Number, example: 208334 },
              daysLate: {
                required: true,
                type: () => Number,
                description:
                  "Days after the installment's due date the money came (0 when on time or early).",
              },
            },
            PlanPaymentProof: {
              id: { required: true, type: () => String },
              originalName: { required: true, type: () => String, example: '\u8F49\u5E33\u622A\u5716.png' },
              mediaType: { required: true, type: () => String, example: 'image/png' },
              sizeBytes: { required: true, type: () => Number },
            },
            PlanPayment: {
              id: { required: true, type: () => String },
              installmentId: {
                required: true,
                type: () => String,
                description:
                  'The installment it was recorded against; where the money went is its allocations.',
              },
              amountFen: { required: true, type: () => Number, example: 208334 },
              paidOn: { required: true, type: () => String, example: '2026-02-14' },
              method: {
                required: true,
                enum: ['other', 'bank_transfer', 'alipay', 'wechat_pay', 'card', 'cash'],
              },
              reference: {
                required: true,
                type: () => String,
                nullable: true,
                description: "The bank's or app's reference of the transfer, when given.",
              },
              payeeKind: {
                required: true,
                description:
                  "Who received the money: the creditor's account or app, someone else, or not recorded.",
                enum: ['creditor_account', 'creditor_app', 'someone_else', 'unrecorded'],
              },
              payeeName: { required: true, type: () => String, nullable: true },
              payeeAccount: { required: true, type: () => String, nullable: true },
              creditFen: {
                required: true,
                type: () => Number,
                description: "What was left after the plan's last installment: kept as credit, never lost.",
              },
              recordedAt: {
                required: true,
                type: () => Date,
                description: 'When the payment was recorded (not when it was paid: paidOn).',
              },
              allocations: {
                required: true,
                type: () => [
                  t['../../../libs/server/negotiation/src/views/plan-payment.view'].PlanPaymentAllocation,
                ],
              },
              proofs: {
                required: true,
                type: () => [
                  t['../../../libs/server/negotiation/src/views/plan-payment.view'].PlanPaymentProof,
                ],
              },
            },
          },
        ],
        [
          Promise.resolve(m42),
          {
            InstallmentStateView: {
              id: {
                required: true,
                type: () => String,
                description: "The installment's id (payments are recorded against it).",
              },
              number: { required: true, type: () => Number, example: 1 },
              dueDate: { required: true, type: () => String, example: '2026-02-15' },
              amountFen: {
                required: true,
                type: () => Number,
                description: "What is due: the installment's part of the plan's base and its charge.",
                example: 208334,
              },
              chargeFen: {
                required: false,
                type: () => Number,
                description:
                  "The part of amountFen that is the creditor's fee or interest (0 on an interest-free plan).",
              },
              paidFen: { required: true, type: () => Number },
              status: {
                required: true,
                description:
                  'paid_late: paid in full after its due date (daysLate says by how much); ended: left unpaid on a plan\nthat closing the case ended, so no longer due.',
                enum: ['due', 'paid', 'paid_late', 'partially_paid', 'late', 'missed', 'ended'],
              },
              paidInFullOn: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'The day it was paid in full; null while it is not.',
              },
              daysLate: {
                required: true,
                type: () => Number,
                description:
                  'Paid: how late the money that completed it came. Unpaid: days past its due date today (0 if not yet due).',
              },
            },
            RepaymentPlanView: {
              id: { required: true, type: () => String, example: '9b1c2d3e-4f5a-4b6c-8d7e-0f1a2b3c4d5e' },
              caseId: { required: true, type: () => String },
              debtId: { required: true, type: () => String },
              proposalId: {
                required: true,
                type: () => String,
                description: 'The accepted proposal it was created from.',
              },
              totalFen: {
                required: true,
                type: () => Number,
                description: "What the client pays in all: the base and the creditor's charges on it.",
                example: 5000000,
              },
              baseFen: {
                required: true,
                type: () => Number,
                description: 'What went into the plan: the agreed amount.',
              },
              chargesFen: {
                required: true,
                type: () => Number,
                description: "The creditor's fee or interest on the plan (0 on \u505C\u606F\u639B\u8CEC).",
              },
              chargeKind: { required: true, enum: ['none', 'monthly_fee', 'annual_rate'] },
              chargeRatePpm: {
                required: true,
                type: () => Number,
                description:
                  'ppm: of the base each month (monthly_fee), of the balance left each year (annual_rate).',
              },
              waivedPenaltyFen: { required: true, type: () => Number },
              months: { required: true, type: () => Number, example: 24 },
              firstDueDate: {
                required: true,
                type: () => String,
                description: 'The first due date as agreed, before any grace months.',
              },
              graceMonths: {
                required: true,
                type: () => Number,
                description: 'Months with nothing to pay before the first installment.',
              },
              currency: {
                required: true,
                description: "The debt's currency: every amount of the plan is in it.",
                enum: ['CNY', 'TWD'],
              },
              endedOn: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'Set when closing the case ended the plan unpaid.',
              },
              endedOutcome: {
                required: true,
                nullable: true,
                description: "The case's outcome when closing it ended the plan.",
                enum: ['resolved', 'withdrawn', 'failed', 'litigated'],
              },
              status: {
                required: true,
                description: 'ended: the case closed before the plan was paid; see endedOn.',
                enum: ['completed', 'late', 'ended', 'defaulted', 'on_track'],
              },
              paidFen: { required: true, type: () => Number },
              remainingFen: { required: true, type: () => Number },
              creditFen: {
                required: true,
                type: () => Number,
                description: "Paid beyond the plan's last installment.",
              },
              installments: {
                required: true,
                type: () => [
                  t['../../../libs/server/negotiation/src/views/repayment-plan.view'].InstallmentStateView,
                ],
              },
              payments: {
                required: true,
                type: () => [t['../../../libs/server/negotiation/src/views/plan-payment.view'].PlanPayment],
              },
            },
            RepaymentPlanPage: {
              data: {
                required: true,
                type: () => [
                  t['../../../libs/server/negotiation/src/views/repayment-plan.view'].RepaymentPlanView,
                ],
              },
              total: { required: true, type: () => Number },
            },
          },
        ],
        [
          Promise.resolve(m67),
          {
            PaymentProof: {
              id: { required: true, type: () => String },
              paymentId: { required: true, type: () => String },
              caseId: { required: true, type: () => String },
              originalName: {
                required: true,
                type: () => String,
                description: 'The name it was uploaded with.',
                example: '\u8F49\u5E33\u622A\u5716.png',
              },
              mediaType: {
                required: true,
                type: () => String,
                description: 'The type found in its content, never taken from its name.',
                example: 'image/png',
              },
              sizeBytes: { required: true, type: () => Number, example: 284113 },
              createdAt: { required: true, type: () => Date },
            },
          },
        ],
        [
          Promise.resolve(m100),
          {
            CreateLivingMinimumDto: {
              region: { required: true, type: () => String, minLength: 1, maxLength: 100 },
              currency: { required: true, enum: ['CNY', 'TWD'] },
              monthlyFenPerPerson: { required: true, type: () => Number, minimum: 0, maximum: 100000000 },
              effectiveFrom: { required: true, type: () => String, minLength: 10, maxLength: 10 },
              source: { required: true, type: () => String, minLength: 1, maxLength: 2000 },
            },
            UpdateLivingMinimumDto: { version: { required: true, type: () => Number, minimum: 1 } },
            LivingMinimumListQueryDto: {
              sort: { required: true, default: 'region', enum: ['region', 'currency', 'effectiveFrom'] },
              currency: { required: false, enum: ['CNY', 'TWD'] },
            },
          },
        ],
        [
          Promise.resolve(m68),
          {
            LivingMinimumPage: {
              data: {
                required: true,
                type: () => [t['../../../libs/server/negotiation/src/living-minimum.entity'].LivingMinimum],
              },
              total: { required: true, type: () => Number },
            },
          },
        ],
        [
          Promise.resolve(m44),
          {
            OfficerDayCaseItem: {
              caseId: { required: true, type: () => String, example: '6f1c2d3e-4a5b-4c6d-8e7f-901a2b3c4d5e' },
              reference: { required: true, type: () => String, example: 'AC-2025-000123' },
              clientName: { required: true, type: () => String },
            },
            OfficerDayReminder: {
              id: { required: true, type: () => String },
              kind: { required: true, type: () => String, example: 'installment_due' },
              status: { required: true, enum: ['failed', 'scheduled', 'sent', 'cancelled'] },
              dueAt: { required: true, type: () => Date, example: '2025-06-02T01:00:00.000Z' },
              overdue: { required: true, type: () => Boolean, description: 'Due before today began.' },
              payload: {
                required: true,
                type: 'object',
                additionalProperties: true,
                description: 'What the reminder is about; its keys depend on the kind.',
              },
            },
            OfficerDayFollowUp: {
              id: { required: true, type: () => String },
              dueAt: { required: true, type: () => Date, description: 'When the follow-up is due.' },
              overdue: { required: true, type: () => Boolean, description: 'Due before today began.' },
              party: { required: true, enum: ['creditor', 'client'] },
              channel: {
                required: true,
                enum: ['hotline', 'online_chat', 'in_app', 'letter', 'visit', 'phone', 'wechat', 'email'],
              },
              person: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'Whom the officer spoke to, when noted.',
              },
              summary: { required: true, type: () => String },
            },
            OfficerDayDocumentToVerify: {
              id: { required: true, type: () => String },
              kind: {
                required: true,
                enum: [
                  'id_card_front',
                  'id_card_back',
                  'proof_of_income',
                  'hardship_unemployment',
                  'hardship_medical',
                  'hardship_disaster',
                  'hardship_other',
                  'bank_statements',
                  'debt_statement',
                  'credit_report',
                  'power_of_attorney',
                  'service_agreement',
                  'financial_statement',
                ],
              },
              receivedAt: { required: true, type: () => Date, nullable: true },
            },
            OfficerDayDocumentOverdue: {
              id: { required: true, type: () => String },
              kind: {
                required: true,
                enum: [
                  'id_card_front',
                  'id_card_back',
                  'proof_of_income',
                  'hardship_unemployment',
                  'hardship_medical',
                  'hardship_disaster',
                  'hardship_other',
                  'bank_statements',
                  'debt_statement',
                  'credit_report',
                  'power_of_attorney',
                  'service_agreement',
                  'financial_statement',
                ],
              },
              status: { required: true, enum: ['rejected', 'requested', 'received', 'verified', 'waived'] },
              dueOn: {
                required: true,
                type: () => String,
                description: "On the firm's calendar.",
                example: '2025-05-20',
              },
              daysLate: { required: true, type: () => Number },
            },
            OfficerDayInstallment: {
              id: { required: true, type: () => String },
              number: { required: true, type: () => Number },
              dueDate: {
                required: true,
                type: () => String,
                description: "On the firm's calendar.",
                example: '2025-06-05',
              },
              amountFen: { required: true, type: () => Number, example: 250000 },
              owedFen: {
                required: true,
                type: () => Number,
                description: 'What is still owed on it (less than the amount when part is paid).',
              },
              currency: {
                required: true,
                description: "The plan's debt's currency: both amounts are in it.",
                enum: ['CNY', 'TWD'],
              },
              missed: { required: true, type: () => Boolean },
              daysLate: {
                required: true,
                type: () => Number,
                description: 'Days since the due date: negative while it is still to come, 0 on the day.',
              },
              planId: { required: true, type: () => String },
              creditor: { required: true, type: () => String, description: "The creditor's name." },
            },
            OfficerDayStaleCase: {
              stage: {
                required: true,
                enum: [
                  'intake',
                  'documents',
                  'creditor_contact',
                  'negotiating',
                  'agreed',
                  'repaying',
                  'credit_repair',
                ],
              },
              lastActivityAt: { required: true, type: () => Date },
              daysQuiet: {
                required: true,
                type: () => Number,
                description: 'Calendar days since the last activity.',
              },
            },
          },
        ],
        [
          Promise.resolve(m45),
          {
            OfficerDayReminders: {
              total: { required: true, type: () => Number },
              items: {
                required: true,
                type: () => [
                  t['../../../libs/server/workload/src/views/officer-day-items.view'].OfficerDayReminder,
                ],
              },
            },
            OfficerDayFollowUps: {
              total: { required: true, type: () => Number },
              items: {
                required: true,
                type: () => [
                  t['../../../libs/server/workload/src/views/officer-day-items.view'].OfficerDayFollowUp,
                ],
              },
            },
            OfficerDayDocumentsToVerify: {
              total: { required: true, type: () => Number },
              items: {
                required: true,
                type: () => [
                  t['../../../libs/server/workload/src/views/officer-day-items.view']
                    .OfficerDayDocumentToVerify,
                ],
              },
            },
            OfficerDayDocumentsOverdue: {
              total: { required: true, type: () => Number },
              items: {
                required: true,
                type: () => [
                  t['../../../libs/server/workload/src/views/officer-day-items.view']
                    .OfficerDayDocumentOverdue,
                ],
              },
            },
            OfficerDayInstallments: {
              total: { required: true, type: () => Number },
              items: {
                required: true,
                type: () => [
                  t['../../../libs/server/workload/src/views/officer-day-items.view'].OfficerDayInstallment,
                ],
              },
            },
            OfficerDayStaleCases: {
              total: { required: true, type: () => Number },
              items: {
                required: true,
                type: () => [
                  t['../../../libs/server/workload/src/views/officer-day-items.view'].OfficerDayStaleCase,
                ],
              },
            },
            OfficerDay: {
              date: {
                required: true,
                type: () => String,
                description: "Today on the firm's calendar.",
                example: '2025-06-02',
              },
              timeZone: { required: true, type: () => String, example: 'Asia/Taipei' },
              staleAfterDays: {
                required: true,
                type: () => Number,
                description: 'A case with no activity for this many days is stale.',
              },
              reminders: {
                required: true,
                type: () => t['../../../libs/server/workload/src/views/officer-day.view'].OfficerDayReminders,
              },
              followUps: {
                required: true,
                type: () => t['../../../libs/server/workload/src/views/officer-day.view'].OfficerDayFollowUps,
              },
              documentsToVerify: {
                required: true,
                type: () =>
                  t['../../../libs/server/workload/src/views/officer-day.view'].OfficerDayDocumentsToVerify,
              },
              documentsOverdue: {
                required: true,
                type: () =>
                  t['../../../libs/server/workload/src/views/officer-day.view'].OfficerDayDocumentsOverdue,
              },
              installmentsDueSoon: {
                required: true,
                type: () =>
                  t['../../../libs/server/workload/src/views/officer-day.view'].OfficerDayInstallments,
                description: 'Unpaid installments due within the next seven days (today included).',
              },
              installmentsMissed: {
                required: true,
                type: () =>
                  t['../../../libs/server/workload/src/views/officer-day.view'].OfficerDayInstallments,
                description: 'Unpaid installments whose due date has passed.',
              },
              staleCases: {
                required: true,
                type: () =>
                  t['../../../libs/server/workload/src/views/officer-day.view'].OfficerDayStaleCases,
              },
            },
          },
        ],
        [
          Promise.resolve(m46),
          {
            OfficerOpenLoad: {
              officerId: {
                required: true,
                type: () => String,
                example: '3f2a9c4e-8b1d-4e6f-a0c2-5d7e9f1b3a64',
              },
              name: { required: true, type: () => String },
              load: {
                required: true,
                type: () => Number,
                description: 'Open cases weighted by stage (see `weights`).',
                example: 7.5,
              },
              openCases: { required: true, type: () => Number },
            },
            AssignmentSuggestion: {
              teamId: { required: true, type: () => String, example: '9b1e4d2c-7a3f-4c5e-b8d6-0f2a1c3e5d7b' },
              weights: {
                required: true,
                type: 'object',
                additionalProperties: { type: 'number' },
                description: 'How much work an open case is, keyed by every stage but closed.',
              },
              suggested: {
                required: true,
                type: () =>
                  t['../../../libs/server/workload/src/views/assignment-suggestion.view'].OfficerOpenLoad,
                nullable: true,
                description: 'The first of `officers`; null when the team has no active officer.',
              },
              officers: {
                required: true,
                type: () => [
                  t['../../../libs/server/workload/src/views/assignment-suggestion.view'].OfficerOpenLoad,
                ],
                description:
                  'Every active officer of the team, lightest load first (then fewer open cases, then by name).',
              },
            },
          },
        ],
        [
          Promise.resolve(m69),
          {
            CreditDisputeFiguresView: {
              teamId: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'The team counted; null for the whole firm.',
              },
              today: { required: true, type: () => String, example: '2026-12-07' },
              open: {
                required: true,
                type: () => Number,
                description: 'Prepared or filed, not yet answered or withdrawn.',
              },
              dueThisWeek: {
                required: true,
                type: () => Number,
                description: 'Filed, with the answer due from today to six days on.',
              },
              overdue: {
                required: true,
                type: () => Number,
                description: 'Filed, and the 20 days for the answer have passed.',
              },
            },
          },
        ],
        [
          Promise.resolve(m48),
          {
            ReportPeriodView: {
              from: { required: true, type: () => String, example: '2025-05-04' },
              to: { required: true, type: () => String, example: '2025-06-02' },
            },
          },
        ],
        [
          Promise.resolve(m47),
          {
            CreditorProposalKindFigures: {
              kind: { required: true, enum: ['deferral', 'installments', 'interest_freeze', 'lump_sum'] },
              submitted: {
                required: true,
                type: () => Number,
                description:
                  'Proposals first sent to the creditor in the period (whatever their answer so far).',
              },
              accepted: { required: true, type: () => Number },
              rejected: { required: true, type: () => Number },
              acceptanceRate: {
                required: true,
                type: () => Number,
                nullable: true,
                description:
                  'accepted / (accepted + rejected), four decimals: answers only; null when none was answered.',
                example: 0.6667,
              },
            },
            CreditDisputeOutcomeFiguresView: {
              answered: { required: true, type: () => Number },
              corrected: { required: true, type: () => Number, description: 'The record was corrected.' },
              noErrorFound: {
                required: true,
                type: () => Number,
                description: 'The agency or lender found the record right: it stays as it was.',
              },
              cannotBeVerified: {
                required: true,
                type: () => Number,
                description: 'It could not be verified: the record is marked as disputed.',
              },
            },
            CreditorReportRowView: {
              creditorId: {
                required: true,
                type: () => String,
                example: 'c2d4e6f8-1a3b-4c5d-9e7f-2a4b6c8d0e1f',
              },
              name: { required: true, type: () => String },
              currency: {
                required: true,
                description: 'The currency of every amount in the row.',
                enum: ['CNY', 'TWD'],
              },
              byKind: {
                required: true,
                type: () => [
                  t['../../../libs/server/workload/src/views/creditor-report.view']
                    .CreditorProposalKindFigures,
                ],
                description: "Every proposal kind, in the contracts' order (zeros when none was sent).",
              },
              submitted: { required: true, type: () => Number },
              accepted: { required: true, type: () => Number },
              rejected: { required: true, type: () => Number },
              acceptanceRate: {
                required: true,
                type: () => Number,
                nullable: true,
                description: 'accepted / (accepted + rejected) over every kind; null when none was answered.',
              },
              medianDaysToAgreement: {
                required: true,
                type: () => Number,
                nullable: true,
                description:
                  "Median days from the debt's first submitted proposal to the accepted one (one decimal).",
              },
              averagePenaltyWaivedFen: {
                required: true,
                type: () => Number,
                nullable: true,
                description:
                  'Average penalty interest waived per accepted proposal, in minor units of `currency` (rounded); null\nwhen none was accepted.',
                example: 36000,
              },
              agreedFen: {
                required: true,
                type: () => Number,
                description: "Sum of the accepted proposals' totals, in minor units of `currency`.",
                example: 8400000,
              },
              disputes: {
                required: true,
                type: () =>
                  t['../../../libs/server/workload/src/views/creditor-report.view']
                    .CreditDisputeOutcomeFiguresView,
              },
            },
            CreditorReportView: {
              asOf: { required: true, type: () => String, example: '2025-06-02T01:15:00.000Z' },
              period: {
                required: true,
                type: () => t['../../../libs/server/workload/src/views/report-period.view'].ReportPeriodView,
              },
              teamId: {
                required: true,
                type: () => String,
                nullable: true,
                description: "The team whose officers' cases are counted; null for the whole firm.",
              },
              creditors: {
                required: true,
                type: () => [
                  t['../../../libs/server/workload/src/views/creditor-report.view'].CreditorReportRowView,
                ],
              },
            },
          },
        ],
        [
          Promise.resolve(m49),
          {
            WorkloadMoneyFigures: {
              underNegotiationFen: {
                required: true,
                type: () => Number,
                description: 'What the cases in creditor contact or negotiation still owe.',
                example: 12500000,
              },
              agreedFen: {
                required: true,
                type: () => Number,
                description: 'The totals of the plans agreed in the period.',
                example: 8400000,
              },
              savedFen: {
                required: true,
                type: () => Number,
                description: 'What those plans save the clients against what they owed.',
                example: 2100000,
              },
            },
            WorkloadOverdueCounts: {
              reminders: {
                required: true,
                type: () => Number,
                description: 'Reminders to the officer past their time and not sent.',
              },
              documents: {
                required: true,
                type: () => Number,
                description: 'Papers still waiting on the client past their due date.',
              },
              followUps: {
                required: true,
                type: () => Number,
                description: 'Follow-ups with creditors past their time and not answered.',
              },
            },
            WorkloadFigures: {
              openByStage: {
                required: true,
                type: 'object',
                additionalProperties: { type: 'number' },
                description: 'Open cases, keyed by every stage but closed (0 when none).',
              },
              openCases: { required: true, type: () => Number },
              opened: { required: true, type: () => Number, description: 'Cases opened in the period.' },
              closed: { required: true, type: () => Number, description: 'Cases closed in the period.' },
              outcomes: {
                required: true,
                type: 'object',
                additionalProperties: { type: 'number' },
                description: 'Cases closed in the period, keyed by every outcome (0 when none).',
              },
              overdue: {
                required: true,
                type: () =>
                  t['../../../libs/server/workload/src/views/workload-report.view'].WorkloadOverdueCounts,
              },
              missedInstallments: {
                required: true,
                type: () => Number,
                description: 'Installments past their due date and not paid in full, on plans still running.',
              },
              staleCases: {
                required: true,
                type: () => Number,
                description: "Open cases with no activity for the firm's stale period or longer.",
              },
              medianDaysByStage: {
                required: true,
                type: 'object',
                additionalProperties: true,
                description:
                  'Median length in days (one decimal) of the stays in each stage but closed that ended in the period;\nnull when none ended.',
              },
              money: {
                required: true,
                type: 'object',
                additionalProperties: true,
                description:
                  'Keyed by every currency (zero when none), in its minor units: yuan and Taiwan dollars are never added.',
              },
            },
            OfficerWorkloadView: {
              officerId: {
                required: true,
                type: () => String,
                example: '3f2a9c4e-8b1d-4e6f-a0c2-5d7e9f1b3a64',
              },
              name: { required: true, type: () => String },
              teamId: { required: true, type: () => String, nullable: true },
            },
            WorkloadTotals: {
              officers: { required: true, type: () => Number, description: 'Active officers counted.' },
            },
            WorkloadFunnelStep: {
              step: {
                required: true,
                enum: [
                  'intake',
                  'documents',
                  'creditor_contact',
                  'negotiating',
                  'agreed',
                  'repaying',
                  'resolved',
                ],
              },
              cases: {
                required: true,
                type: () => Number,
                description:
                  'Cases opened in the period that have reached this step (ever, even if they went back later).',
              },
              conversionFromPrevious: {
                required: true,
                type: () => Number,
                nullable: true,
                description:
                  "cases / the previous step's cases (four decimals); null for the first step or when the previous step has none.",
                example: 0.8125,
              },
            },
            WorkloadReportView: {
              asOf: {
                required: true,
                type: () => String,
                description:
                  "When the figures were read: `live` ones at this instant; the whole firm's for the standard period\ncome from the worker's `snapshot`, taken at most a few minutes before (this says when).",
                example: '2025-06-02T01:15:00.000Z',
              },
              source: { required: true, enum: ['live', 'snapshot'] },
              period: {
                required: true,
                type: () => t['../../../libs/server/workload/src/views/report-period.view'].ReportPeriodView,
              },
              teamId: {
                required: true,
                type: () => String,
                nullable: true,
                description: 'The team reported on; null for the whole firm.',
              },
              officers: {
                required: true,
                type: () => [
                  t['../../../libs/server/workload/src/views/workload-report.view'].OfficerWorkloadView,
                ],
              },
              totals: {
                required: true,
                type: () => t['../../../libs/server/workload/src/views/workload-report.view'].WorkloadTotals,
              },
              funnel: {
                required: true,
                type: () => [
                  t['../../../libs/server/workload/src/views/workload-report.view'].WorkloadFunnelStep,
                ],
                description:
                  "Cases opened in the period, by the furthest steps they have reached, in the spine's order.",
              },
            },
          },
        ],
      ],
      controllers: [
        [
          Promise.resolve(m101),
          {
            AuditController: {
              list: {
                summary: 'The audit log, newest first: who did what to which record, from where (admins).',
                type: t['../../../libs/server/core/src/audit/audit-entry-page.view'].AuditEntryPage,
              },
              show: {
                summary: 'One audit entry with its details (admins).',
                type: t['../../../libs/server/core/src/audit/audit-entry.entity'].AuditEntry,
              },
            },
          },
        ],
        [
          Promise.resolve(m102),
          {
            HealthController: {
              live: { type: t['../../../libs/server/core/src/health/liveness.view'].LivenessView },
              ready: { type: t['../../../libs/server/core/src/health/health-check.view'].HealthCheckView },
              check: { type: t['../../../libs/server/core/src/health/health-check.view'].HealthCheckView },
            },
          },
        ],
        [
          Promise.resolve(m103),
          {
            AuthController: {
              login: {
                summary:
                  "Signs in with e-mail and password (and the second factor's code once enrolled): a short-lived bearer\ntoken and who the person is, and the session's refresh token in an HttpOnly cookie; failures are\nthrottled per account and address.",
                type: t['../../../libs/server/users/src/views/sign-in-result.view'].SignInResult,
              },
              refresh: {
                summary:
                  'A new access token for the session in the refresh cookie, which is replaced (each refresh token works\nonce; using one twice ends the session). Needs the X-Accord-CSRF header (403 CSRF_HEADER_MISSING);\n401 SESSION_ENDED with details.reason (idle, expired, reused, signed_out, \u2026) clears the cookie.',
                type: t['../../../libs/server/users/src/views/sign-in-result.view'].SignInResult,
              },
              me: {
                summary: 'Who is signed in: id, name, role, team and what they may open.',
                type: t['../../../libs/server/users/src/views/user.view'].UserView,
              },
              logout: {
                summary:
                  "Ends the caller's session (its tokens stop working, the refresh cookie is cleared); other devices stay signed in.",
              },
              changePassword: {
                summary:
                  "Chooses one's own password, given the one in use: 422 CURRENT_PASSWORD_WRONG (throttled like\nsign-ins) or PASSWORD_REJECTED with the rules it breaks; every other session of the person ends.",
                type: t['../../../libs/server/users/src/views/sign-in-result.view'].SignInResult,
              },
            },
          },
        ],
        [
          Promise.resolve(m104),
          {
            SecondFactorController: {
              status: {
                summary:
                  'Whether I have a second factor, since when, and how many recovery codes I have left.',
                type: t['../../../libs/server/users/src/second-factor/second-factor.view'].SecondFactorStatus,
              },
              start: {
                summary:
                  'Starts enrolling an authenticator app: its secret and QR code, until a first code confirms it (409 if one is enrolled).',
                type: t['../../../libs/server/users/src/second-factor/second-factor.view']
                  .SecondFactorEnrolment,
              },
              confirm: {
                summary:
                  "Confirms the enrolment with the app's current code (422 SECOND_FACTOR_WRONG): the ten recovery codes, shown once.",
                type: t['../../../libs/server/users/src/second-factor/second-factor.view']
                  .SecondFactorRecoveryCodes,
              },
              reset: {
                summary:
                  "Removes a person's second factor and recovery codes (admins; audited): their sessions end and they enrol again.",
              },
            },
          },
        ],
        [
          Promise.resolve(m105),
          {
            SessionsController: {
              mine: {
                summary: 'My open sessions (device, address, last seen), the one in use marked `current`.',
                type: [t['../../../libs/server/users/src/sessions/session.view'].SessionView],
              },
              endMine: {
                summary:
                  'Ends one of my sessions (its tokens stop working at once); 404 if it is not mine or already ended.',
              },
              ofUser: {
                summary: "A person's open sessions (admins).",
                type: [t['../../../libs/server/users/src/sessions/session.view'].SessionView],
              },
              endOfUser: { summary: "Ends one of a person's sessions (admins; audited)." },
              getSettings: {
                summary:
                  "The firm's sign-in rules: idle timeout, absolute lifetime, a second factor for officers (admins).",
                type: t['../../../libs/server/users/src/sessions/security-settings.view']
                  .SecuritySettingsView,
              },
              updateSettings: {
                summary:
                  "Changes the firm's sign-in rules (admins; audited; 409 on a stale version); they apply from the next sign-in or refresh.",
                type: t['../../../libs/server/users/src/sessions/security-settings.view']
                  .SecuritySettingsView,
              },
            },
          },
        ],
        [
          Promise.resolve(m106),
          {
            TeamsController: {
              list: {
                summary: "The firm's teams with their managers and how many active members each has.",
                type: t['../../../libs/server/users/src/views/team.view'].TeamPage,
              },
              show: {
                summary: 'One team.',
                type: t['../../../libs/server/users/src/views/team.view'].TeamView,
              },
              create: {
                summary: 'Adds a team (admins); audited.',
                type: t['../../../libs/server/users/src/views/team.view'].TeamView,
              },
              update: {
                summary: 'Renames a team or changes its manager (admins), with the version read; audited.',
                type: t['../../../libs/server/users/src/views/team.view'].TeamView,
              },
              remove: {
                summary:
                  'Answers the team as it was before it was deleted; its remaining members are left in no team.',
                type: t['../../../libs/server/users/src/views/team.view'].TeamView,
              },
            },
          },
        ],
        [
          Promise.resolve(m107),
          {
            UsersController: {
              list: {
                summary: "The firm's people (managers see their team, admins everyone).",
                type: t['../../../libs/server/users/src/views/user.view'].UserPage,
              },
              show: {
                summary: 'One person.',
                type: t['../../../libs/server/users/src/views/user.view'].UserView,
              },
              create: {
                summary: 'Adds a person with a role and team (admins); audited.',
                type: t['../../../libs/server/users/src/views/user.view'].UserView,
              },
              update: {
                summary:
                  "Changes a person's name, role, team or standing (admins), with the version read; audited.",
                type: t['../../../libs/server/users/src/views/user.view'].UserView,
              },
            },
          },
        ],
        [
          Promise.resolve(m108),
          {
            RemindersController: {
              list: {
                summary:
                  'Reminders of the cases one may see (`caseId`, `status`, `mine=true` for those addressed to me).',
                type: t['../../../libs/server/reminders/src/views/reminder-page.view'].ReminderPage,
              },
              show: {
                summary: 'One reminder with its schedule, status and deliveries.',
                type: t['../../../libs/server/reminders/src/reminder.entity'].Reminder,
              },
              retry: {
                summary: 'A failed reminder sent again now; what already reached someone is not sent twice.',
                type: t['../../../libs/server/reminders/src/reminder.entity'].Reminder,
              },
              failedDeliveries: {
                summary: 'Deliveries that failed, newest first: what did not reach whom, and why.',
                type: t['../../../libs/server/reminders/src/views/failed-delivery.view'].FailedDeliveryPage,
              },
              myNotifications: {
                summary: 'My notifications (the bell), newest first; `unread=true` for the unread ones.',
                type: t['../../../libs/server/reminders/src/views/notification.view'].NotificationPage,
              },
              unread: {
                summary: 'How many of my notifications are unread.',
                type: t['../../../libs/server/reminders/src/views/notification.view'].NotificationUnreadCount,
              },
              read: {
                summary: 'Marks one of my notifications read.',
                type: t['../../../libs/server/reminders/src/views/notification.view'].Notification,
              },
              readAll: {
                summary: 'Marks all my notifications read; answers how many changed.',
                type: t['../../../libs/server/reminders/src/views/notification.view'].NotificationsMarkedRead,
              },
              getSettings: {
                summary: "The firm's reminder settings: times of day, quiet hours, lead days.",
                type: t['../../../libs/server/reminders/src/views/reminder-settings.view'].ReminderSettings,
              },
              updateSettings: {
                summary: "Changes the firm's reminder settings (admins), with the version read.",
                type: t['../../../libs/server/reminders/src/views/reminder-settings.view'].ReminderSettings,
              },
              myChannels: {
                summary: 'Each person picks how their own reminders reach them.',
                type: t['../../../libs/server/reminders/src/views/reminder-channels.view'].ReminderChannels,
              },
              setMyChannels: {
                summary:
                  "A change of where someone's reminders go is audited with the channels before and after.",
                type: t['../../../libs/server/reminders/src/views/reminder-channels.view'].ReminderChannels,
              },
            },
          },
        ],
        [
          Promise.resolve(m109),
          {
            ClientsController: {
              list: {
                summary: 'Clients one may see; ID numbers masked.',
                type: t['../../../libs/server/clients/src/client.view'].ClientPage,
              },
              lookup: {
                summary:
                  'Finds a client by exact ID number or phone, sent in the body so it never appears in a URL or a log.',
                type: t['../../../libs/server/clients/src/client.view'].ClientPage,
              },
              show: {
                summary: 'One client; ID number and phone masked.',
                type: t['../../../libs/server/clients/src/client.view'].ClientView,
              },
              create: {
                summary: 'Records a client; the ID number is kept encrypted and found by its keyed hash.',
                type: t['../../../libs/server/clients/src/client.view'].ClientView,
              },
              update: {
                summary: "Changes a client's details, with the version read.",
                type: t['../../../libs/server/clients/src/client.view'].ClientView,
              },
              reveal: {
                summary: "Shows a client's full ID number or phone to someone entitled to it; audited.",
                type: t['../../../libs/server/clients/src/client.view'].RevealedClientIdentifiers,
              },
            },
          },
        ],
        [
          Promise.resolve(m110),
          {
            CreditorsController: {
              list: {
                summary:
                  "The creditor catalog: each creditor's penalty rule, late fee, longest plan and how to reach them.",
                type: t['../../../libs/server/creditors/src/views/creditor-page.view'].CreditorPage,
              },
              show: {
                summary: 'One creditor of the catalog.',
                type: t['../../../libs/server/creditors/src/creditor.entity'].Creditor,
              },
              create: {
                summary: 'Adds a creditor to the catalog (admins); audited.',
                type: t['../../../libs/server/creditors/src/creditor.entity'].Creditor,
              },
              update: {
                summary: "Changes a creditor's rules or contacts (admins), with the version read; audited.",
                type: t['../../../libs/server/creditors/src/creditor.entity'].Creditor,
              },
            },
          },
        ],
        [
          Promise.resolve(m111),
          {
            LprRatesController: {
              list: {
                summary: 'The dated one-year and five-year LPR as published, newest first.',
                type: t['../../../libs/server/creditors/src/views/lpr-rate.view'].LprRatePage,
              },
              show: {
                summary: 'The LPR published on one day.',
                type: t['../../../libs/server/creditors/src/views/lpr-rate.view'].LprRateView,
              },
              create: {
                summary: 'Records the LPR published on a day (admins); audited.',
                type: t['../../../libs/server/creditors/src/views/lpr-rate.view'].LprRateView,
              },
              update: {
                summary: 'Corrects the LPR of one day (admins), with the version read; audited.',
                type: t['../../../libs/server/creditors/src/views/lpr-rate.view'].LprRateView,
              },
              remove: {
                summary: 'Removes a wrongly entered LPR (admins); audited, answers the removed row.',
                type: t['../../../libs/server/creditors/src/views/lpr-rate.view'].LprRateView,
              },
            },
          },
        ],
        [
          Promise.resolve(m112),
          {
            CaseSettingsController: {
              get: {
                summary: "The firm's case settings (who may close cases, \u2026).",
                type: t['../../../libs/server/cases/src/views/case-settings.view'].CaseSettings,
              },
              update: {
                summary: 'Managers decide how their officers close cases; admins too.',
                type: t['../../../libs/server/cases/src/views/case-settings.view'].CaseSettings,
              },
            },
          },
        ],
        [
          Promise.resolve(m113),
          {
            CasesController: {
              list: {
                summary:
                  'Cases one may see, filtered (stage, officer, client, creditor, bucket, risk) and sorted.',
                type: t['../../../libs/server/cases/src/views/case-list-item.view'].CasePage,
              },
              export: {
                summary: 'The filtered case list as CSV (same filters, order and scope as the list).',
                type: String,
              },
              show: {
                summary: 'One case: client, debts, arrears, penalty to date, stage and what waiting costs.',
                type: t['../../../libs/server/cases/src/views/case-detail.view'].CaseDetail,
              },
              create: {
                summary: 'Opens a case for a client; officers open their own, managers assign.',
                type: t['../../../libs/server/cases/src/views/case-detail.view'].CaseDetail,
              },
              update: {
                summary:
                  "Changes a case's overdue reason, litigation risk or closing, with the version read; the case policy decides.",
                type: t['../../../libs/server/cases/src/views/case-detail.view'].CaseDetail,
              },
              transition: {
                summary:
                  'Moves a case to another stage when the case policy allows; a move back needs a reason.',
                type: t['../../../libs/server/cases/src/views/case-detail.view'].CaseDetail,
              },
              reopen: {
                summary:
                  'Reopening a closed case, for managers: nothing it ended (plans, reminders) comes back by itself.',
                type: t['../../../libs/server/cases/src/views/case-detail.view'].CaseDetail,
              },
              actions: {
                summary:
                  'What the case policy allows on this case now, each action with its reasons when refused.',
                type: t['../../../libs/server/cases/src/views/case-actions.view'].CaseActions,
              },
              reassignMany: {
                summary: 'Many cases to one officer with one reason, all or none (`caseIds`, at most 200).',
                type: t['../../../libs/server/cases/src/views/case-reassignment.view'].CaseReassignment,
              },
              reassign: {
                summary: 'Gives a case to another officer with a reason (managers, admins); audited.',
                type: t['../../../libs/server/cases/src/views/case-detail.view'].CaseDetail,
              },
              timeline: {
                summary: 'What happened on a case, newest first.',
                type: t['../../../libs/server/cases/src/views/case-timeline.view'].CaseTimelinePage,
              },
            },
          },
        ],
        [
          Promise.resolve(m114),
          {
            DebtsController: {
              list: {
                summary: 'Debts of a case (`caseId`) with arrears, penalty to date and overdue bucket.',
                type: t['../../../libs/server/cases/src/views/debt.view'].DebtPage,
              },
              show: {
                summary: 'One debt with its penalty to date and how it was worked out.',
                type: t['../../../libs/server/cases/src/views/debt.view'].DebtDetail,
              },
              create: {
                summary: 'Adds a debt to a case; the case policy checks the amounts and dates.',
                type: t['../../../libs/server/cases/src/views/debt.view'].DebtDetail,
              },
              update: {
                summary:
                  'Changes a debt, with the version read; the case policy checks the amounts and dates.',
                type: t['../../../libs/server/cases/src/views/debt.view'].DebtDetail,
              },
              remove: {
                summary: 'Removes a debt entered by mistake while the case is at intake.',
                type: t['../../../libs/server/cases/src/views/debt.view'].RemovedDebt,
              },
            },
            PenaltyProjectionController: {
              project: {
                summary:
                  "What a debt's penalty will be if nothing is agreed, month by month (`debtId`): a projection, labelled as one.",
                type: t['../../../libs/server/cases/src/views/penalty-projection.view'].PenaltyProjection,
              },
            },
          },
        ],
        [
          Promise.resolve(m115),
          {
            ClientImportController: {
              preview: {
                summary: 'Reads and checks the file; writes nothing.',
                type: t['../../../libs/server/cases/src/import/client-import.view'].ImportPreview,
              },
              commit: {
                summary:
                  'Writes every client, case and debt of the file in one transaction, or nothing (422 with the problems).',
                type: t['../../../libs/server/cases/src/import/client-import.view'].ImportResult,
              },
            },
          },
        ],
        [
          Promise.resolve(m116),
          {
            CalendarFeedController: {
              mine: {
                summary: 'Whether the caller has a calendar feed, and when calendars last fetched it.',
                type: t['../../../libs/server/court/src/views/court.view'].CalendarFeedView,
              },
              create: {
                summary: "Makes the caller's private feed address (shown once); the old one stops answering.",
                type: t['../../../libs/server/court/src/views/court.view'].CalendarFeedCreatedView,
              },
              revoke: { summary: "Revokes the caller's feed: calendars subscribed to it get nothing more." },
              feed: {
                summary:
                  'The feed itself (iCalendar, RFC 5545), for calendar apps: the token in the address is the credential,\nsince calendars cannot send a header; logs keep the address with the token cut out.',
                type: String,
              },
            },
          },
        ],
        [
          Promise.resolve(m117),
          {
            CourtCalendarController: {
              list: {
                summary:
                  'The days the firm marked: court holidays and weekend days the courts work (deadlines are counted on them).',
                type: [t['../../../libs/server/court/src/views/court.view'].CourtCalendarDayView],
              },
              put: {
                summary: 'Marks a day as a court holiday or a working weekend day (admins).',
                type: t['../../../libs/server/court/src/views/court.view'].CourtCalendarDayView,
              },
              remove: { summary: 'Unmarks a day (admins).' },
            },
          },
        ],
        [
          Promise.resolve(m118),
          {
            DocumentFilesController: {
              upload: {
                summary:
                  'Attaches a scan or PDF to a checklist item (multipart, field `file`); its type is read from its bytes, infected files are refused.',
                type: t['../../../libs/server/documents/src/document-file.entity'].DocumentFile,
              },
              list: {
                summary: 'Files of a case or of one checklist item, without their bytes.',
                type: t['../../../libs/server/documents/src/views/document-pages.view'].DocumentFilePage,
              },
              download: {
                summary:
                  'Streams the file; inline only for images and PDFs (previews), never for anything a browser runs.',
              },
            },
          },
        ],
        [
          Promise.resolve(m119),
          {
            DocumentTemplatesController: {
              list: {
                summary: 'The checklist templates: which papers each kind of case asks the client for.',
                type: t['../../../libs/server/documents/src/views/document-pages.view'].DocumentTemplatePage,
              },
              show: {
                summary: 'One checklist template.',
                type: t['../../../libs/server/documents/src/document-template.entity'].DocumentTemplate,
              },
              create: {
                summary: 'Adds a checklist template (admins); audited.',
                type: t['../../../libs/server/documents/src/document-template.entity'].DocumentTemplate,
              },
              update: {
                summary: 'Changes a checklist template (admins), with the version read.',
                type: t['../../../libs/server/documents/src/document-template.entity'].DocumentTemplate,
              },
            },
            DocumentRequirementsController: {
              list: {
                summary: "A case's checklist items (`caseId`), each with its status, due date and files.",
                type: t['../../../libs/server/documents/src/views/document-pages.view']
                  .DocumentRequirementPage,
              },
              show: {
                summary: 'One checklist item with its files.',
                type: t['../../../libs/server/documents/src/document-requirement.entity'].DocumentRequirement,
              },
              move: {
                summary:
                  'receive, verify, reject (with a reason: the client is asked again) or waive (managers and admins).',
                type: t['../../../libs/server/documents/src/document-requirement.entity'].DocumentRequirement,
              },
            },
          },
        ],
        [
          Promise.resolve(m120),
          {
            UploadLinksController: {
              create: {
                summary: 'The token is in the answer once, and only here.',
                type: t['../../../libs/server/documents/src/views/upload-link.view'].CreatedUploadLink,
              },
              list: {
                summary:
                  'The upload links sent for a case, with what each asks for and whether it is still open.',
                type: t['../../../libs/server/documents/src/views/upload-link.view'].UploadLinkPage,
              },
              revoke: { summary: 'Ends an upload link now: the client can no longer use it.' },
            },
            PublicUploadController: {
              view: {
                summary:
                  "What the client's upload link asks for (the link's token in the X-Upload-Token header, never in the URL).",
                type: t['../../../libs/server/documents/src/views/public-upload.view'].PublicUploadLink,
              },
              upload: {
                summary:
                  'A client uploads a file for one asked item through their link (multipart, field `file`).',
                type: t['../../../libs/server/documents/src/views/public-upload.view'].PublicUploadReceipt,
              },
            },
          },
        ],
        [
          Promise.resolve(m121),
          {
            CourtController: {
              ofCase: {
                summary:
                  "A case's court side: its matters with their events, the creditor's demands recorded, and the litigation risk with its reasons.",
                type: t['../../../libs/server/court/src/views/court.view'].CaseCourtView,
              },
              createMatter: {
                summary:
                  'Records a court matter on a case (a suit, payment order, arbitration, mediation; \u66F4\u751F / \u6E05\u7B97 for Taiwan clients).',
                type: t['../../../libs/server/court/src/views/court.view'].CourtMatterView,
              },
              getMatter: {
                summary: 'One court matter with its events.',
                type: t['../../../libs/server/court/src/views/court.view'].CourtMatterView,
              },
              updateMatter: {
                summary: 'Corrects a matter or concludes it (409 on a stale version).',
                type: t['../../../libs/server/court/src/views/court.view'].CourtMatterView,
              },
              createEvent: {
                summary:
                  'Records an event of a matter; a summons or decision served brings its answer or appeal deadline, worked out.',
                type: t['../../../libs/server/court/src/views/court.view'].CourtEventView,
              },
              getEvent: {
                summary: 'One court event.',
                type: t['../../../libs/server/court/src/views/court.view'].CourtEventView,
              },
              updateEvent: {
                summary:
                  'Moves or corrects an event; a deadline moved from its worked-out day needs a reason (409 on a stale version).',
                type: t['../../../libs/server/court/src/views/court.view'].CourtEventView,
              },
              completeDeadline: {
                summary:
                  "Records how a deadline ended: the answer or appeal filed, or let pass with the client's reason.",
                type: t['../../../libs/server/court/src/views/court.view'].CourtEventView,
              },
              createDemand: {
                summary:
                  "Records a collection notice or other demand the client received, or the client's acknowledgement of a debt.",
                type: t['../../../libs/server/court/src/views/court.view'].CreditorDemandView,
              },
              agenda: {
                summary:
                  "Hearings and open court deadlines of the caller's cases for the coming days, and deadlines passed with nothing recorded.",
                type: t['../../../libs/server/court/src/views/court.view'].CourtAgendaView,
              },
              report: {
                summary:
                  "The team's court side for managers (admins: the firm): sittings in the next 14 days, passed deadlines, matters by kind.",
                type: t['../../../libs/server/court/src/views/court.view'].CourtReportView,
              },
            },
          },
        ],
        [
          Promise.resolve(m122),
          {
            CreditRecordController: {
              ofCase: {
                summary:
                  "A case's credit record: its report entries (with until when each is shown and the 2025 relief), disputes and review.",
                type: t['../../../libs/server/credit-record/src/views/credit-record.view']
                  .CaseCreditRecordView,
              },
              clientSummary: {
                summary:
                  "The credit record in plain words for the client, in the client's language: each entry, until when it shows, what was disputed and the answer.",
                type: t['../../../libs/server/credit-record/src/views/credit-record.view'].ClientSummaryView,
              },
              nothingToDispute: {
                summary:
                  "Says, with a reason, that nothing on the client's report is wrong (409 DISPUTES_EXIST once a dispute was begun).",
                type: t['../../../libs/server/credit-record/src/views/credit-record.view']
                  .CaseCreditRecordView,
              },
              displayRules: {
                summary:
                  "The display periods of agencies whose rules are kept as data (Taiwan's \u806F\u5FB5).",
                type: [
                  t['../../../libs/server/credit-record/src/views/credit-record.view'].CreditDisplayRuleView,
                ],
              },
              createEntry: {
                summary: "Records an account read from the client's credit report.",
                type: t['../../../libs/server/credit-record/src/views/credit-record.view'].CreditEntryView,
              },
              getEntry: {
                summary: 'One credit report entry, with until when it is shown and the 2025 relief.',
                type: t['../../../libs/server/credit-record/src/views/credit-record.view'].CreditEntryView,
              },
              updateEntry: {
                summary: 'Corrects an entry as read (409 on a stale version).',
                type: t['../../../libs/server/credit-record/src/views/credit-record.view'].CreditEntryView,
              },
              removeEntry: {
                summary:
                  'Removes an entry typed by mistake; a disputed one stays (409 CREDIT_ENTRY_HAS_DISPUTES).',
              },
              prepare: {
                summary:
                  'Prepares a dispute of an entry: grounds, what is wrong, where it is filed, the evidence.',
                type: t['../../../libs/server/credit-record/src/views/credit-record.view'].CreditDisputeView,
              },
              getDispute: {
                summary: 'One dispute: its grounds, evidence, filing, due day and answer.',
                type: t['../../../libs/server/credit-record/src/views/credit-record.view'].CreditDisputeView,
              },
              updateDispute: {
                summary: 'Changes a dispute not yet filed (409 DISPUTE_ALREADY_FILED after).',
                type: t['../../../libs/server/credit-record/src/views/credit-record.view'].CreditDisputeView,
              },
              file: {
                summary:
                  'Records the filing: needs evidence (DISPUTE_NEEDS_EVIDENCE); the answer is due 20 days later, with reminders.',
                type: t['../../../libs/server/credit-record/src/views/credit-record.view'].CreditDisputeView,
              },
              answer: {
                summary:
                  'Records the written answer and its outcome as given (DISPUTE_NOT_FILED, ANSWER_BEFORE_FILING).',
                type: t['../../../libs/server/credit-record/src/views/credit-record.view'].CreditDisputeView,
              },
              withdraw: {
                summary: 'Withdraws a dispute not yet answered, with a reason.',
                type: t['../../../libs/server/credit-record/src/views/credit-record.view'].CreditDisputeView,
              },
            },
          },
        ],
        [
          Promise.resolve(m123),
          {
            NegotiationController: {
              suggest: {
                summary:
                  "Plans that fit the client's capacity share for this debt and the creditor's longest plan.",
                type: t['../../../libs/server/negotiation/src/views/proposal-suggestions.view']
                  .ProposalSuggestions,
              },
              listContacts: {
                summary: 'Contacts with creditors and the client, newest first (`caseId`).',
                type: t['../../../libs/server/negotiation/src/views/contact-page.view'].ContactPage,
              },
              showContact: {
                summary: 'One recorded contact.',
                type: t['../../../libs/server/negotiation/src/contact.entity'].Contact,
              },
              logContact: {
                summary:
                  'Records a call, message or letter with a creditor or the client, and its follow-up date.',
                type: t['../../../libs/server/negotiation/src/contact.entity'].Contact,
              },
              updateContact: {
                summary: 'Corrects a recorded contact or moves its follow-up, with the version read.',
                type: t['../../../libs/server/negotiation/src/contact.entity'].Contact,
              },
              list: {
                summary: "A case's financial statements (`caseId`), newest first.",
                type: t['../../../libs/server/negotiation/src/views/financial-statement-page.view']
                  .FinancialStatementPage,
              },
              show: {
                summary: 'One financial statement.',
                type: t['../../../libs/server/negotiation/src/financial-statement.entity'].FinancialStatement,
              },
              create: {
                summary:
                  "Records the client's financial statement: income, spending, household and other debts.",
                type: t['../../../libs/server/negotiation/src/financial-statement.entity'].FinancialStatement,
              },
              affordability: {
                summary:
                  "What the client can pay a month after the living minimum, shared among the case's debts, and how it was worked out.",
                type: t['../../../libs/server/negotiation/src/views/case-affordability.view']
                  .CaseAffordability,
              },
            },
          },
        ],
        [
          Promise.resolve(m124),
          {
            ProposalsController: {
              list: {
                summary: 'Proposals to creditors (`caseId`, `debtId`), each with its terms and status.',
                type: t['../../../libs/server/negotiation/src/views/proposal-page.view'].ProposalPage,
              },
              show: {
                summary: 'One proposal with its terms and history.',
                type: t['../../../libs/server/negotiation/src/proposal.entity'].Proposal,
              },
              create: {
                summary:
                  "Drafts a proposal for one debt: kind, amount, months, charge and waiver; the case policy checks the creditor's limits.",
                type: t['../../../libs/server/negotiation/src/proposal.entity'].Proposal,
              },
              update: {
                summary: "Changes a draft's terms, with the version read.",
                type: t['../../../libs/server/negotiation/src/proposal.entity'].Proposal,
              },
              accept: {
                summary:
                  "Records the creditor's acceptance and creates the repayment plan with its installments.",
                type: t['../../../libs/server/negotiation/src/views/proposal-acceptance.view']
                  .ProposalAcceptance,
              },
            },
          },
        ],
        [
          Promise.resolve(m125),
          {
            RepaymentsController: {
              plans: {
                summary: "A case's repayment plans with their installments and what was paid.",
                type: t['../../../libs/server/negotiation/src/views/repayment-plan.view'].RepaymentPlanPage,
              },
              plan: {
                summary: 'One repayment plan: installments, payments, allocations and proofs.',
                type: t['../../../libs/server/negotiation/src/views/repayment-plan.view'].RepaymentPlanView,
              },
              recordPayment: {
                summary:
                  'A payment toward an installment; partial payments and overpayments roll forward through the plan.',
                type: t['../../../libs/server/negotiation/src/views/repayment-plan.view'].RepaymentPlanView,
              },
              uploadProof: {
                summary: 'A receipt or transfer screenshot, multipart with one field named "file".',
                type: t['../../../libs/server/negotiation/src/views/payment-proof.view'].PaymentProof,
              },
              downloadProof: { summary: 'The bytes of a payment proof.' },
              savings: {
                summary:
                  "What the case's agreed plans save the client against the claim, per currency, and how it was worked out.",
                type: t['../../../libs/server/negotiation/src/views/case-savings.view'].CaseSavings,
              },
            },
          },
        ],
        [
          Promise.resolve(m126),
          {
            LivingMinimumsController: {
              list: {
                summary: 'The living minimum per region and date, as published.',
                type: t['../../../libs/server/negotiation/src/views/living-minimum-page.view']
                  .LivingMinimumPage,
              },
              show: {
                summary: 'One living minimum.',
                type: t['../../../libs/server/negotiation/src/living-minimum.entity'].LivingMinimum,
              },
              create: {
                summary: "Records a region's living minimum from a date (admins); audited.",
                type: t['../../../libs/server/negotiation/src/living-minimum.entity'].LivingMinimum,
              },
              update: {
                summary: 'Corrects a living minimum (admins), with the version read; audited.',
                type: t['../../../libs/server/negotiation/src/living-minimum.entity'].LivingMinimum,
              },
            },
          },
        ],
        [
          Promise.resolve(m127),
          {
            ReportsController: {
              creditDisputes: {
                summary:
                  "Credit disputes on the team's cases (admins: a team or the firm): open, due this week, past their 20-day answer.",
                type: t['../../../libs/server/workload/src/views/credit-dispute-figures.view']
                  .CreditDisputeFiguresView,
              },
              creditorReport: {
                summary: 'Per creditor: acceptance of each proposal kind, days to agreement, penalty waived.',
                type: t['../../../libs/server/workload/src/views/creditor-report.view'].CreditorReportView,
              },
              exportCreditorReport: {
                summary: 'The creditor report as CSV, with the same period and scope as the report.',
                type: String,
              },
            },
          },
        ],
        [
          Promise.resolve(m128),
          {
            WorkloadController: {
              today: {
                summary: 'What to do today on my own open cases, read as of now.',
                type: t['../../../libs/server/workload/src/views/officer-day.view'].OfficerDay,
              },
              workload: {
                summary:
                  "Each officer's load and the totals: managers their team, admins the firm or one team.",
                type: t['../../../libs/server/workload/src/views/workload-report.view'].WorkloadReportView,
              },
              exportWorkload: {
                summary: 'The same figures as a spreadsheet: one row per officer and the totals.',
                type: String,
              },
              suggestedOfficer: {
                summary:
                  'The officer of the team with the lowest weighted open load: whom to give the next case to.',
                type: t['../../../libs/server/workload/src/views/assignment-suggestion.view']
                  .AssignmentSuggestion,
              },
            },
          },
        ],
      ],
    },
  };
};
