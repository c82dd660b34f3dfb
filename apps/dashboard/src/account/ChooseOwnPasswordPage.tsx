import { Box, Button, Card, CardContent, Typography } from '@mui/material';
import { useLogout, useTranslate } from 'react-admin';
import { OwnPasswordForm } from './OwnPasswordForm';

/** Shown instead of the app after signing in with a password an admin set, until one's own is chosen. */
export const ChooseOwnPasswordPage = ({ onChosen }: { onChosen: () => void }) => {
  const translate = useTranslate();
  const logout = useLogout();
  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', p: 2 }}>
      <Card sx={{ maxWidth: 520, width: '100%' }}>
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>
            {translate('accord.own_password.must_title')}
          </Typography>
          <Typography variant="body1" sx={{ mb: 2 }}>
            {translate('accord.own_password.must_help')}
          </Typography>
          <OwnPasswordForm onChanged={onChosen} />
          <Button sx={{ mt: 2 }} onClick={() => logout()}>
            {translate('ra.auth.logout')}
          </Button>
        </CardContent>
      </Card>
    </Box>
  );
};
