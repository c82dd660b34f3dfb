import { Box, Button, Typography } from '@mui/material';
import { useLogout, useTranslate } from 'react-admin';
import { SecondFactorCard } from './SecondFactorCard';

/** Shown instead of the app to someone whose role needs a second factor and who has none yet. */
export const SetUpSecondFactorPage = ({ onEnrolled }: { onEnrolled: () => void }) => {
  const translate = useTranslate();
  const logout = useLogout();
  return (
    <Box sx={{ maxWidth: 720, mx: 'auto', p: 2 }}>
      <Typography variant="h5" component="h1" sx={{ mt: 2 }}>
        {translate('accord.second_factor.required_title')}
      </Typography>
      <Typography sx={{ mt: 1 }}>{translate('accord.second_factor.required_help')}</Typography>
      <SecondFactorCard onEnrolled={onEnrolled} />
      <Button sx={{ mt: 2 }} onClick={() => logout()}>
        {translate('ra.auth.logout')}
      </Button>
    </Box>
  );
};
