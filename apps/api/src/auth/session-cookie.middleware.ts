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
    if (request.headers.authorization === undefined) {
      const token = sessionTokenOf(request.headers.cookie);
      if (token !== undefined) {
        if (!isSafeMethod(request.method) && !isValidCsrfToken(request.headers['x-csrf-token'], token, this.secret)) {
          // Logging out must work even when the page lost its CSRF token: it only clears our own cookie.
          if (!(request.method === 'DELETE' && request.path === '/auth/session')) throw new CsrfRefusedError();
        } else {
          request.headers.authorization = `Bearer ${token}`;
        }
      }
    }
    next();
  }
}
