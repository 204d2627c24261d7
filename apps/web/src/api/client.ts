import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];

/**
 * The one API client of the web application, typed from the OpenAPI document (`npm run api:types`).
 * The session travels in the HttpOnly cookie; state-changing requests add the CSRF token the session
 * answered with. A 401 on any call but the session's own tells the shell the session has ended.
 */
let csrfToken: string | null = null;
const expiryListeners = new Set<() => void>();

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function getCsrfToken(): string | null {
  return csrfToken;
}

export function onSessionExpired(listener: () => void): () => void {
  expiryListeners.add(listener);
  return () => expiryListeners.delete(listener);
}

const session: Middleware = {
  onRequest({ request }) {
    if (request.method !== 'GET' && request.method !== 'HEAD' && csrfToken !== null) {
      request.headers.set('X-CSRF-Token', csrfToken);
    }
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && !new URL(request.url).pathname.startsWith('/auth/session')) {
      for (const listener of expiryListeners) listener();
    }
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });
api.use(session);

/**
 * Reads started before the session check has answered (a page's data prefetched at start-up): the same
 * client without the expiry signal, since a 401 there only means nobody is logged in yet. The page asks
 * again through `api` when it mounts if the prefetch failed.
 */
export const apiBeforeSession = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });

/** Headers for requests made outside openapi-fetch (file uploads with progress). */
export function sessionHeaders(): Record<string, string> {
  return csrfToken === null ? {} : { 'X-CSRF-Token': csrfToken };
}

/** Tell the shell a request outside openapi-fetch got a 401. */
export function reportUnauthenticated(): void {
  for (const listener of expiryListeners) listener();
}
