import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { JsonWebTokenError, JwtService, TokenExpiredError } from '@nestjs/jwt';
import type { Actor } from '@dti/domain';
import type { PlatformConfig } from '@dti/platform';
import { AuthenticationError } from './auth.errors';
import { tokenTtlSeconds } from './token-ttl';

/** What POST /auth/login (and /auth/refresh, /auth/password) answer. */
export interface AccessTokenResponse {
  accessToken: string;
  /** Seconds until the token expires (JWT_TTL). */
  expiresIn: number;
  tokenType: 'Bearer';
}

/**
 * Claims of our access tokens. `role` and `unit` are informational for clients only: the guard reads
 * the account's current role from its stream on every request, never from the token.
 */
interface AccessTokenClaims {
  sub: string;
  role: string;
  unit: string | null;
  /** The account's session version when issued (account-session.ts). */
  sv: number;
  /** Expiry, seconds since the epoch (set by the signer). */
  exp: number;
  /** Issued at, seconds since the epoch (set by the signer). */
  iat: number;
}

export const TOKEN_ISSUER = 'dti-hue';
export const TOKEN_AUDIENCE = 'dti-hue-api';

/** Signs and checks access tokens: HS256 with JWT_SECRET, lifetime JWT_TTL. */
@Injectable()
export class AccessTokens {
  readonly ttlSeconds: number;

  constructor(
    private readonly jwt: JwtService,
    config: ConfigService<PlatformConfig, true>,
  ) {
    this.ttlSeconds = tokenTtlSeconds(config.get('JWT_TTL', { infer: true }));
  }

  async issue(actor: Actor, sessionVersion: number): Promise<AccessTokenResponse> {
    const claims: Omit<AccessTokenClaims, 'sub' | 'exp' | 'iat'> = {
      role: actor.role,
      unit: actor.unit,
      sv: sessionVersion,
    };
    const accessToken = await this.jwt.signAsync(claims, { subject: actor.username, expiresIn: this.ttlSeconds });
    return { accessToken, expiresIn: this.ttlSeconds, tokenType: 'Bearer' };
  }

  /** The token's account and session version; throws AuthenticationError (401) for any bad token. */
  async verify(token: string): Promise<{ username: string; sessionVersion: number }> {
    const { username, sessionVersion } = await this.verifyWithExpiry(token);
    return { username, sessionVersion };
  }

  /** As verify, with when the token expires (ms since the epoch), for the browser session. */
  async verifyWithExpiry(token: string): Promise<{ username: string; sessionVersion: number; expiresAt: number }> {
    let claims: Partial<AccessTokenClaims>;
    try {
      claims = await this.jwt.verifyAsync<Partial<AccessTokenClaims>>(token);
    } catch (error) {
      if (error instanceof TokenExpiredError) throw AuthenticationError.because('TOKEN_EXPIRED');
      if (error instanceof JsonWebTokenError) throw AuthenticationError.because('INVALID_TOKEN');
      throw error;
    }
    if (typeof claims.sub !== 'string' || typeof claims.sv !== 'number' || !Number.isInteger(claims.sv)) {
      throw AuthenticationError.because('INVALID_TOKEN');
    }
    if (!this.hasAcceptableLifetime(claims)) throw AuthenticationError.because('INVALID_TOKEN');
    return { username: claims.sub, sessionVersion: claims.sv, expiresAt: claims.exp * 1000 };
  }

  /**
   * A token that never expires, or lives longer than JWT_TTL allows now, is refused even with a valid
   * signature: it can only come from a leaked secret, another signer or a JWT_TTL since shortened.
   */
  private hasAcceptableLifetime(
    claims: Partial<AccessTokenClaims>,
  ): claims is Partial<AccessTokenClaims> & Pick<AccessTokenClaims, 'exp' | 'iat'> {
    const { exp, iat } = claims;
    if (
      typeof exp !== 'number' ||
      typeof iat !== 'number' ||
      !Number.isSafeInteger(exp) ||
      !Number.isSafeInteger(iat)
    ) {
      return false;
    }
    const nowSeconds = Math.floor(Date.now() / 1000);
    // A little leeway for clocks of several API instances that disagree by a few seconds.
    const leeway = 60;
    return exp - iat <= this.ttlSeconds && exp - nowSeconds <= this.ttlSeconds + leeway && iat <= nowSeconds + leeway;
  }
}
