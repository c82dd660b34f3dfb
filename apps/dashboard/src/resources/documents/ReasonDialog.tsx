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
import { useTranslate } from 'react-admin';

interface ReasonDialogProps {
  move: 'reject' | 'waive';
  kindName: string;
  /** Sends the move; a refusal's translated message comes back to be shown in the dialog. */
  onConfirm: (reason: string) => Promise<string | null>;
  onClose: () => void;
}

/**
 * Asks why a paper is rejected (the client reads it on the upload page and sends it again) or waived (the
 * timeline keeps it). The dialog stays open with the API's answer when the move is refused.
 */
export const ReasonDialog = ({ move, kindName, onConfirm, onClose }: ReasonDialogProps) => {
  const translate = useTranslate();
  const titleId = useId();
  const [reason, setReason] = useState('');
  const [pending, setPending] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const ready = reason.trim() !== '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready || pending) return;
    setPending(true);
    setRefusal(null);
    const refused = await onConfirm(reason.trim());
    setPending(false);
    if (refused) setRefusal(refused);
    else onClose();
  };

  return (
    <Dialog open onClose={pending ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <Box component="form" onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>
          {translate(`accord.documents.${move}_title`, { kind: kindName })}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <Typography variant="body2" color="text.secondary">
              {translate(`accord.documents.${move}_help`)}
            </Typography>
            {refusal ? (
              <Alert severity="error" role="alert">
                {refusal}
              </Alert>
            ) : null}
            <TextField
              autoFocus
              required
              multiline
              minRows={2}
              label={translate('accord.documents.reason')}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              slotProps={{ htmlInput: { maxLength: 2000 } }}
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
            color={move === 'reject' ? 'error' : 'primary'}
            disabled={!ready || pending}
          >
            {translate(`accord.documents.moves.${move}`)}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
};
