import { DEMO_PASSWORD } from '@accord/server-users';

export type Api = <T>(path: string, init?: { method: string; body?: unknown }) => Promise<T>;

/**
 * One of the demo people at another desk, reading and writing through the API directly: what a page shows
 * is checked against what the API answers.
 */
export async function signedInApi(baseUrl: string, email: string): Promise<Api> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  const { accessToken } = (await response.json()) as { accessToken: string };
  return async <T>(path: string, init?: { method: string; body?: unknown }) => {
    const answer = await fetch(`${baseUrl}/api${path}`, {
      method: init?.method ?? 'GET',
      headers: { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/json' },
      body: init?.body === undefined ? undefined : JSON.stringify(init.body),
    });
    if (!answer.ok) throw new Error(`${init?.method ?? 'GET'} ${path} answered ${answer.status}`);
    return (await answer.json()) as T;
  };
}
