import { Inject, Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type Redis from 'ioredis';
import { actorOfAccount } from '@dti/domain';
import { EVENT_STORE, type EventStore } from '@dti/event-store';
import { REDIS, RequestContext, type PlatformConfig } from '@dti/platform';
import { loadAccountSession } from './account-session';
import { AccessTokens, type AccessTokenResponse } from './access-tokens';
import { AuthenticationError } from './auth.errors';
import { AddressLoginThrottle } from './login-throttling';
import { verifyAgainstNothing, verifyPassword } from '@dti/accounts';

/** Sign-in against the account streams: no session store, the token and the stream are the session. */
@Injectable()
export class LoginService {
  private readonly logger = new Logger(LoginService.name);
  private readonly addressThrottle: AddressLoginThrottle;

  constructor(
    private readonly tokens: AccessTokens,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(REDIS) redis: Redis,
    config: ConfigService<PlatformConfig, true>,
  ) {
    this.addressThrottle = new AddressLoginThrottle(
      redis,
      `${config.get('BULLMQ_PREFIX', { infer: true })}:throttle:login:`,
    );
  }

  /**
   * 401 INVALID_CREDENTIALS for an unknown username or a wrong password alike (same answer, same time);
   * 403 ACCOUNT_DISABLED only once the password is proven, so it reveals nothing to a guesser.
   * 429 TOO_MANY_REQUESTS (with Retry-After) from a client address that failed too many logins lately,
   * whatever the usernames (login-throttling.ts), before the password is even checked.
   */
  async login(username: string, password: string): Promise<AccessTokenResponse> {
    const address = RequestContext.clientAddress();
    if (address !== undefined) await this.addressThrottle.assertAllowed(address);
    const session = await loadAccountSession(this.store, username);
    const verified =
      session.state.status === 'none'
        ? await verifyAgainstNothing(password)
        : await verifyPassword(session.state.passwordHash, password);
    if (!verified) {
      // For whoever watches for guessing; the correlation id ties it to the request (never the password).
      this.logger.warn({ event: 'login_failed', username: session.username, address }, 'Login failed');
      if (address !== undefined) await this.addressThrottle.recordFailure(address);
      throw AuthenticationError.because('INVALID_CREDENTIALS');
    }
    const actor = actorOfAccount(session.state, session.username);
    this.logger.log({ event: 'login', username: actor.username, role: actor.role }, 'Logged in');
    return this.tokens.issue(actor, session.sessionVersion);
  }

  /** A fresh token for an account that is authenticated right now (the guard checked it). */
  async reissue(username: string): Promise<AccessTokenResponse> {
    const session = await loadAccountSession(this.store, username);
    return this.tokens.issue(actorOfAccount(session.state, session.username), session.sessionVersion);
  }
}
