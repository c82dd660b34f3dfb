import type { Role } from '@accord/contracts';
import { usePermissions } from 'react-admin';

/**
 * Managers and admins choose whose client or case it is and may filter by officer; officers work their
 * own and may not list people at all (the API answers 403), so their screens leave officers out.
 */
export function useCanAssignOfficers(): boolean {
  const { permissions } = usePermissions<Role | undefined>();
  return permissions === 'manager' || permissions === 'admin';
}
