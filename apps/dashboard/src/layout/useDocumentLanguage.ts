import { useEffect } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';

/** Keeps <html lang> and the tab title in step with the chosen language (fonts and screen readers use lang). */
export function useDocumentLanguage(): void {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = translate('accord.app.title');
  }, [locale, translate]);
}
