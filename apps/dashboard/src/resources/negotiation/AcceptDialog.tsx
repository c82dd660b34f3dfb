import { Alert, Box, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { CommandDialog } from '../../common/CommandDialog';
import { firmToday } from '../../common/firm';
import { defaultFirstDueDate, planProblemsOf, type ProposalRecord } from './proposal';
import { ProposalTerms } from './ProposalTerms';

interface AcceptDialogProps {
  proposal: ProposalRecord;
  creditor: string;
  onClose: () => void;
  onDone: () => void;
}

/**
 * Records the creditor's yes: the first due date they agreed to and their written confirmation. The API
 * then makes the repayment plan and its installments from the terms. A refusal (another proposal already
 * accepted, terms that make no plan) stays in the dialog with its reasons.
 */
export const AcceptDialog = ({ proposal, creditor, onClose, onDone }: AcceptDialogProps) => {
  const translate = useTranslate();
  const today = firmToday();
  const [firstDueDate, setFirstDueDate] = useState(proposal.firstDueDate ?? defaultFirstDueDate(today));
  const [answer, setAnswer] = useState('');
  const past = firstDueDate !== '' && firstDueDate < today;
  const ready = firstDueDate !== '' && !past;
  const changesTerms = ready && firstDueDate !== proposal.firstDueDate;
  const words = answer.trim();

  return (
    <CommandDialog
      title={translate('accord.proposals.accept_title', { creditor })}
      onClose={onClose}
      // One request: the acceptance carries the first due date the creditor agreed, if it differs.
      command={() => ({
        resource: 'proposals',
        id: proposal.id,
        action: 'accept',
        data: {
          version: proposal.version,
          ...(changesTerms ? { firstDueDate } : {}),
          ...(words ? { creditorAnswer: words } : {}),
        },
      })}
      success="accord.proposals.accepted"
      onDone={onDone}
      confirm={{ label: 'accord.proposals.actions.accept', color: 'success' }}
      ready={ready}
      showRefusal="both"
    >
      {(refusal) => (
        <Stack spacing={2}>
          <Typography variant="body2" color="text.secondary">
            {translate('accord.proposals.accept_help')}
          </Typography>
          <ProposalTerms proposal={proposal} hideFirstDueDate />
          {refusal ? <AcceptRefusal error={refusal} /> : null}
          <TextField
            required
            type="date"
            label={translate('resources.proposals.fields.firstDueDate')}
            value={firstDueDate}
            onChange={(event) => setFirstDueDate(event.target.value)}
            error={past}
            helperText={
              past
                ? translate('accord.proposals.first_due_in_past')
                : changesTerms
                  ? translate('accord.proposals.first_due_changed')
                  : ' '
            }
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: today } }}
          />
          <TextField
            multiline
            minRows={2}
            label={translate('resources.proposals.fields.creditorAnswer')}
            helperText={translate('accord.proposals.accept_answer_help')}
            value={answer}
            onChange={(event) => setAnswer(event.target.value)}
            slotProps={{ htmlInput: { maxLength: 4000 } }}
          />
        </Stack>
      )}
    </CommandDialog>
  );
};

/** The refusal's message, with the terms it found wrong when they made no plan. */
const AcceptRefusal = ({ error }: { error: unknown }) => {
  const translate = useTranslate();
  const problems = planProblemsOf(error);
  return (
    <Alert severity="error" role="alert">
      {error instanceof Error ? error.message : translate('ra.notification.http_error')}
      {problems.length ? (
        <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
          {problems.map((code) => (
            <li key={code}>{translate(`accord.proposals.plan_problems.${code}`, { _: code })}</li>
          ))}
        </Box>
      ) : null}
    </Alert>
  );
};
