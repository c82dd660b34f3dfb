import {
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
import type { AccordDataProvider } from '../../providers/dataProvider';
import type { Answer, ProposalRecord } from './proposal';
import { useNotifyError } from '../../common/useNotifyError';

interface AnswerDialogProps {
  answer: Answer;
  proposal: ProposalRecord;
  creditor: string;
  onClose: () => void;
  onDone: () => void;
}

/**
 * Records how a proposal ended or changed hands: the creditor's counter-offer or rejection in their words,
 * or the firm's withdrawal and why. A counter or a rejection needs the creditor's words.
 */
export const AnswerDialog = ({ answer, proposal, creditor, onClose, onDone }: AnswerDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyError = useNotifyError();
  const dataProvider = useDataProvider<AccordDataProvider>();
  const titleId = useId();
  const [text, setText] = useState('');
  const [pending, setPending] = useState(false);
  const needsWords = answer !== 'withdrawn';
  const ready = !needsWords || text.trim() !== '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready || pending) return;
    setPending(true);
    try {
      const words = text.trim();
      await dataProvider.update('proposals', {
        id: proposal.id,
        data: { status: answer, ...(words ? { creditorAnswer: words } : {}) },
        previousData: proposal,
      });
      notify(`accord.proposals.answered.${answer}`, { type: 'success' });
      onDone();
      onClose();
    } catch (error) {
      notifyError(error);
    } finally {
      setPending(false);
    }
  };

  return (
    <Dialog open onClose={pending ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <Box component="form" onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>
          {translate(`accord.proposals.answer_titles.${answer}`, { creditor })}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <Typography variant="body2" color="text.secondary">
              {translate(`accord.proposals.answer_help.${answer}`)}
            </Typography>
            <TextField
              autoFocus
              required={needsWords}
              multiline
              minRows={3}
              label={translate(
                answer === 'withdrawn'
                  ? 'accord.proposals.withdrawal_reason'
                  : 'resources.proposals.fields.creditorAnswer',
              )}
              value={text}
              onChange={(event) => setText(event.target.value)}
              slotProps={{ htmlInput: { maxLength: 4000 } }}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={pending}>
            {translate('ra.action.cancel')}
          </Button>
          <Button
            type="submit"
            variant="contained"
            color={answer === 'countered' ? 'primary' : 'warning'}
            disabled={!ready || pending}
          >
            {translate(`accord.proposals.actions.${answer}`)}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
};
