import { useTranslate } from 'react-admin';

/** The application's name as React-admin's error pages show it, in the current language. */
export const AppTitle = () => {
  const translate = useTranslate();
  return <>{translate('accord.app.title')}</>;
};
