import type { Role } from '@accord/contracts';
import { SetMetadata } from '@nestjs/common';

export const ACCESS_KEY = 'accord:access';

export type AccessRule = { kind: 'public' } | { kind: 'roles'; roles: readonly Role[] };

/** Open to anyone, signed in or not. Every route must carry @Public() or @Roles(): nothing is open by default. */
export const Public = () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule);

/** Signed-in users with one of these roles; object-level checks stay in the service. */
export const Roles = (...roles: Role[]) =>
  SetMetadata(ACCESS_KEY, { kind: 'roles', roles } satisfies AccessRule);

export const ANY_SIGNED_IN: Role[] = ['officer', 'manager', 'admin'];
