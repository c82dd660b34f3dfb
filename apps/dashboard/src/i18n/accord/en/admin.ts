export const admin = {
  users: {
    password_help:
      'At least 12 characters, not a common password, not built on the e-mail or name. The person chooses their own at their first sign-in.',
    reset_password: 'Reset password',
    reset_password_help:
      'Leave empty to keep the current password. The person chooses their own at their next sign-in.',
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
        password_changed: 'Own password changed',
        password_change_failed: 'Wrong current password given',
        second_factor_enrolled: 'Second factor set up',
        session_ended: 'Session ended',
        refresh_token_reused: 'Session ended: its sign-in was used twice',
      },
      user: {
        created: 'User created',
        updated: 'User updated',
        second_factor_reset: 'Second factor reset',
      },
      security_settings: {
        updated: 'Sign-in security changed',
      },
      team: {
        created: 'Team created',
        updated: 'Team updated',
        deleted: 'Team deleted',
      },
      client: {
        created: 'Client created',
        updated: 'Client updated',
        identifiers_revealed: 'Full ID number and phone viewed',
      },
      creditor: {
        created: 'Creditor created',
        updated: 'Creditor updated',
      },
      case: {
        opened: 'Case opened',
        updated: 'Case updated',
        stage_changed: 'Case stage changed',
        reassigned: 'Case reassigned',
      },
      debt: {
        added: 'Debt added',
        updated: 'Debt updated',
        removed: 'Debt deleted',
      },
      calendar_feed: {
        created: 'Calendar address made',
        revoked: 'Calendar address stopped',
      },
      court_matter: {
        recorded: 'Court matter recorded',
        updated: 'Court matter changed',
      },
      court_event: {
        recorded: 'Court event recorded',
        updated: 'Court event changed',
      },
      court_deadline: {
        completed: 'Court deadline recorded as met or let pass',
      },
      creditor_demand: {
        recorded: "Creditor's demand recorded",
      },
      court_calendar: {
        day_set: 'Court calendar day marked',
        day_removed: 'Court calendar day removed',
      },
      lpr_rate: {
        created: 'LPR rate added',
        updated: 'LPR rate changed',
        deleted: 'LPR rate deleted',
      },
      seed: {
        demo_firm: 'Demo firm seeded',
      },
      document: {
        receive: 'Document marked received',
        verify: 'Document verified',
        reject: 'Document rejected',
        waive: 'Document waived',
        file_uploaded: 'Document file uploaded',
        file_downloaded: 'Document file viewed or downloaded',
      },
      document_template: {
        created: 'Document template created',
        updated: 'Document template updated',
      },
      upload_link: {
        created: 'Upload link created',
        revoked: 'Upload link revoked',
      },
      financial_statement: {
        recorded: 'Financial statement recorded',
      },
      contact: {
        logged: 'Contact logged',
        updated: 'Contact updated',
      },
      proposal: {
        drafted: 'Proposal drafted',
        updated: 'Proposal updated',
        accepted: 'Proposal acceptance recorded',
      },
      payment: {
        recorded: 'Payment recorded',
        proof_uploaded: 'Payment proof uploaded',
        proof_downloaded: 'Payment proof viewed or downloaded',
      },
      reminder: {
        retried: 'Failed reminder sent again',
      },
      reminder_settings: {
        updated: 'Reminder settings changed',
      },
    },
    entity_types: {
      user: 'User',
      team: 'Team',
      system: 'System',
      client: 'Client',
      creditor: 'Creditor',
      case: 'Case',
      debt: 'Debt',
      lpr_rate: 'LPR rate',
      court_matter: 'Court matter',
      court_event: 'Court event',
      creditor_demand: "Creditor's demand",
      court_calendar_day: 'Court calendar day',
      document_requirement: 'Checklist item',
      document_file: 'Document file',
      document_template: 'Document template',
      upload_link: 'Upload link',
      financial_statement: 'Financial statement',
      contact: 'Contact',
      proposal: 'Proposal',
      payment: 'Payment',
      payment_proof: 'Payment proof',
      reminder: 'Reminder',
      reminder_settings: 'Reminder settings',
    },
  },
};
