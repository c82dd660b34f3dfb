import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useAuthProvider, useLogout, useTranslate } from 'react-admin';
import { readSession, sessionEndReason } from '../providers/session';
import { SignInForm } from './SignInForm';

const EXPLAINED = new Set([
  'idle',
  'expired',
  'reused',
  'password_changed',
  'ended_by_user',
  'ended_by_admin',
]);

/**
 * The session ended under an open page (idle, its lifetime, ended from another device): the same person
 * signs in again here and goes on where they were, unsaved input kept, or signs out.
 */
export const ReauthDialog = () => {
  const translate = useTranslate();
  const authProvider = useAuthProvider();
  const logout = useLogout();
  const email = readSession()?.user.email ?? '';
  const reason = sessionEndReason();
  const why = reason && EXPLAINED.has(reason) ? reason : 'other';
  // No onClose: neither Escape nor a click beside it closes it; signing in or out does.
  return (
    <Dialog open aria-labelledby="reauth-title">
      <DialogTitle id="reauth-title">{translate('accord.sessions.reauth_title')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{translate(`accord.sessions.why.${why}`)}</DialogContentText>
        <DialogContentText sx={{ mt: 1 }}>{translate('accord.sessions.reauth_help')}</DialogContentText>
        <SignInForm email={email} signIn={async (credentials) => authProvider?.login(credentials)} />
      </DialogContent>
      <DialogActions>
        <Button onClick={() => void logout()}>{translate('ra.auth.logout')}</Button>
      </DialogActions>
    </Dialog>
  );
};
