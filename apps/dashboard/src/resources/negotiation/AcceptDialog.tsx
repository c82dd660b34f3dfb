import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useId, useState, type FormEvent } from 'react';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import { firmToday } from '../../common/firm';
import type { AccordDataProvider } from '../../providers/dataProvider';
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
  const notify = useNotify();
  const dataProvider = useDataProvider<AccordDataProvider>();
  const titleId = useId();
  const today = firmToday();
  const [firstDueDate, setFirstDueDate] = useState(proposal.firstDueDate ?? defaultFirstDueDate(today));
  const [answer, setAnswer] = useState('');
  const [pending, setPending] = useState(false);
  const [refusal, setRefusal] = useState<{ message: string; problems: string[] } | null>(null);
  const past = firstDueDate !== '' && firstDueDate < today;
  const ready = firstDueDate !== '' && !past;
  const changesTerms = ready && firstDueDate !== proposal.firstDueDate;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready || pending) return;
    setPending(true);
    setRefusal(null);
    const words = answer.trim();
    try {
      // One request: the acceptance carries the first due date the creditor agreed, if it differs.
      await dataProvider.command('proposals', {
        id: proposal.id,
        action: 'accept',
        data: {
          version: proposal.version,
          ...(changesTerms ? { firstDueDate } : {}),
          ...(words ? { creditorAnswer: words } : {}),
        },
      });
      notify('accord.proposals.accepted', { type: 'success' });
      onDone();
      onClose();
    } catch (error) {
      const message = error instanceof Error ? error.message : translate('ra.notification.http_error');
      notify(message, { type: 'error', messageArgs: { _: message } });
      setRefusal({ message, problems: planProblemsOf(error) });
    } finally {
      setPending(false);
    }
  };

  return (
    <Dialog open onClose={pending ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <Box component="form" onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{translate('accord.proposals.accept_title', { creditor })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <Typography variant="body2" color="text.secondary">
              {translate('accord.proposals.accept_help')}
            </Typography>
            <ProposalTerms proposal={proposal} hideFirstDueDate />
            {refusal ? (
              <Alert severity="error" role="alert">
                {refusal.message}
                {refusal.problems.length ? (
                  <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
                    {refusal.problems.map((code) => (
                      <li key={code}>{translate(`accord.proposals.plan_problems.${code}`, { _: code })}</li>
                    ))}
                  </Box>
                ) : null}
              </Alert>
            ) : null}
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
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={pending}>
            {translate('ra.action.cancel')}
          </Button>
          <Button type="submit" variant="contained" color="success" disabled={!ready || pending}>
            {translate('accord.proposals.actions.accept')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
};
