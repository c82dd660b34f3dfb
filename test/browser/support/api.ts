import { DEMO_PASSWORD } from '@accord/server-users';

export type Api = <T>(path: string, init?: { method: string; body?: unknown }) => Promise<T>;

/**
 * One of the demo people at another desk, reading and writing through the API directly: what a page shows
 * is checked against what the API answers. Access tokens last minutes; a suite that runs longer signs in
 * again when one has run out.
 */
export async function signedInApi(baseUrl: string, email: string): Promise<Api> {
  const signIn = async () => {
    const response = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    });
    return ((await response.json()) as { accessToken: string }).accessToken;
  };
  let accessToken = await signIn();
  return async <T>(path: string, init?: { method: string; body?: unknown }) => {
    const send = () =>
      fetch(`${baseUrl}/api${path}`, {
        method: init?.method ?? 'GET',
        headers: { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/json' },
        body: init?.body === undefined ? undefined : JSON.stringify(init.body),
      });
    let answer = await send();
    if (answer.status === 401) {
      accessToken = await signIn();
      answer = await send();
    }
    if (!answer.ok) throw new Error(`${init?.method ?? 'GET'} ${path} answered ${answer.status}`);
    return (await answer.json()) as T;
  };
}
