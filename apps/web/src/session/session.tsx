import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { api, onSessionExpired, setCsrfToken, type Schemas } from '../api/client';
import { unwrap } from '../api/problem';
import { Loading } from '../common/Loading';

export type Session = Schemas['SessionDto'];
export type Role = Session['role'];

interface SessionState {
  /** undefined while the first check runs; null when nobody is logged in. */
  session: Session | null | undefined;
  /** Set when the last session ended by expiry (the login page says so). */
  expired: boolean;
  login(username: string, password: string): Promise<Session>;
  logout(): Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

type SessionCheck = ReturnType<typeof checkSession>;
const checkSession = () => api.GET('/auth/session');
let startedCheck: SessionCheck | null = null;

/**
 * Sends the session check from the app's first chunk, before React's first render (which takes a few
 * hundred ms on a cold start): the provider then adopts its answer instead of asking only once mounted.
 */
export function startSessionCheck(): void {
  startedCheck ??= checkSession();
}

/** The check started at start-up, once; any later mount asks again. */
function takeSessionCheck(): SessionCheck {
  const check = startedCheck ?? checkSession();
  startedCheck = null;
  return check;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const [expired, setExpired] = useState(false);
  const queryClient = useQueryClient();

  const adopt = useCallback((next: Session | null) => {
    setCsrfToken(next?.csrfToken ?? null);
    setSession(next);
  }, []);

  useEffect(() => {
    let cancelled = false;
    void takeSessionCheck().then(
      (result) => {
        if (cancelled) return;
        // A token was sent but refused (expired, revoked): say so on the login page. No token at all is a first visit.
        const code = (result.error as { code?: string } | undefined)?.code;
        if (result.response.status === 401 && code !== undefined && code !== 'UNAUTHENTICATED') setExpired(true);
        adopt(result.response.ok && result.data ? result.data : null);
      },
      () => !cancelled && adopt(null),
    );
    return () => {
      cancelled = true;
    };
  }, [adopt]);

  useEffect(
    () =>
      onSessionExpired(() => {
        setExpired(true);
        adopt(null);
        queryClient.clear();
      }),
    [adopt, queryClient],
  );

  // The cookie expires on its own; leave before the next click would fail.
  useEffect(() => {
    if (!session) return undefined;
    const ms = new Date(session.expiresAt).getTime() - Date.now();
    const timer = window.setTimeout(
      () => {
        setExpired(true);
        adopt(null);
        queryClient.clear();
      },
      Math.max(0, Math.min(ms, 2 ** 31 - 1)),
    );
    return () => window.clearTimeout(timer);
  }, [session, adopt, queryClient]);

  const value = useMemo<SessionState>(
    () => ({
      session,
      expired,
      async login(username, password) {
        const next = unwrap(await api.POST('/auth/session', { body: { username, password } }));
        setExpired(false);
        queryClient.clear();
        adopt(next);
        return next;
      },
      async logout() {
        await api.DELETE('/auth/session').catch(() => undefined);
        setExpired(false);
        queryClient.clear();
        adopt(null);
      },
    }),
    [session, expired, adopt, queryClient],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (state === null) throw new Error('useSession outside SessionProvider');
  return state;
}

/** The logged-in session; only for components under RequireSession. */
export function useCurrentSession(): Session {
  const { session } = useSession();
  if (!session) throw new Error('useCurrentSession without a session');
  return session;
}

/** Pages behind it need a session: without one, the login page, which brings the user back here after. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const location = useLocation();
  if (session === undefined) return <Loading />;
  if (session === null) {
    const next = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <>{children}</>;
}

/** Only a relative path inside the app may be a post-login destination (no open redirect). */
export function safeNext(next: string | null): string | null {
  if (next === null || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/login')) return null;
  return next;
}

export function useGoHome(): () => void {
  const navigate = useNavigate();
  return useCallback(() => navigate('/'), [navigate]);
}
