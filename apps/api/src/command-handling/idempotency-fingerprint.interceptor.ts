import { CallHandler, ExecutionContext, Inject, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type Redis from 'ioredis';
import { Observable, from, lastValueFrom } from 'rxjs';
import { REDIS, type PlatformConfig } from '@dti/platform';
import { actorOf, type AuthenticatedRequest } from '../auth/authenticated-request';
import { requestTarget } from './command-envelope.factory';
import { IDEMPOTENCY_KEY_HEADER, commandIdOf, readIdempotencyKey } from './idempotency-key';
import { requestFingerprint } from './request-fingerprint';

/** How long a key remembers the body it was first used with. Retries come within minutes; a month is ample. */
export const IDEMPOTENCY_FINGERPRINT_TTL_SECONDS = 30 * 24 * 3600;

const COMMAND_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** An Idempotency-Key sent again with a different body: the key names one operation, not a slot to reuse. */
export class IdempotencyKeyReusedError extends Error {
  override readonly name = 'IdempotencyKeyReusedError';
  readonly code = 'IDEMPOTENCY_KEY_REUSED' as const;
  readonly details = { header: 'Idempotency-Key' };

  constructor() {
    super(
      'Khóa Idempotency-Key này đã được dùng cho một yêu cầu có nội dung khác; dùng khóa mới cho yêu cầu mới / ' +
        'This Idempotency-Key was already used with a different request body; use a new key for a new request',
    );
  }
}

interface FingerprintedRequest extends AuthenticatedRequest {
  body?: unknown;
}

/**
 * Remembers, in Redis, the fingerprint of the body each Idempotency-Key was first used with (per account,
 * method and path: the command id), and refuses the key with another body: 422 IDEMPOTENCY_KEY_REUSED
 * (IETF Idempotency-Key draft). Claimed before the command runs, so two different bodies racing cannot
 * both pass; released when the command fails, so a corrected body may use the key. A retry with the same
 * body goes through and executeOnStream answers it from the stored events. Multipart bodies are parsed
 * after this runs and are not fingerprinted. If Redis cannot be reached, commands go on as before
 * (answered from the first result), with a warning.
 */
@Injectable()
export class IdempotencyFingerprintInterceptor implements NestInterceptor {
  private readonly logger = new Logger(IdempotencyFingerprintInterceptor.name);
  private readonly keyPrefix: string;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    config: ConfigService<PlatformConfig, true>,
  ) {
    this.keyPrefix = `${config.get('BULLMQ_PREFIX', { infer: true })}:idempotency:`;
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<FingerprintedRequest>();
    const key = this.keyOf(request);
    if (key === undefined) return next.handle();
    return from(this.run(key, requestFingerprint(request.body), next));
  }

  private keyOf(request: FingerprintedRequest): string | undefined {
    if (!COMMAND_METHODS.has(request.method.toUpperCase())) return undefined;
    const contentType = request.headers['content-type'];
    if (typeof contentType === 'string' && contentType.toLowerCase().startsWith('multipart/')) return undefined;
    const actor = actorOf(request);
    if (actor === undefined) return undefined;
    let idempotencyKey: string | undefined;
    try {
      idempotencyKey = readIdempotencyKey(request.headers[IDEMPOTENCY_KEY_HEADER]);
    } catch {
      return undefined; // @Envelope() answers the malformed header with 400 INVALID_IDEMPOTENCY_KEY.
    }
    if (idempotencyKey === undefined) return undefined;
    const target = requestTarget(request.method, request.originalUrl ?? request.url);
    return `${this.keyPrefix}${commandIdOf({ actor: actor.username, target, idempotencyKey })}`;
  }

  private async run(key: string, fingerprint: string, next: CallHandler): Promise<unknown> {
    const claimed = await this.claim(key, fingerprint);
    try {
      return await lastValueFrom(next.handle(), { defaultValue: undefined });
    } catch (error) {
      if (claimed) await this.release(key, fingerprint);
      throw error;
    }
  }

  /** True when this request claimed the key now; throws when the key holds another body's fingerprint. */
  private async claim(key: string, fingerprint: string): Promise<boolean> {
    let stored: string | null;
    try {
      const set = await this.redis.set(key, fingerprint, 'EX', IDEMPOTENCY_FINGERPRINT_TTL_SECONDS, 'NX');
      if (set === 'OK') return true;
      stored = await this.redis.get(key);
    } catch (error) {
      this.logger.warn(
        `Idempotency fingerprint not checked (Redis): ${error instanceof Error ? error.message : String(error)}`,
      );
      return false;
    }
    if (stored !== null && stored !== fingerprint) throw new IdempotencyKeyReusedError();
    return false;
  }

  private async release(key: string, fingerprint: string): Promise<void> {
    try {
      // Only our own claim: a concurrent identical retry may hold it too, and that is the same body.
      if ((await this.redis.get(key)) === fingerprint) await this.redis.del(key);
    } catch {
      // The claim expires on its own; a later different body would then meet the first result, as before.
    }
  }
}
