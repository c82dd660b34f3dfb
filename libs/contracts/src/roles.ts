/** Roles are data: the order is the order of authority, used for "this role or above" checks. */
export const ROLES = ['officer', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function roleAtLeast(role: Role, minimum: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(minimum);
}
