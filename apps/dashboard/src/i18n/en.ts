import englishMessages from 'ra-language-english';
import { accordEn } from './accord/en';
import type { CoreMessages, Messages } from './types';

export const en: Messages = { ...(englishMessages as CoreMessages), ...accordEn };
