import { canAccess, isAction, isResource } from '@accord/contracts';
import type { AuthProvider } from 'react-admin';
import type { Schema } from './api';
import { callApi, type Translate } from './api-client';
import {
  clearSession,
  ensureSession,
  freshAccessToken,
  isInterrupted,
  markInterrupted,
  readSession,
  refreshSession,
  writeSession,
} from './session';

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
      const token = await freshAccessToken();
      clearSession();
      if (!token) return;
      // Ends the session on the server and clears its cookie; signing out here must not depend on it.
      await fetch('/api/auth/logout', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { Authorization: `Bearer ${token}` },
      }).catch(() => undefined);
    },

    checkAuth: async () => {
      // A session that ended under an open page is answered by the sign-in dialog over it, not a redirect.
      if (isInterrupted()) return;
      // No session in this page yet: the refresh cookie may hold one (a reload, a new tab).
      if (!(await ensureSession())) throw { message: false };
    },

    checkError: async (error: { status?: number }) => {
      if (error?.status === 401 && readSession() && !isInterrupted()) {
        // The token may just have run out: a refresh answers whether the session still stands.
        const session = await refreshSession();
        if (!session || isInterrupted()) markInterrupted();
      }
      // 403 and the rest: stay signed in; the page shows the error.
    },

    getIdentity: async () => {
      const session = await ensureSession();
      if (!session) throw new Error('not signed in');
      const { id, fullName, email, role, teamId } = session.user;
      return { id, fullName, email, role, teamId };
    },

    getPermissions: async () => (await ensureSession())?.user.role,

    canAccess: async ({ resource, action }) => {
      const role = (await ensureSession())?.user.role;
      return isResource(resource) && isAction(action) && canAccess(role, { resource, action });
    },
  };
}
