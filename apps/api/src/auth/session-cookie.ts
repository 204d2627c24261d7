import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The web application's session: the access token rides in an HttpOnly cookie (never readable by page
 * scripts, so never in localStorage), and every state-changing request must also carry a CSRF token
 * derived from it (signed double submit: an attacker who can plant cookies still cannot compute it).
 */
export const SESSION_COOKIE = 'dti_session';
export const CSRF_HEADER = 'x-csrf-token';

export interface SessionCookieOptions {
  maxAgeSeconds: number;
  /** Secure when the request came over TLS (directly or through a proxy) or in production. */
  secure: boolean;
}

export function sessionCookie(token: string, options: SessionCookieOptions): string {
  return [
    `${SESSION_COOKIE}=${token}`,
    'Path=/',
    `Max-Age=${options.maxAgeSeconds}`,
    'HttpOnly',
    'SameSite=Strict',
    ...(options.secure ? ['Secure'] : []),
  ].join('; ');
}

export function clearedSessionCookie(secure: boolean): string {
  return [
    `${SESSION_COOKIE}=`,
    'Path=/',
    'Max-Age=0',
    'HttpOnly',
    'SameSite=Strict',
    ...(secure ? ['Secure'] : []),
  ].join('; ');
}

/** The session cookie's token from a Cookie header, if any. */
export function sessionTokenOf(cookieHeader: string | string[] | undefined): string | undefined {
  const header = Array.isArray(cookieHeader) ? cookieHeader.join('; ') : cookieHeader;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() === SESSION_COOKIE) {
      const value = part.slice(separator + 1).trim();
      return value === '' ? undefined : value;
    }
  }
  return undefined;
}

/** The CSRF token that goes with a session token: HMAC(secret, token), base64url. */
export function csrfTokenFor(sessionToken: string, secret: string): string {
  return createHmac('sha256', secret).update(`csrf:${sessionToken}`).digest('base64url');
}

export function isValidCsrfToken(
  candidate: string | string[] | undefined,
  sessionToken: string,
  secret: string,
): boolean {
  if (typeof candidate !== 'string') return false;
  const expected = Buffer.from(csrfTokenFor(sessionToken, secret));
  const given = Buffer.from(candidate);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Methods that change nothing need no CSRF token (RFC 9110 safe methods). */
export function isSafeMethod(method: string): boolean {
  return method === 'GET' || method === 'HEAD' || method === 'OPTIONS';
}
