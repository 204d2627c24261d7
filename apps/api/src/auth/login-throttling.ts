import { HttpException, HttpStatus, type ExecutionContext } from '@nestjs/common';
import type { ThrottlerModuleOptions } from '@nestjs/throttler';
import type Redis from 'ioredis';
import { normalizeUsername } from '@dti/domain';
import { actorOf, type AuthenticatedRequest } from './authenticated-request';
import { RedisThrottlerStorage } from './redis-throttler.storage';

/** Password guesses allowed per client address and username in LOGIN_WINDOW_MS. */
export const LOGIN_ATTEMPTS_PER_WINDOW = 10;
export const LOGIN_WINDOW_MS = 60_000;

/**
 * Failed logins allowed from one client address, whatever the usernames, in ADDRESS_FAILURE_WINDOW_MS:
 * password spraying (one password against many accounts) never trips the per-account limit. Only
 * failures count, so an office behind one NAT address signing in at 8 o'clock is not locked out.
 */
export const ADDRESS_FAILURES_PER_WINDOW = 20;
export const ADDRESS_FAILURE_WINDOW_MS = 10 * 60_000;
/** How long an address stays refused once over the limit. */
export const ADDRESS_BLOCK_MS = 10 * 60_000;

/**
 * The throttler guarding the endpoints that check a password (login, change own password), applied
 * per route with @UseGuards(ThrottlerGuard), never globally. Counted per client address AND username,
 * so one noisy office behind a NAT does not lock out its colleagues, in Redis shared by all instances.
 * Named `default` so the guard answers the standard `Retry-After` header (other names get a suffix).
 */
export function loginThrottlerOptions(redis: Redis, redisNamespace: string): ThrottlerModuleOptions {
  return {
    throttlers: [{ name: 'default', ttl: LOGIN_WINDOW_MS, limit: LOGIN_ATTEMPTS_PER_WINDOW }],
    storage: new RedisThrottlerStorage(redis, `${redisNamespace}:throttle:login:`),
    getTracker: (req: Record<string, unknown>) => trackerOf(req as unknown as TrackedRequest),
    errorMessage: (_context: ExecutionContext, detail) =>
      `Quá nhiều lần thử mật khẩu; thử lại sau ${detail.timeToBlockExpire} giây / ` +
      `Too many password attempts; try again in ${detail.timeToBlockExpire} s`,
  };
}

interface TrackedRequest extends AuthenticatedRequest {
  ip?: string;
  body?: unknown;
}

function trackerOf(request: TrackedRequest): string {
  const body = request.body as { username?: unknown } | undefined;
  const named = typeof body?.username === 'string' ? normalizeUsername(body.username).slice(0, 64) : undefined;
  const username = named ?? actorOf(request)?.username ?? '';
  return `${request.ip ?? 'unknown'}|${username}`;
}

/** 429 for an address that failed too many logins; the problem filter sends `Retry-After`. */
export class TooManyFailedLoginsError extends HttpException {
  constructor(readonly retryAfterSeconds: number) {
    super(
      `Quá nhiều lần đăng nhập sai từ địa chỉ này; thử lại sau ${retryAfterSeconds} giây / ` +
        `Too many failed logins from this address; try again in ${retryAfterSeconds} s`,
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}

/** Failed logins per client address, in the same Redis storage as the per-account throttle. */
export class AddressLoginThrottle {
  private readonly storage: RedisThrottlerStorage;

  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
  ) {
    this.storage = new RedisThrottlerStorage(redis, keyPrefix);
  }

  /** Throws TooManyFailedLoginsError while the address is blocked. Checked before the password is. */
  async assertAllowed(address: string): Promise<void> {
    const left = await this.redis.pttl(`${this.keyPrefix}address:${address}:block`);
    if (left > 0) throw new TooManyFailedLoginsError(Math.ceil(left / 1000));
  }

  /** Counts a failed login of the address; the failure that reaches the limit blocks it. */
  async recordFailure(address: string): Promise<void> {
    // The storage blocks when the count goes OVER its limit: after failure number ADDRESS_FAILURES_PER_WINDOW.
    const limit = ADDRESS_FAILURES_PER_WINDOW - 1;
    await this.storage.increment(address, ADDRESS_FAILURE_WINDOW_MS, limit, ADDRESS_BLOCK_MS, 'address');
  }
}
