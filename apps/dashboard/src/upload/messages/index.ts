import type { Locale } from '@accord/contracts';
import { uploadEn } from './en';
import { uploadZhCN } from './zh-CN';
import { uploadZhTW } from './zh-TW';

/** The English words give the shape: every language has exactly these keys. */
export type UploadMessages = typeof uploadEn;

export type UploadErrorCode = keyof UploadMessages['errors'];

export const UPLOAD_MESSAGES: Record<Locale, UploadMessages> = {
  'zh-TW': uploadZhTW,
  'zh-CN': uploadZhCN,
  en: uploadEn,
};

/** Each language named in itself, so a client finds theirs whatever is showing. */
export const LANGUAGE_NAMES: Record<Locale, { short: string; full: string }> = {
  'zh-TW': { short: '繁中', full: '繁體中文' },
  'zh-CN': { short: '简中', full: '简体中文' },
  en: { short: 'EN', full: 'English' },
};

/** Fills in %{name} placeholders, the same syntax as the dashboard's messages. */
export function fill(text: string, values: Record<string, string | number> = {}): string {
  return text.replace(/%\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
