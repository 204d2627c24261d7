import { Injectable, NestMiddleware } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { NextFunction, Request, Response } from 'express';
import type { PlatformConfig } from '@dti/platform';
import { CsrfRefusedError } from './auth.errors';
import { isSafeMethod, isValidCsrfToken, sessionTokenOf } from './session-cookie';

/**
 * Lets the browser's session cookie stand in for the bearer header, so the guards treat both alike.
 * A request that sends a header is a script's and keeps its header; a cookie-borne request that changes
 * something must prove with X-CSRF-Token that it came from our page (403 CSRF_TOKEN_INVALID otherwise).
 */
@Injectable()
export class SessionCookieMiddleware implements NestMiddleware {
  private readonly secret: string;

  constructor(config: ConfigService<PlatformConfig, true>) {
    this.secret = config.get('JWT_SECRET', { infer: true });
  }

  use(request: Request, _response: Response, next: NextFunction): void {
    // Logging in and out are public and must work whatever stale cookie the browser still holds.
    if (request.path === '/auth/session' && (request.method === 'POST' || request.method === 'DELETE')) return next();
    if (request.headers.authorization === undefined) {
      const token = sessionTokenOf(request.headers.cookie);
      if (token !== undefined) {
        if (!isSafeMethod(request.method) && !isValidCsrfToken(request.headers['x-csrf-token'], token, this.secret)) {
          throw new CsrfRefusedError();
        }
        request.headers.authorization = `Bearer ${token}`;
      }
    }
    next();
  }
}
