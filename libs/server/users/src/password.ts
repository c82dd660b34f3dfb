import { ErrorCode } from '@accord/contracts';
import { passwordProblems, type PasswordProblem } from '@accord/domain';
import { UnprocessableError } from '@accord/server-core';
import * as argon2 from 'argon2';

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

// Verifying against a throwaway hash for unknown e-mails keeps the answer time the same either way,
// so response times do not reveal which e-mails have accounts.
let decoy: Promise<string> | undefined;

export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  decoy ??= hashPassword('decoy-password-for-timing');
  try {
    return await argon2.verify(hash ?? (await decoy), password);
  } catch {
    return false;
  }
}

/**
 * Refuses a password the rules (libs/domain password-policy) forbid, naming each broken rule beside the
 * field it came in; `also` adds what only the caller can know (the password in use again).
 */
export function refuseWeakPassword(
  password: string,
  person: { email: string; name: string },
  field: string,
  also: PasswordProblem[] = [],
): void {
  const problems = [...passwordProblems(password, person), ...also];
  if (problems.length)
    throw new UnprocessableError(ErrorCode.PasswordRejected, 'Choose another password', { field, problems });
}
