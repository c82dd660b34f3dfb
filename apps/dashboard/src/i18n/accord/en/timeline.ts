import type { CaseEventMessages } from '@accord/contracts';

export const timeline = {
  timeline: {
    empty: 'Nothing has happened yet.',
    more: 'Show %{smart_count} more |||| Show %{smart_count} more',
    reason: 'Reason: %{reason}',
    plans_ended: '%{smart_count} unpaid plan ended |||| %{smart_count} unpaid plans ended',
    reminders_cancelled:
      '%{smart_count} scheduled reminder cancelled |||| %{smart_count} scheduled reminders cancelled',
    plans_resumed: '%{smart_count} plan resumed |||| %{smart_count} plans resumed',
    plans_still_ended: '%{smart_count} plan stays ended |||| %{smart_count} plans stay ended',
    approval: 'Manager’s approval: %{reason}',
    checklist_added: 'Requested: %{kinds}',
    checklist_removed: 'No longer needed: %{kinds}',
    kinds: {
      case: {
        opened: 'Case opened',
        updated: 'Case updated',
        stage_changed: 'Stage changed',
        reassigned: 'Reassigned',
        reopened: 'Case reopened',
      },
      client: {
        consent_withdrawn: 'Client withdrew consent',
      },
      debt: {
        added: 'Debt added',
        updated: 'Debt updated',
        removed: 'Debt deleted',
      },
      documents: {
        checklist_updated: 'Document checklist updated',
      },
      document: {
        receive: 'Document received',
        verify: 'Document verified',
        reject: 'Document rejected',
        waive: 'Document waived',
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
        submitted: 'Proposal submitted',
        countered: 'Creditor countered',
        rejected: 'Creditor rejected the proposal',
        withdrawn: 'Proposal withdrawn',
        accepted: 'Creditor accepted the proposal',
        limit_exception_approved: 'A manager approved a plan beyond the creditor’s limit',
      },
      payment: {
        recorded: 'Payment recorded',
      },
      credit_entry: {
        recorded: 'Credit report entry recorded',
        updated: 'Credit report entry corrected',
        removed: 'Credit report entry deleted',
      },
      credit_dispute: {
        prepared: 'Credit dispute prepared',
        updated: 'Credit dispute changed',
        filed: 'Credit dispute filed',
        answered: 'Credit dispute answered',
        withdrawn: 'Credit dispute withdrawn',
      },
      credit_record: {
        nothing_to_dispute: 'Nothing on the credit report to dispute',
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
        completed: 'Court deadline met or let pass',
      },
      creditor_demand: {
        recorded: 'Creditor’s demand recorded',
      },
    } satisfies CaseEventMessages,
  },
};
