/* eslint-disable */
export default async () => {
  const t = {
    ['../../../libs/server/creditors/src/dto/creditor.dto']:
      await import('../../../libs/server/creditors/src/dto/creditor.dto'),
    ['../../../libs/server/documents/src/dto/document.dto']:
      await import('../../../libs/server/documents/src/dto/document.dto'),
    ['../../../libs/server/negotiation/src/dto/financial-statement.dto']:
      await import('../../../libs/server/negotiation/src/dto/financial-statement.dto'),
    ['../../../libs/server/core/src/audit/audit-entry.entity']:
      await import('../../../libs/server/core/src/audit/audit-entry.entity'),
    ['../../../libs/server/reminders/src/reminder.entity']:
      await import('../../../libs/server/reminders/src/reminder.entity'),
    ['../../../libs/server/creditors/src/creditor.entity']:
      await import('../../../libs/server/creditors/src/creditor.entity'),
    ['../../../libs/server/documents/src/document-file.entity']:
      await import('../../../libs/server/documents/src/document-file.entity'),
    ['../../../libs/server/documents/src/document-template.entity']:
      await import('../../../libs/server/documents/src/document-template.entity'),
    ['../../../libs/server/documents/src/document-requirement.entity']:
      await import('../../../libs/server/documents/src/document-requirement.entity'),
    ['../../../libs/server/negotiation/src/contact.entity']:
      await import('../../../libs/server/negotiation/src/contact.entity'),
    ['../../../libs/server/negotiation/src/financial-statement.entity']:
      await import('../../../libs/server/negotiation/src/financial-statement.entity'),
    ['../../../libs/server/negotiation/src/proposal.entity']:
      await import('../../../libs/server/negotiation/src/proposal.entity'),
    ['../../../libs/server/negotiation/src/living-minimum.entity']:
      await import('../../../libs/server/negotiation/src/living-minimum.entity'),
  };
  return {
    '@nestjs/swagger': {
      models: [
        [
          import('../../../libs/server/core/src/audit/audit-entry.entity'),
          {
            AuditEntry: {
              id: { required: true, type: () => String },
              at: { required: true, type: () => Date },
              actorId: { required: true, type: () => String, nullable: true },
              action: { required: true, type: () => String },
              entityType: { required: true, type: () => String, nullable: true },
              entityId: { required: true, type: () => String, nullable: true },
              subject: { required: true, type: () => String, nullable: true },
              ip: { required: true, type: () => String, nullable: true },
              requestId: { required: true, type: () => String, nullable: true },
              details: { required: true, type: 'object', additionalProperties: true },
            },
          },
        ],
        [
          import('../../../libs/server/core/src/http/list-query.dto'),
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
          import('../../../libs/server/core/src/audit/audit-query.dto'),
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
          import('../../../libs/server/cases/src/case-event.entity'),
          {
            CaseEvent: {
              id: { required: true, type: () => String },
              caseId: { required: true, type: () => String },
              at: { required: true, type: () => Date },
              actorId: { required: true, type: () => String, nullable: true },
              kind: { required: true, type: () => String },
              details: { required: true, type: 'object', additionalProperties: true },
            },
          },
        ],
        [
          import('../../../libs/server/cases/src/case.entity'),
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
          import('../../../libs/server/clients/src/client.entity'),
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
          import('../../../libs/server/reminders/src/reminder.entity'),
          {
            Reminder: {
              id: { required: true, type: () => String },
              kind: { required: true, type: () => String },
              caseId: { required: true, type: () => String, nullable: true },
              subjectType: { required: true, type: () => String },
              subjectId: { required: true, type: () => String },
              slot: { required: true, type: () => String },
              recipient: { required: true, enum: ['officer', 'manager', 'client'] },
              recipientUserId: { required: true, type: () => String, nullable: true },
              dueAt: { required: true, type: () => Date },
              status: { required: true, enum: ['failed', 'scheduled', 'sent', 'cancelled'] },
              attempts: { required: true, type: () => Number },
              lastError: { required: true, type: () => String, nullable: true },
              payload: { required: true, type: 'object', additionalProperties: true },
              heldUntil: { required: true, type: () => Date, nullable: true },
              firedAt: { required: true, type: () => Date, nullable: true },
              createdAt: { required: true, type: () => Date },
              updatedAt: { required: true, type: () => Date },
            },
          },
        ],
        [
          import('../../../libs/server/clients/src/dto/client.dto'),
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
          import('../../../libs/server/creditors/src/creditor.entity'),
          {
            Creditor: {
              id: { required: true, type: () => String },
              name: { required: true, type: () => String },
              product: {
                required: true,
                enum: ['other', 'huabei', 'jiebei', 'credit_card', 'consumer_loan', 'online_loan'],
              },
              market: { required: true, enum: ['CN', 'TW'] },
              customerService: { required: true, type: () => [Object] },
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
              active: { required: true, type: () => Boolean },
              createdAt: { required: true, type: () => Date },
              updatedAt: { required: true, type: () => Date },
              version: { required: true, type: () => Number },
            },
          },
        ],
        [
          import('../../../libs/server/creditors/src/dto/creditor.dto'),
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
          import('../../../libs/server/creditors/src/lpr-rate.entity'),
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
          import('../../../libs/server/creditors/src/dto/lpr-rate.dto'),
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
          import('../../../libs/server/cases/src/debt.entity'),
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
          import('../../../libs/server/cases/src/dto/case.dto'),
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
          import('../../../libs/server/cases/src/dto/debt.dto'),
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
          import('../../../libs/server/documents/src/document-file.entity'),
          {
            DocumentFile: {
              id: { required: true, type: () => String },
              requirementId: { required: true, type: () => String },
              caseId: { required: true, type: () => String },
              storageKey: { required: true, type: () => String },
              sha256: { required: true, type: () => String },
              sizeBytes: { required: true, type: () => Number },
              mediaType: { required: true, type: () => String },
              originalName: {
                required: true,
                type: () => String,
                description: 'As the client named it: display text only, never a path.',
              },
              source: { required: true, enum: ['officer', 'client_link'] },
              uploadedBy: { required: true, type: () => String, nullable: true },
              uploadLinkId: { required: true, type: () => String, nullable: true },
              createdAt: { required: true, type: () => Date },
            },
          },
        ],
        [
          import('../../../libs/server/documents/src/document-requirement.entity'),
          {
            DocumentRequirement: {
              id: { required: true, type: () => String },
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
              dueOn: { required: true, type: () => String },
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
          import('../../../libs/server/documents/src/document-template.entity'),
          {
            DocumentTemplate: {
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
              descriptions: {
                required: true,
                type: 'object',
                additionalProperties: { type: 'string' },
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
          import('../../../libs/server/documents/src/dto/document.dto'),
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
          import('../../../libs/server/negotiation/src/contact.entity'),
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
          import('../../../libs/server/negotiation/src/dto/contact.dto'),
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
          import('../../../libs/server/negotiation/src/financial-statement.entity'),
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
              income: { required: true, type: () => [Object] },
              essentialSpending: { required: true, type: () => [Object] },
              otherDebts: { required: true, type: () => [Object] },
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
          import('../../../libs/server/negotiation/src/dto/financial-statement.dto'),
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
          import('../../../libs/server/negotiation/src/living-minimum.entity'),
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
          import('../../../libs/server/negotiation/src/proposal.entity'),
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
          import('../../../libs/server/negotiation/src/dto/proposal.dto'),
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
          import('../../../libs/server/negotiation/src/dto/payment.dto'),
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
          import('../../../libs/server/negotiation/src/dto/living-minimum.dto'),
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
          import('../../../libs/server/users/src/team.entity'),
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
          import('../../../libs/server/users/src/user.entity'),
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
              lastSignInAt: { required: true, type: () => Date, nullable: true },
              createdAt: { required: true, type: () => Date },
              updatedAt: { required: true, type: () => Date },
              version: { required: true, type: () => Number },
            },
          },
        ],
        [
          import('../../../libs/server/users/src/dto/sign-in.dto'),
          {
            SignInDto: {
              email: { required: true, type: () => String, maxLength: 254, format: 'email' },
              password: { required: true, type: () => String, minLength: 1, maxLength: 200 },
            },
          },
        ],
        [
          import('../../../libs/server/users/src/dto/team.dto'),
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
          import('../../../libs/server/users/src/dto/user.dto'),
          {
            CreateUserDto: {
              email: { required: true, type: () => String, maxLength: 254, format: 'email' },
              fullName: { required: true, type: () => String, minLength: 1, maxLength: 100 },
              role: { required: true, enum: ['officer', 'manager', 'admin'] },
              teamId: { required: false, type: () => String, nullable: true, format: 'uuid' },
              locale: { required: false, enum: ['zh-TW', 'zh-CN', 'en'] },
              password: { required: true, type: () => String, maxLength: 200 },
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
      ],
      controllers: [
        [
          import('../../../libs/server/core/src/audit/audit.controller'),
          {
            AuditController: {
              list: {},
              show: { type: t['../../../libs/server/core/src/audit/audit-entry.entity'].AuditEntry },
            },
          },
        ],
        [
          import('../../../libs/server/core/src/health/health.controller'),
          { HealthController: { live: {}, ready: { type: Object }, check: { type: Object } } },
        ],
        [
          import('../../../libs/server/reminders/src/reminders.controller'),
          {
            RemindersController: {
              list: {
                summary:
                  'Reminders of the cases one may see (`caseId`, `status`, `mine=true` for those addressed to me).',
              },
              show: { type: t['../../../libs/server/reminders/src/reminder.entity'].Reminder },
              retry: {
                summary: 'A failed reminder sent again now; what already reached someone is not sent twice.',
                type: t['../../../libs/server/reminders/src/reminder.entity'].Reminder,
              },
              failedDeliveries: {
                summary: 'Deliveries that failed, newest first: what did not reach whom, and why.',
              },
              myNotifications: {},
              unread: {},
              read: { type: Object },
              readAll: {},
              getSettings: {},
              updateSettings: {},
              myChannels: { summary: 'Each person picks how their own reminders reach them.', type: Object },
              setMyChannels: {
                summary:
                  "A change of where someone's reminders go is audited with the channels before and after.",
                type: Object,
              },
            },
          },
        ],
        [
          import('../../../libs/server/clients/src/clients.controller'),
          { ClientsController: { list: {}, lookup: {}, show: {}, create: {}, update: {}, reveal: {} } },
        ],
        [
          import('../../../libs/server/creditors/src/creditors.controller'),
          {
            CreditorsController: {
              list: {},
              show: { type: t['../../../libs/server/creditors/src/creditor.entity'].Creditor },
              create: { type: t['../../../libs/server/creditors/src/creditor.entity'].Creditor },
              update: { type: t['../../../libs/server/creditors/src/creditor.entity'].Creditor },
            },
          },
        ],
        [
          import('../../../libs/server/creditors/src/lpr-rates.controller'),
          { LprRatesController: { list: {}, show: {}, create: {}, update: {}, remove: {} } },
        ],
        [
          import('../../../libs/server/cases/src/cases.controller'),
          {
            CasesController: {
              list: {},
              export: {
                summary: 'The filtered case list as CSV (same filters, order and scope as the list).',
                type: String,
              },
              show: {},
              create: {},
              update: {},
              transition: {},
              reopen: {
                summary:
                  'Reopening a closed case, for managers: nothing it ended (plans, reminders) comes back by itself.',
              },
              actions: {
                summary:
                  'What the case policy allows on this case now, each action with its reasons when refused.',
              },
              reassignMany: {
                summary: 'Many cases to one officer with one reason, all or none (`caseIds`, at most 200).',
              },
              reassign: {},
              timeline: {},
            },
          },
        ],
        [
          import('../../../libs/server/cases/src/debts.controller'),
          {
            DebtsController: { list: {}, show: { type: Object }, create: {}, update: {}, remove: {} },
            PenaltyProjectionController: { project: {} },
          },
        ],
        [
          import('../../../libs/server/cases/src/import/client-import.controller'),
          {
            ClientImportController: {
              preview: { summary: 'Reads and checks the file; writes nothing.' },
              commit: {
                summary:
                  'Writes every client, case and debt of the file in one transaction, or nothing (422 with the problems).',
              },
            },
          },
        ],
        [
          import('../../../libs/server/documents/src/document-files.controller'),
          {
            DocumentFilesController: {
              upload: { type: t['../../../libs/server/documents/src/document-file.entity'].DocumentFile },
              list: {},
              download: {
                summary:
                  'Streams the file; inline only for images and PDFs (previews), never for anything a browser runs.',
              },
            },
          },
        ],
        [
          import('../../../libs/server/documents/src/documents.controller'),
          {
            DocumentTemplatesController: {
              list: {},
              show: {
                type: t['../../../libs/server/documents/src/document-template.entity'].DocumentTemplate,
              },
              create: {
                type: t['../../../libs/server/documents/src/document-template.entity'].DocumentTemplate,
              },
              update: {
                type: t['../../../libs/server/documents/src/document-template.entity'].DocumentTemplate,
              },
            },
            DocumentRequirementsController: {
              list: {},
              show: {
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
          import('../../../libs/server/documents/src/links/upload-links.controller'),
          {
            UploadLinksController: {
              create: { summary: 'The token is in the answer once, and only here.' },
              list: {},
              revoke: {},
            },
            PublicUploadController: { view: {}, upload: {} },
          },
        ],
        [
          import('../../../libs/server/negotiation/src/negotiation.controller'),
          {
            NegotiationController: {
              suggest: {
                summary:
                  "Plans that fit the client's capacity share for this debt and the creditor's longest plan.",
              },
              listContacts: {},
              showContact: { type: t['../../../libs/server/negotiation/src/contact.entity'].Contact },
              logContact: { type: t['../../../libs/server/negotiation/src/contact.entity'].Contact },
              updateContact: { type: t['../../../libs/server/negotiation/src/contact.entity'].Contact },
              list: {},
              show: {
                type: t['../../../libs/server/negotiation/src/financial-statement.entity'].FinancialStatement,
              },
              create: {
                type: t['../../../libs/server/negotiation/src/financial-statement.entity'].FinancialStatement,
              },
              affordability: { type: Object },
            },
          },
        ],
        [
          import('../../../libs/server/negotiation/src/proposals.controller'),
          {
            ProposalsController: {
              list: {},
              show: { type: t['../../../libs/server/negotiation/src/proposal.entity'].Proposal },
              create: { type: t['../../../libs/server/negotiation/src/proposal.entity'].Proposal },
              update: { type: t['../../../libs/server/negotiation/src/proposal.entity'].Proposal },
              accept: {
                summary:
                  "Records the creditor's acceptance and creates the repayment plan with its installments.",
              },
            },
          },
        ],
        [
          import('../../../libs/server/negotiation/src/repayments.controller'),
          {
            RepaymentsController: {
              plans: {},
              plan: {},
              recordPayment: {
                summary:
                  'A payment toward an installment; partial payments and overpayments roll forward through the plan.',
              },
              uploadProof: {
                summary: 'A receipt or transfer screenshot, multipart with one field named "file".',
                type: Object,
              },
              downloadProof: {},
              savings: {},
            },
          },
        ],
        [
          import('../../../libs/server/negotiation/src/living-minimums.controller'),
          {
            LivingMinimumsController: {
              list: {},
              show: { type: t['../../../libs/server/negotiation/src/living-minimum.entity'].LivingMinimum },
              create: { type: t['../../../libs/server/negotiation/src/living-minimum.entity'].LivingMinimum },
              update: { type: t['../../../libs/server/negotiation/src/living-minimum.entity'].LivingMinimum },
            },
          },
        ],
        [
          import('../../../libs/server/workload/src/reports.controller'),
          {
            ReportsController: {
              creditorReport: {
                summary: 'Per creditor: acceptance of each proposal kind, days to agreement, penalty waived.',
                type: Object,
              },
              exportCreditorReport: { type: String },
            },
          },
        ],
        [
          import('../../../libs/server/workload/src/workload.controller'),
          {
            WorkloadController: {
              today: { summary: 'What to do today on my own open cases, read as of now.' },
              workload: {
                summary:
                  "Each officer's load and the totals: managers their team, admins the firm or one team.",
                type: Object,
              },
              exportWorkload: {
                summary: 'The same figures as a spreadsheet: one row per officer and the totals.',
                type: String,
              },
              suggestedOfficer: {
                summary:
                  'The officer of the team with the lowest weighted open load: whom to give the next case to.',
              },
            },
          },
        ],
        [
          import('../../../libs/server/users/src/auth.controller'),
          {
            AuthController: {
              login: { type: Object },
              me: { type: Object },
              logout: { summary: 'Ends every session of the caller: all their tokens stop working.' },
            },
          },
        ],
        [
          import('../../../libs/server/users/src/teams.controller'),
          {
            TeamsController: {
              list: {},
              show: { type: Object },
              create: { type: Object },
              update: { type: Object },
              remove: { type: Object },
            },
          },
        ],
        [
          import('../../../libs/server/users/src/users.controller'),
          {
            UsersController: {
              list: {},
              show: { type: Object },
              create: { type: Object },
              update: { type: Object },
            },
          },
        ],
      ],
    },
  };
};
