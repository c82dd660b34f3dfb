import type { Role } from '@accord/contracts';
import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiSecurity } from '@nestjs/swagger';

export const ACCESS_KEY = 'accord:access';

export type AccessRule = { kind: 'public' } | { kind: 'roles'; roles: readonly Role[] };

/** Open to anyone, signed in or not. Every route must carry @Public() or @Roles(): nothing is open by default. */
export const Public = () =>
  applyDecorators(
    SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule),
    // The document says what the guard does: an empty requirement is OpenAPI's "no credentials".
    ApiSecurity({}),
  );

/** Signed-in users with one of these roles; object-level checks stay in the service. */
export const Roles = (...roles: Role[]) =>
  applyDecorators(SetMetadata(ACCESS_KEY, { kind: 'roles', roles } satisfies AccessRule), ApiBearerAuth());

export const ACCOUNT_SETUP_KEY = 'accord:account-setup';

/**
 * Open to a person whose account is not ready yet — a password an admin set, a second factor the role
 * needs and lacks: seeing who they are, choosing their password, enrolling, signing out. Every other
 * route refuses them (PASSWORD_CHANGE_REQUIRED, SECOND_FACTOR_ENROLMENT_REQUIRED).
 */
export const AccountSetup = () => SetMetadata(ACCOUNT_SETUP_KEY, true);

export const ANY_SIGNED_IN: Role[] = ['officer', 'manager', 'admin'];
