import { HttpException, HttpStatus, Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Request, Response } from 'express';
import type Redis from 'ioredis';
import { REDIS, type PlatformConfig } from '@dti/platform';
import { RedisThrottlerStorage } from '../auth/redis-throttler.storage';

/** Requests per client address per window on the open-data routes (no login, so the address is all we have). */
export const OPEN_DATA_REQUESTS_PER_WINDOW = 60;
export const OPEN_DATA_WINDOW_MS = 60_000;

/**
 * Per-IP rate limit of the open data, counted in Redis (shared by every API instance) with the login
 * throttle's atomic script. Over the limit: 429 TOO_MANY_REQUESTS with Retry-After.
 */
@Injectable()
export class OpenDataRateLimitGuard implements CanActivate {
  private readonly storage: RedisThrottlerStorage;

  constructor(@Inject(REDIS) redis: Redis, config: ConfigService<PlatformConfig, true>) {
    this.storage = new RedisThrottlerStorage(redis, `${config.get('BULLMQ_PREFIX', { infer: true })}:throttle:`);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const record = await this.storage.increment(
      request.ip ?? 'unknown',
      OPEN_DATA_WINDOW_MS,
      OPEN_DATA_REQUESTS_PER_WINDOW,
      OPEN_DATA_WINDOW_MS,
      'open-data',
    );
    const response = context.switchToHttp().getResponse<Response>();
    response.setHeader('RateLimit-Limit', String(OPEN_DATA_REQUESTS_PER_WINDOW));
    response.setHeader('RateLimit-Remaining', String(Math.max(0, OPEN_DATA_REQUESTS_PER_WINDOW - record.totalHits)));
    if (record.isBlocked) {
      response.setHeader('Retry-After', String(Math.max(1, record.timeToBlockExpire)));
      throw new HttpException(
        `Quá nhiều yêu cầu dữ liệu mở; thử lại sau ${record.timeToBlockExpire} giây / ` +
          `Too many open-data requests; try again in ${record.timeToBlockExpire} s`,
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    return true;
  }
}
