import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { UnreadNotificationsProvider } from '../resources/notifications/UnreadNotifications';
import { AppBar } from './AppBar';
import { Menu } from './Menu';
import { useDocumentLanguage } from './useDocumentLanguage';

export const Layout = ({ children }: { children: ReactNode }) => {
  useDocumentLanguage();
  // The unread count is the bell's and the notifications page's alike.
  return (
    <UnreadNotificationsProvider>
      <RaLayout appBar={AppBar} menu={Menu}>
        {children}
      </RaLayout>
    </UnreadNotificationsProvider>
  );
};
