import { COMMON_PASSWORDS_TEXT } from './common-passwords';

/** NIST SP 800-63B §3.1.1.2: at least 15 for single-factor, 8 with a second; the firm asks 12 of everyone. */
export const PASSWORD_MIN_LENGTH = 12;
/** Long passphrases are welcome; the bound only keeps one request from costing the hash a megabyte. */
export const PASSWORD_MAX_LENGTH = 128;

/** `unchanged` (the password in use again) is found by the server, which alone can compare it with the hash. */
export const PASSWORD_PROBLEMS = [
  'too_short',
  'too_long',
  'common',
  'contains_email',
  'contains_name',
  'unchanged',
] as const;
export type PasswordProblem = (typeof PASSWORD_PROBLEMS)[number];

let common: Set<string> | undefined;
function isCommon(password: string): boolean {
  common ??= new Set(COMMON_PASSWORDS_TEXT.split('\n').filter(Boolean));
  return common.has(password.toLowerCase());
}

/** Lower case, no spaces or dots: "Wang Xiao-Ming" and "wang.xiaoming" are the same words. */
const folded = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s._\-'·]/g, '');

/**
 * Why a password may not be chosen, in NIST SP 800-63B's terms: long enough (counted in characters, so
 * a Chinese passphrase counts what a person typed), not one of the 10,000 most common, and not built on
 * the person's own e-mail or name. No composition rules: nothing asks for a digit or a symbol.
 * An empty list means it may be chosen.
 */
export function passwordProblems(
  password: string,
  person: { email: string; name: string },
): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password.normalize('NFC')].length;
  if (length < PASSWORD_MIN_LENGTH) problems.push('too_short');
  if (length > PASSWORD_MAX_LENGTH) problems.push('too_long');
  if (isCommon(password)) problems.push('common');
  const text = folded(password);
  const email = folded(person.email);
  const local = folded(person.email.split('@')[0] ?? '');
  // Parts shorter than 3 characters ("wu", "li") would refuse half the language, so they are let be.
  if ((email.length >= 3 && text.includes(email)) || (local.length >= 3 && text.includes(local)))
    problems.push('contains_email');
  const name = folded(person.name);
  const nameParts = person.name.split(/[\s.·]+/).map(folded);
  if (
    (name.length >= 3 && text.includes(name)) ||
    nameParts.some((part) => part.length >= 3 && text.includes(part))
  )
    problems.push('contains_name');
  return problems;
}
