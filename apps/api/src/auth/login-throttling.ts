import type { ExecutionContext } from '@nestjs/common';
import type { ThrottlerModuleOptions } from '@nestjs/throttler';
import type Redis from 'ioredis';
import { normalizeUsername } from '@dti/domain';
import { actorOf, type AuthenticatedRequest } from './authenticated-request';
import { RedisThrottlerStorage } from './redis-throttler.storage';

/** Password guesses allowed per client address and username in LOGIN_WINDOW_MS. */
export const LOGIN_ATTEMPTS_PER_WINDOW = 10;
export const LOGIN_WINDOW_MS = 60_000;

/**
 * The throttler guarding the endpoints that check a password (login, change own password), applied
 * per route with @UseGuards(ThrottlerGuard), never globally. Counted per client address AND username,
 * so one noisy office behind a NAT does not lock out its colleagues, in Redis shared by all instances.
 */
export function loginThrottlerOptions(redis: Redis, redisNamespace: string): ThrottlerModuleOptions {
  return {
    throttlers: [{ name: 'login', ttl: LOGIN_WINDOW_MS, limit: LOGIN_ATTEMPTS_PER_WINDOW }],
    storage: new RedisThrottlerStorage(redis, `${redisNamespace}:throttle:`),
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
