import type { Api } from '@accord/contracts';
import createClient, { type Client } from 'openapi-fetch';
import { useMemo } from 'react';
import { HttpError, useLogoutIfAccessDenied, useTranslate } from 'react-admin';
import { parseJson, toHttpError, type Translate } from './api-client';
import { freshAccessToken } from './session';

/** The API's shapes by the names its OpenAPI document gives them, generated from it (npm run api:types). */
export type Schema<Name extends keyof Api.components['schemas']> = Api.components['schemas'][Name];

export type AccordApi = Client<Api.paths>;

/**
 * The API typed end to end from its OpenAPI document: paths, parameters, bodies and answers are what the
 * API says they are, so a change there fails the dashboard's compile, not a screen. Calls carry the
 * signed-in person's token; a refusal is thrown as the same translated HttpError the data provider throws,
 * after `onRefused` has seen it (React-admin signs out a person whose session has ended, as it does for
 * the data provider's calls).
 */
export function createApi(translate: Translate, onRefused?: (error: HttpError) => void): AccordApi {
  const api = createClient<Api.paths>({ baseUrl: '' });
  api.use({
    async onRequest({ request }) {
      const token = await freshAccessToken();
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      return request;
    },
    async onResponse({ response }) {
      if (response.ok) return response;
      const text = await response.clone().text();
      const error = toHttpError(response.status, text ? parseJson(text) : null, translate);
      onRefused?.(error);
      throw error;
    },
    onError() {
      return new HttpError(translate('ra.notification.http_error'), 0, null);
    },
  });
  return api;
}

export function useApi(): AccordApi {
  const translate = useTranslate();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  return useMemo(
    () => createApi(translate, (error) => void logoutIfAccessDenied(error)),
    [translate, logoutIfAccessDenied],
  );
}

/**
 * The answer of a call that succeeded: refusals were thrown by the client already, so what is left is
 * the data (or nothing, for a 204).
 */
export function answer<T>(result: { data?: T; error?: unknown }): T {
  if (result.error !== undefined) throw result.error;
  return result.data as T;
}
