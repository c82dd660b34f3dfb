import { DEFAULT_LOCALE, LOCALES, type Locale } from '@accord/contracts';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import { en } from '../i18n/en';
import type { Messages } from '../i18n/types';
import { zhCN } from '../i18n/zh-CN';
import { zhTW } from '../i18n/zh-TW';

const MESSAGES: Record<Locale, Messages> = { 'zh-TW': zhTW, 'zh-CN': zhCN, en };

/** Each language is named in itself, so people find theirs whatever language is showing. */
const LOCALE_NAMES: Record<Locale, string> = { 'zh-TW': '繁體中文', 'zh-CN': '简体中文', en: 'English' };

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

// All three packs are bundled: they are small, and switching language should not wait on the network.
export const i18nProvider = polyglotI18nProvider(
  (locale) => MESSAGES[isLocale(locale) ? locale : DEFAULT_LOCALE],
  DEFAULT_LOCALE,
  LOCALES.map((locale) => ({ locale, name: LOCALE_NAMES[locale] })),
);
