import { Box, Typography } from '@mui/material';
import {
  AppBar as RaAppBar,
  LoadingIndicator,
  LocalesMenuButton,
  TitlePortal,
  useTranslate,
} from 'react-admin';
import { NotificationBell } from './NotificationBell';
import { UserMenu } from './UserMenu';

export const AppBar = () => {
  const translate = useTranslate();
  return (
    <RaAppBar
      toolbar={
        <>
          <LocalesMenuButton />
          <NotificationBell />
          <LoadingIndicator />
        </>
      }
      userMenu={<UserMenu />}
    >
      {/* The firm's tool name; on a phone the page title alone has to fit beside the buttons. */}
      <Box
        component="span"
        sx={{ display: { xs: 'none', md: 'flex' }, alignSelf: 'stretch', alignItems: 'center' }}
      >
        <Typography
          component="span"
          variant="subtitle1"
          sx={{ fontWeight: 600, letterSpacing: 0.3, mr: 2, whiteSpace: 'nowrap' }}
        >
          {translate('accord.app.title')}
        </Typography>
        <Box
          component="span"
          sx={{ width: '1px', alignSelf: 'stretch', my: 1.5, mr: 2, bgcolor: 'rgba(255,255,255,0.3)' }}
        />
      </Box>
      <TitlePortal variant="subtitle1" />
    </RaAppBar>
  );
};
