import { describe, expect, it } from 'vitest';
import { en } from '../en';
import { zhCN } from '../zh-CN';
import { zhTW } from '../zh-TW';

type Tree = { [key: string]: Tree | string | undefined };

/** Every leaf of a message tree as a dotted key, with its text. */
function leaves(tree: Tree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? leaves(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value]],
  );
}

const keys = (tree: object) =>
  leaves(tree as Tree)
    .map(([key]) => key)
    .sort();
const placeholders = (text: string) => [...text.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();

const PACKS = { 'zh-TW': zhTW, 'zh-CN': zhCN, en };

describe('interface messages', () => {
  it.each(['zh-TW', 'zh-CN'] as const)('%s has exactly the keys of English', (locale) => {
    expect(keys(PACKS[locale])).toEqual(keys(en));
  });

  it.each(Object.keys(PACKS) as (keyof typeof PACKS)[])('%s has no empty or missing text', (locale) => {
    // ra.boolean.null is a single space on purpose: an unknown yes/no shows as a blank.
    const blank = leaves(PACKS[locale] as unknown as Tree).filter(
      ([key, text]) => key !== 'ra.boolean.null' && (typeof text !== 'string' || text.trim() === ''),
    );
    expect(blank).toEqual([]);
  });

  it.each(['zh-TW', 'zh-CN'] as const)('%s fills in the same placeholders as English', (locale) => {
    const english = new Map(leaves(en as unknown as Tree));
    const mismatched = leaves(PACKS[locale] as unknown as Tree)
      .filter(([key, text]) => {
        const source = String(english.get(key));
        const expected = new Set(placeholders(source));
        const actual = new Set(placeholders(String(text)));
        // Chinese has a single plural form: it keeps %{smart_count} and may word the one form without the
        // singular's extras, so plural messages need only use placeholders English offers.
        if (source.includes('||||')) return [...actual].some((p) => !expected.has(p));
        return [...expected].join() !== [...actual].join();
      })
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it('zh-TW is written in Traditional characters and zh-CN in Simplified ones', () => {
    const text = (pack: object) =>
      leaves(pack as Tree)
        .map(([, value]) => value)
        .join('');
    // A few characters whose forms differ between the scripts, common in this interface.
    const simplifiedOnly = /[户删设选项这码录页错误们关击]/;
    const traditionalOnly = /[戶刪設選項這碼錄頁錯誤們關擊]/;
    // The locale menu names both scripts in themselves, so those two entries are exempt.
    const withoutLocaleNames = (pack: typeof zhTW) => ({ ...pack, accord: { ...pack.accord, locales: {} } });
    expect(text(withoutLocaleNames(zhTW)).match(simplifiedOnly)).toBeNull();
    expect(text(withoutLocaleNames(zhCN)).match(traditionalOnly)).toBeNull();
  });
});
