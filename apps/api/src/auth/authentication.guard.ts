import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { actorOfAccount } from '@dti/domain';
import { AccountSessions } from './account-sessions';
import { AccessTokens } from './access-tokens';
import { AuthenticationError, type AuthenticationFailure } from './auth.errors';
import type { AuthenticatedRequest } from './authenticated-request';
import { IS_PUBLIC_KEY } from './public.decorator';

interface ResponseWithHeaders {
  setHeader(name: string, value: string): unknown;
  headersSent?: boolean;
}

/**
 * Global guard (APP_GUARD): every route needs a valid bearer token unless marked @Public(). The token
 * only names the account; the account's CURRENT state is checked against its stream on each request
 * (AccountSessions: the stream's last revision, the fold reused while it is unchanged), so a disabled
 * account is refused at once (403 ACCOUNT_DISABLED), a password change or a disable revokes older tokens
 * (401 TOKEN_REVOKED), and a role change applies to the next request.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokens,
    private readonly sessions: AccountSessions,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, [context.getHandler(), context.getClass()])) {
      return true;
    }
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const response = context.switchToHttp().getResponse<ResponseWithHeaders>();
    try {
      const token = bearerTokenOf(request.headers.authorization);
      const { username, sessionVersion } = await this.tokens.verify(token);
      const session = await this.sessions.load(username);
      if (session.state.status === 'none') throw AuthenticationError.because('INVALID_TOKEN');
      // Throws AccountDisabledError (403) for a disabled account: said before "revoked", as it is the reason.
      const actor = actorOfAccount(session.state, session.username);
      if (sessionVersion < session.sessionVersion) throw AuthenticationError.because('TOKEN_REVOKED');
      request.actor = actor;
      return true;
    } catch (error) {
      if (error instanceof AuthenticationError && !response.headersSent) {
        response.setHeader('WWW-Authenticate', wwwAuthenticate(error.code));
      }
      throw error;
    }
  }
}

function bearerTokenOf(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  const match = value === undefined ? null : /^Bearer\s+([A-Za-z0-9._~+/-]+=*)\s*$/i.exec(value);
  if (match === null) throw AuthenticationError.because('UNAUTHENTICATED');
  return match[1];
}

/** RFC 6750 §3: the challenge, with error="invalid_token" when a token was sent but refused. */
function wwwAuthenticate(code: AuthenticationFailure): string {
  return code === 'UNAUTHENTICATED' ? 'Bearer realm="dti-hue"' : 'Bearer realm="dti-hue", error="invalid_token"';
}
