import { describe, expect, it } from 'vitest';
import { fill, UPLOAD_MESSAGES } from '../messages';

type Tree = { [key: string]: Tree | string };

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' ? leaves(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
  );
}

const placeholders = (text: string) =>
  [...text.matchAll(/%\{(\w+)\}/g)]
    .map((m) => m[1])
    .sort()
    .join();
const pack = (locale: keyof typeof UPLOAD_MESSAGES) => leaves(UPLOAD_MESSAGES[locale] as unknown as Tree);

describe('the upload page’s messages', () => {
  it.each(['zh-TW', 'zh-CN'] as const)(
    '%s has the keys and placeholders of English, none empty',
    (locale) => {
      const english = new Map(pack('en'));
      const own = pack(locale);
      expect(own.map(([key]) => key).sort()).toEqual([...english.keys()].sort());
      expect(own.filter(([, text]) => text.trim() === '')).toEqual([]);
      expect(
        own.filter(([key, text]) => placeholders(text) !== placeholders(english.get(key) ?? '')),
      ).toEqual([]);
    },
  );

  it('writes zh-TW in Traditional characters and zh-CN in Simplified ones', () => {
    const text = (locale: keyof typeof UPLOAD_MESSAGES) =>
      pack(locale)
        .map(([, value]) => value)
        .join('');
    expect(text('zh-TW').match(/[传档请联谢这为选时]/)).toBeNull();
    expect(text('zh-CN').match(/[傳檔請聯謝這為選時]/)).toBeNull();
  });

  it('fills in placeholders and leaves unknown ones visible', () => {
    expect(fill('in %{minutes} min', { minutes: 5 })).toBe('in 5 min');
    expect(fill('%{missing}')).toBe('%{missing}');
  });
});
