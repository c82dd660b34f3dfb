import { canAccess, isAction, isResource } from '@accord/contracts';
import type { AuthProvider } from 'react-admin';
import type { Schema } from './api';
import { callApi, type Translate } from './api-client';
import { clearSession, isExpired, readSession, writeSession } from './session';

interface SignInParams {
  username?: string;
  email?: string;
  password?: string;
  /** With a second factor: the app's code, or one recovery code. */
  code?: string;
  recoveryCode?: string;
}

export function createAuthProvider(translate: Translate): AuthProvider {
  return {
    login: async ({ username, email, password, code, recoveryCode }: SignInParams) => {
      const body: Schema<'SignInDto'> = {
        email: (username ?? email ?? '').trim(),
        password: password ?? '',
        ...(code ? { code: code.replace(/\s+/g, '') } : {}),
        ...(recoveryCode ? { recoveryCode } : {}),
      };
      const result = await callApi<Schema<'SignInResult'>>('/auth/login', translate, {
        method: 'POST',
        body,
        authenticated: false,
      });
      writeSession(result);
    },

    logout: async () => {
      const session = readSession();
      clearSession();
      if (!session || isExpired(session)) return;
      // Revokes the token on the server too; signing out locally must not depend on that succeeding.
      await fetch('/api/auth/logout', {
        method: 'POST',
        headers: { Authorization: `Bearer ${session.accessToken}` },
      }).catch(() => undefined);
    },

    checkAuth: async () => {
      const session = readSession();
      // No session yet: go to the sign-in page without an "expired" notice.
      if (!session) throw { message: false };
      if (isExpired(session)) {
        clearSession();
        throw { message: 'ra.notification.logged_out' };
      }
    },

    checkError: async (error: { status?: number }) => {
      if (error?.status === 401) {
        clearSession();
        throw { message: 'ra.notification.logged_out' };
      }
      // 403 and the rest: stay signed in; the page shows the error.
    },

    getIdentity: async () => {
      const session = readSession();
      if (!session) throw new Error('not signed in');
      const { id, fullName, email, role, teamId } = session.user;
      return { id, fullName, email, role, teamId };
    },

    getPermissions: async () => readSession()?.user.role,

    canAccess: async ({ resource, action }) => {
      const role = readSession()?.user.role;
      return isResource(resource) && isAction(action) && canAccess(role, { resource, action });
    },
  };
}
