import type { TranslationMessages } from 'react-admin';
import type { accordEn } from './accord/en';

/** React-admin's core messages with its optional groups made required, so a translation cannot skip one. */
export type CoreMessages = TranslationMessages & { ra: Required<TranslationMessages['ra']> };

/**
 * Our own messages take their shape from the English ones, area by area (accord/<locale>/<area>.ts):
 * a missing or extra key fails to compile in the file that has it.
 */
export type AccordMessages = typeof accordEn;

export type Messages = CoreMessages & AccordMessages;
