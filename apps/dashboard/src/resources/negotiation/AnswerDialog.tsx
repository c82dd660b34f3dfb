import { Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { CommandDialog } from '../../common/CommandDialog';
import type { Answer, ProposalRecord } from './proposal';

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
  const [text, setText] = useState('');
  const needsWords = answer !== 'withdrawn';
  const words = text.trim();

  return (
    <CommandDialog
      title={translate(`accord.proposals.answer_titles.${answer}`, { creditor })}
      onClose={onClose}
      command={() => ({
        resource: 'proposals',
        id: proposal.id,
        update: { status: answer, ...(words ? { creditorAnswer: words } : {}) },
        previousData: proposal,
      })}
      success={`accord.proposals.answered.${answer}`}
      onDone={onDone}
      confirm={{
        label: `accord.proposals.actions.${answer}`,
        color: answer === 'countered' ? 'primary' : 'warning',
      }}
      ready={!needsWords || words !== ''}
    >
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
    </CommandDialog>
  );
};
