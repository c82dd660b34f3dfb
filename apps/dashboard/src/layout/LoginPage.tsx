import BalanceIcon from '@mui/icons-material/Balance';
import { Box, Typography } from '@mui/material';
import { LocalesMenuButton, Login, useTranslate } from 'react-admin';
import { SignInForm } from './SignInForm';
import { useDocumentLanguage } from './useDocumentLanguage';

export const LoginPage = () => {
  const translate = useTranslate();
  useDocumentLanguage();
  return (
    <Login
      avatarIcon={<BalanceIcon />}
      sx={{
        backgroundImage: 'linear-gradient(160deg, #1f3a5f 0%, #16263d 70%)',
        '& .RaLogin-card': { marginTop: '8em' },
        '& .RaLogin-icon': { bgcolor: 'primary.main' },
      }}
    >
      <Box sx={{ textAlign: 'center', px: 3 }}>
        <Typography variant="h6" component="h1">
          {translate('accord.app.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('accord.app.tagline')}
        </Typography>
      </Box>
      <SignInForm />
      <Box sx={{ display: 'flex', justifyContent: 'center', pb: 1.5 }}>
        <LocalesMenuButton />
      </Box>
    </Login>
  );
};
