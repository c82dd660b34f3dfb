import SettingsIcon from '@mui/icons-material/SettingsOutlined';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { forwardRef } from 'react';
import { Link, Logout, UserMenu as RaUserMenu, useTranslate, useUserMenu } from 'react-admin';
import { MY_SETTINGS_PATH } from '../account/MySettingsPage';

const MySettingsItem = forwardRef<HTMLAnchorElement>(function MySettingsItem(props, ref) {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  return (
    <MenuItem ref={ref} component={Link} to={MY_SETTINGS_PATH} onClick={userMenu?.onClose} {...props}>
      <ListItemIcon>
        <SettingsIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('accord.my_settings.menu')}</ListItemText>
    </MenuItem>
  );
});

/** React-admin's user menu, with each person's own settings above signing out. */
export const UserMenu = () => (
  <RaUserMenu>
    <MySettingsItem />
    <Logout />
  </RaUserMenu>
);
