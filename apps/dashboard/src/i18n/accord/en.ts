import type { ErrorCode } from '@accord/contracts';

/**
 * Accord's own messages in English. Their shape is the reference for zh-TW and zh-CN (see ../types.ts).
 * `resources.<res>.fields.<field>` labels are picked up by React-admin's fields and inputs by name.
 */
export const accordEn = {
  accord: {
    app: {
      title: 'Accord',
      tagline: 'Debt negotiation case management',
    },
    roles: {
      admin: 'Administrator',
      manager: 'Team manager',
      officer: 'Case officer',
    },
    locales: {
      'zh-TW': 'Traditional Chinese (Taiwan)',
      'zh-CN': 'Simplified Chinese',
      en: 'English',
    },
    home: {
      greeting: 'Hello, %{name}',
      signed_in_as: 'Signed in as %{role}',
      coming_soon: 'This page grows with Accord: the first pieces arrive with the next releases.',
      officer: {
        title: 'Your day',
        body: 'Your cases, the deadlines falling due and today’s reminders will appear here, so each morning starts with what needs doing.',
      },
      manager: {
        title: 'Your team’s workload',
        body: 'Each officer’s caseload, overdue items and cases needing attention will appear here, so you can balance the team’s work.',
      },
      admin: {
        title: 'The firm’s administration',
        body: 'People, teams and the audit log are in the menu. The firm’s settings and the health of background jobs will appear here.',
      },
    },
    users: {
      password_help: 'At least 12 characters.',
      reset_password: 'Reset password',
      reset_password_help: 'Leave empty to keep the current password. At least 12 characters.',
      no_team: 'No team',
    },
    teams: {
      member_list: 'Team members',
      no_manager: 'No manager',
    },
    audit: {
      system_actor: 'System',
      actions: {
        auth: {
          signed_in: 'Signed in',
          signed_out: 'Signed out',
          sign_in_failed: 'Failed sign-in',
        },
        user: {
          created: 'User created',
          updated: 'User updated',
        },
        team: {
          created: 'Team created',
          updated: 'Team updated',
          deleted: 'Team deleted',
        },
        seed: {
          demo_firm: 'Demo firm seeded',
        },
      },
      entity_types: {
        user: 'User',
        team: 'Team',
        system: 'System',
      },
    },
    errors: {
      VALIDATION_FAILED: 'Some fields are not valid. Please check them.',
      MALFORMED_JSON: 'The request could not be read.',
      PAYLOAD_TOO_LARGE: 'The request is too large.',
      UNAUTHENTICATED: 'Please sign in to continue.',
      INVALID_CREDENTIALS: 'Incorrect email or password.',
      TOKEN_REVOKED: 'Your session has ended. Please sign in again.',
      FORBIDDEN: 'You do not have permission to do this.',
      NOT_FOUND: 'This record does not exist.',
      ROUTE_NOT_FOUND: 'This address does not exist.',
      STALE_VERSION:
        'Someone else changed this record after you opened it. Reload the page to see their changes, then make yours again.',
      EMAIL_TAKEN: 'This email address is already in use.',
      TEAM_NAME_TAKEN: 'A team with this name already exists.',
      TEAM_HAS_MEMBERS: 'This team still has officers. Move them to another team first.',
      MANAGER_ALREADY_LEADS_TEAM: 'This manager already leads another team.',
      INVALID_TEAM_MANAGER: 'A team’s manager must be an active user with the manager role.',
      CANNOT_DISABLE_SELF: 'You cannot disable your own account.',
      CONFLICT: 'This change conflicts with the current data. Reload the page and try again.',
      TOO_MANY_SIGN_IN_ATTEMPTS:
        'Too many failed sign-ins. Please try again in %{retryAfterSeconds} seconds.',
      TOO_MANY_REQUESTS: 'Too many requests. Please wait a moment and try again.',
      UNPROCESSABLE: 'This request cannot be carried out.',
      SERVICE_UNAVAILABLE: 'The service is temporarily unavailable. Please try again shortly.',
      INTERNAL_ERROR: 'An unexpected error occurred on the server. Please try again.',
    } satisfies Record<ErrorCode, string>,
  },
  resources: {
    users: {
      name: 'User |||| Users',
      fields: {
        fullName: 'Name',
        email: 'Email',
        role: 'Role',
        teamId: 'Team',
        locale: 'Language',
        active: 'Active',
        lastSignInAt: 'Last sign-in',
        createdAt: 'Created',
        updatedAt: 'Updated',
        password: 'Password',
      },
    },
    teams: {
      name: 'Team |||| Teams',
      fields: {
        name: 'Name',
        managerId: 'Manager',
        memberCount: 'Members',
        createdAt: 'Created',
        updatedAt: 'Updated',
      },
    },
    'audit-log': {
      name: 'Audit entry |||| Audit log',
      fields: {
        at: 'Time',
        action: 'Action',
        actorId: 'By',
        entity: 'Record',
        entityType: 'Record type',
        entityId: 'Record ID',
        subject: 'Concerning',
        ip: 'IP address',
        requestId: 'Request ID',
        details: 'Details',
      },
    },
  },
};
