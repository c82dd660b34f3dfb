import { en } from '../../../apps/dashboard/src/i18n/en';
import { zhTW } from '../../../apps/dashboard/src/i18n/zh-TW';
import { uploadEn } from '../../../apps/dashboard/src/upload/messages/en';
import { uploadZhTW } from '../../../apps/dashboard/src/upload/messages/zh-TW';

type Tree = { [key: string]: Tree | string | undefined };

/**
 * The dashboard's own message files, read the way polyglot reads them, so the tests follow the wording
 * instead of repeating it. `count` picks the plural form ("User |||| Users").
 */
function translator(messages: object) {
  return (key: string, values: Record<string, string | number> = {}, count = 1): string => {
    const text = key.split('.').reduce<unknown>((node, part) => (node as Tree | undefined)?.[part], messages);
    if (typeof text !== 'string') throw new Error(`no message ${key}`);
    const forms = text.split('||||').map((form) => form.trim());
    const form = forms[count === 1 || forms.length === 1 ? 0 : 1];
    return form.replace(/%\{(\w+)\}/g, (_, name: string) => String(values[name] ?? count));
  };
}

export const zhTWText = translator(zhTW);
export const enText = translator(en);
/** The client upload page's own, smaller message files. */
export const uploadZhTWText = translator(uploadZhTW);
export const uploadEnText = translator(uploadEn);
