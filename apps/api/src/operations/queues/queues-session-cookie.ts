/** The cookie bull-board's pages and API calls carry the admin's token in (set by POST /admin/queues/session). */
export const QUEUES_SESSION_COOKIE = 'dti_queues_session';
export const QUEUES_PATH = '/admin/queues';
/** Short-lived: the token inside is checked on every request anyway (expiry, revocation, current role). */
export const QUEUES_SESSION_SECONDS = 15 * 60;

/** The Set-Cookie header value: HttpOnly, SameSite=Strict (no other site can make the browser send it), scoped to the board. */
export function queuesSessionCookie(token: string, secure: boolean): string {
  return [
    `${QUEUES_SESSION_COOKIE}=${token}`,
    `Path=${QUEUES_PATH}`,
    `Max-Age=${QUEUES_SESSION_SECONDS}`,
    'HttpOnly',
    'SameSite=Strict',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

export function clearedQueuesSessionCookie(secure: boolean): string {
  return [
    `${QUEUES_SESSION_COOKIE}=`,
    `Path=${QUEUES_PATH}`,
    'Max-Age=0',
    'HttpOnly',
    'SameSite=Strict',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

/** The session cookie's token from a Cookie header, if any. */
export function queuesSessionToken(cookieHeader: string | string[] | undefined): string | undefined {
  const header = Array.isArray(cookieHeader) ? cookieHeader.join('; ') : cookieHeader;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() === QUEUES_SESSION_COOKIE) {
      const value = part.slice(separator + 1).trim();
      return value === '' ? undefined : value;
    }
  }
  return undefined;
}
