import { useState, type ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { ChooseOwnPasswordPage } from '../account/ChooseOwnPasswordPage';
import { SetUpSecondFactorPage } from '../account/SetUpSecondFactorPage';
import { UnreadNotificationsProvider } from '../resources/notifications/UnreadNotifications';
import { AppBar } from './AppBar';
import { Menu } from './Menu';
import { SecondFactorBanner } from './SecondFactorBanner';
import { SessionKeeper } from './SessionKeeper';
import { useDocumentLanguage } from './useDocumentLanguage';
import { useSession } from './useSession';

export const Layout = ({ children }: { children: ReactNode }) => {
  useDocumentLanguage();
  const session = useSession();
  // The API refuses everything else until then (PASSWORD_CHANGE_REQUIRED), so nothing else is shown.
  const [chosen, setChosen] = useState(false);
  const [enrolled, setEnrolled] = useState(false);
  const page =
    session?.mustChangePassword === true && !chosen ? (
      <ChooseOwnPasswordPage onChosen={() => setChosen(true)} />
    ) : session?.mustEnrolSecondFactor === true && !enrolled ? (
      <SetUpSecondFactorPage onEnrolled={() => setEnrolled(true)} />
    ) : (
      // The unread count is the bell's and the notifications page's alike.
      <UnreadNotificationsProvider>
        <RaLayout appBar={AppBar} menu={Menu}>
          <SecondFactorBanner />
          {children}
        </RaLayout>
      </UnreadNotificationsProvider>
    );
  return (
    <>
      {page}
      <SessionKeeper />
    </>
  );
};
