import { useState, type ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { ChooseOwnPasswordPage } from '../account/ChooseOwnPasswordPage';
import { SetUpSecondFactorPage } from '../account/SetUpSecondFactorPage';
import { readSession } from '../providers/session';
import { UnreadNotificationsProvider } from '../resources/notifications/UnreadNotifications';
import { AppBar } from './AppBar';
import { Menu } from './Menu';
import { SecondFactorBanner } from './SecondFactorBanner';
import { useDocumentLanguage } from './useDocumentLanguage';

export const Layout = ({ children }: { children: ReactNode }) => {
  useDocumentLanguage();
  // The API refuses everything else until then (PASSWORD_CHANGE_REQUIRED), so nothing else is shown.
  const [mustChoose, setMustChoose] = useState(() => readSession()?.mustChangePassword === true);
  const [mustEnrol, setMustEnrol] = useState(() => readSession()?.mustEnrolSecondFactor === true);
  if (mustChoose) return <ChooseOwnPasswordPage onChosen={() => setMustChoose(false)} />;
  if (mustEnrol) return <SetUpSecondFactorPage onEnrolled={() => setMustEnrol(false)} />;
  // The unread count is the bell's and the notifications page's alike.
  return (
    <UnreadNotificationsProvider>
      <RaLayout appBar={AppBar} menu={Menu}>
        <SecondFactorBanner />
        {children}
      </RaLayout>
    </UnreadNotificationsProvider>
  );
};
