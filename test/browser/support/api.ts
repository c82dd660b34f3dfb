import { DEMO_PASSWORD } from '@accord/server-users';

/** A request to the API as one person: the path is under /api (`/cases?stage=documents`). */
export type SignedInFetch = (path: string, init?: RequestInit) => Promise<Response>;

export type Api = <T>(path: string, init?: { method: string; body?: unknown }) => Promise<T>;

/**
 * One of the demo people (or anyone whose password is known) at another desk, talking to the API
 * directly: the answers as they come, with the bearer token and a JSON content type set (none for a form,
 * whose multipart type fetch writes itself). Access tokens last minutes; a suite that runs longer signs in
 * again when an answer is 401 and sends the request once more (if signing in is refused then, the 401 is
 * the answer).
 */
export async function signedInFetch(
  baseUrl: string,
  email: string,
  password = DEMO_PASSWORD,
): Promise<SignedInFetch> {
  const signIn = () =>
    fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
  const tokenOf = async (answer: Response) => ((await answer.json()) as { accessToken: string }).accessToken;
  const first = await signIn();
  if (!first.ok) throw new Error(`signing in as ${email} answered ${first.status}: ${await first.text()}`);
  let accessToken = await tokenOf(first);
  const send = (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set('Authorization', `Bearer ${accessToken}`);
    if (!(init.body instanceof FormData) && !headers.has('Content-Type'))
      headers.set('Content-Type', 'application/json');
    return fetch(`${baseUrl}/api${path}`, { ...init, headers });
  };
  return async (path, init) => {
    const answer = await send(path, init);
    if (answer.status !== 401) return answer;
    const again = await signIn();
    if (!again.ok) return answer;
    await answer.body?.cancel();
    accessToken = await tokenOf(again);
    return send(path, init);
  };
}

/**
 * One of the demo people at another desk, reading and writing through the API directly: what a page shows
 * is checked against what the API answers. The JSON of a 2xx answer; anything else throws. Signs in again
 * when the short-lived access token has run out (see signedInFetch).
 */
export async function signedInApi(baseUrl: string, email: string): Promise<Api> {
  const send = await signedInFetch(baseUrl, email);
  return async <T>(path: string, init?: { method: string; body?: unknown }) => {
    const method = init?.method ?? 'GET';
    const answer = await send(path, {
      method,
      body: init?.body === undefined ? undefined : JSON.stringify(init.body),
    });
    if (!answer.ok) throw new Error(`${method} ${path} answered ${answer.status}`);
    return (await answer.json()) as T;
  };
}
