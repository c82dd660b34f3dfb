import type { Locale } from '@accord/contracts';

/** What the client reads about a paper, in each language of the interface. */
export class DocumentDescriptions implements Record<Locale, string> {
  'zh-TW'!: string;
  'zh-CN'!: string;
  en!: string;
}
