import type { Role } from '@accord/contracts';

/**
 * Who must have a second factor: managers and admins open every client's ID number, income and debts in
 * their team or firm, so always; officers where the firm says so. An exempt account (the demo logins) is
 * asked only once it has enrolled one.
 */
export function secondFactorRequired(
  person: { role: Role; enrolled: boolean; exempt: boolean },
  firm: { forOfficers: boolean },
): boolean {
  if (person.enrolled || person.exempt) return false;
  return person.role !== 'officer' || firm.forOfficers;
}
