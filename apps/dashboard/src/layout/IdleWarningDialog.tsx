import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useTranslate } from 'react-admin';

/** A minute before the firm's idle timeout: the person stays by answering, or the session ends. */
export const IdleWarningDialog = ({
  secondsLeft,
  onStay,
}: {
  secondsLeft: number | null;
  onStay: () => void;
}) => {
  const translate = useTranslate();
  return (
    <Dialog open={secondsLeft !== null} onClose={onStay} aria-labelledby="idle-warning-title">
      <DialogTitle id="idle-warning-title">{translate('accord.sessions.idle_title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>
          {translate('accord.sessions.idle_warning', { seconds: secondsLeft ?? 0 })}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onStay} autoFocus>
          {translate('accord.sessions.stay')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
