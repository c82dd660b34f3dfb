import { CASE_OUTCOMES, type CaseOutcome, type CaseStage } from '@accord/contracts';
import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useCallback, useId, useState, type FormEvent, type ReactNode } from 'react';
import { useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { AccordDataProvider } from '../../providers/dataProvider';
import type { CaseListRecord, CaseRecord } from './case';
import { readRefusal, type Refusal } from './transition';

export interface TransitionRequest {
  caseRecord: Pick<CaseListRecord, 'id' | 'reference' | 'stage' | 'version' | 'outcome'>;
  to: CaseStage;
}

interface TransitionDialogProps {
  request: TransitionRequest;
  onClose: () => void;
  onMoved?: (record: CaseRecord) => void;
}

/**
 * Asks why a case moves (the timeline keeps it), and the outcome and closing note when it closes; then
 * asks the API. A refusal stays in the dialog with each unmet condition spelled out, and the case stays
 * where it was: nothing moves on screen until the API has said yes. Render it for one request at a time
 * (keyed by it), so a reason typed for one move is never sent with another.
 */
export const TransitionDialog = ({ request, onClose, onMoved }: TransitionDialogProps) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AccordDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const titleId = useId();
  const { caseRecord, to } = request;
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<CaseOutcome | ''>(caseRecord.outcome ?? '');
  const [closingNote, setClosingNote] = useState('');
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [pending, setPending] = useState(false);

  const closing = to === 'closed';
  const stageName = (stage: CaseStage) => translate(`accord.stages.${stage}`);
  const ready = reason.trim() !== '' && (!closing || (outcome !== '' && closingNote.trim() !== ''));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready || pending) return;
    setPending(true);
    setRefusal(null);
    try {
      const { data } = await dataProvider.command<CaseRecord>('cases', {
        id: caseRecord.id,
        action: 'transition',
        data: {
          to,
          reason: reason.trim(),
          version: caseRecord.version,
          ...(closing ? { outcome, closingNote: closingNote.trim() } : {}),
        },
      });
      notify('accord.cases.moved', {
        type: 'success',
        messageArgs: { reference: caseRecord.reference, stage: stageName(to) },
      });
      onMoved?.(data);
      onClose();
      refresh();
    } catch (error) {
      setRefusal(readRefusal(error, translate('ra.notification.http_error')));
    } finally {
      setPending(false);
    }
  };

  return (
    <Dialog open onClose={pending ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <Box component="form" onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>
          {translate(closing ? 'accord.cases.close_title' : 'accord.cases.move_title', {
            reference: caseRecord.reference,
            stage: stageName(to),
          })}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <Typography variant="body2" color="text.secondary">
              {translate('accord.cases.move_from_to', {
                from: stageName(caseRecord.stage),
                to: stageName(to),
              })}
            </Typography>
            {refusal ? <RefusalAlert refusal={refusal} stageName={stageName} /> : null}
            <TextField
              autoFocus
              required
              multiline
              minRows={2}
              label={translate('accord.cases.move_reason')}
              helperText={translate('accord.cases.move_reason_help')}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              slotProps={{ htmlInput: { maxLength: 2000 } }}
            />
            {closing ? (
              <>
                <TextField
                  select
                  required
                  label={translate('resources.cases.fields.outcome')}
                  value={outcome}
                  onChange={(event) => setOutcome(event.target.value as CaseOutcome)}
                >
                  {CASE_OUTCOMES.map((value) => (
                    <MenuItem key={value} value={value}>
                      {translate(`accord.outcomes.${value}`)}
                    </MenuItem>
                  ))}
                </TextField>
                <TextField
                  required
                  multiline
                  minRows={3}
                  label={translate('resources.cases.fields.closingNote')}
                  helperText={translate('accord.cases.closing_note_help')}
                  value={closingNote}
                  onChange={(event) => setClosingNote(event.target.value)}
                  slotProps={{ htmlInput: { maxLength: 4000 } }}
                />
              </>
            ) : null}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={pending}>
            {translate('ra.action.cancel')}
          </Button>
          <Button
            type="submit"
            variant="contained"
            color={closing ? 'error' : 'primary'}
            disabled={!ready || pending}
          >
            {translate(closing ? 'accord.cases.close_confirm' : 'accord.cases.move_confirm')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
};

const RefusalAlert = ({
  refusal,
  stageName,
}: {
  refusal: Refusal;
  stageName: (stage: CaseStage) => string;
}) => {
  const translate = useTranslate();
  if (refusal.kind === 'other') {
    return (
      <Alert severity="error" role="alert">
        {refusal.message}
      </Alert>
    );
  }
  if (refusal.kind === 'not_allowed') {
    return (
      <Alert severity="warning" role="alert">
        <AlertTitle>{translate('accord.cases.refused_title')}</AlertTitle>
        {translate('accord.cases.allowed_moves', {
          stages: refusal.allowedMoves.map(stageName).join(translate('accord.list_separator')) || '—',
        })}
      </Alert>
    );
  }
  return (
    <Alert severity="warning" role="alert" data-testid="unmet-conditions">
      <AlertTitle>{translate('accord.cases.refused_title')}</AlertTitle>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {refusal.unmet.map((code) => (
          // A condition a later feature adds shows its code until its message is written.
          <li key={code}>{translate(`accord.cases.conditions.${code}`, { _: code })}</li>
        ))}
      </Box>
    </Alert>
  );
};

/** One transition dialog for a page or board: `open(case, to)` shows it for that move. */
export function useTransitionDialog(): {
  open: (caseRecord: TransitionRequest['caseRecord'], to: CaseStage) => void;
  dialog: ReactNode;
} {
  const [request, setRequest] = useState<(TransitionRequest & { serial: number }) | null>(null);
  const open = useCallback(
    (caseRecord: TransitionRequest['caseRecord'], to: CaseStage) =>
      setRequest((previous) => ({ caseRecord, to, serial: (previous?.serial ?? 0) + 1 })),
    [],
  );
  const dialog = request ? (
    <TransitionDialog key={request.serial} request={request} onClose={() => setRequest(null)} />
  ) : null;
  return { open, dialog };
}
