import { LOCALES, ROLES } from '@accord/contracts';

/** Choices whose names are message keys: React-admin's select inputs and fields translate them. */
export const roleChoices = ROLES.map((role) => ({ id: role, name: `accord.roles.${role}` }));

export const localeChoices = LOCALES.map((locale) => ({ id: locale, name: `accord.locales.${locale}` }));
