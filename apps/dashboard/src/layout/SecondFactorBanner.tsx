import { Alert, Button } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import { MY_SETTINGS_PATH } from '../account/MySettingsPage';
import { useSession } from './useSession';

/**
 * A manager or admin whose account may sign in without a second factor (the demo logins) is told so on
 * every page until they set one up: they open every client of their team or firm.
 */
export const SecondFactorBanner = () => {
  const translate = useTranslate();
  const session = useSession();
  const role = session?.user.role;
  if (!session || session.secondFactorEnrolled !== false || role === 'officer') return null;
  return (
    <Alert
      severity="warning"
      sx={{ borderRadius: 0 }}
      action={
        <Button component={Link} to={MY_SETTINGS_PATH} size="small" color="inherit">
          {translate('accord.second_factor.start')}
        </Button>
      }
    >
      {translate('accord.second_factor.not_enforced')}
    </Alert>
  );
};
