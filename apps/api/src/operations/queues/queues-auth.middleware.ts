import { Injectable, NestMiddleware } from '@nestjs/common';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import type { NextFunction, Request, Response } from 'express';
import { AuthenticationGuard } from '../../auth/authentication.guard';
import { RolesGuard } from '../../auth/roles.guard';
import { QueuesAccess } from './queues-access';
import { queuesSessionToken } from './queues-session-cookie';

/**
 * In front of bull-board: the API's own guards (bearer token, then role), so the board takes exactly the
 * tokens the API takes — revoked, expired or no longer admin is refused the same way, as problem+json.
 * A browser cannot add a header to the board's page and asset loads, so the token may also come in the
 * session cookie POST /admin/queues/session sets; a header, when present, wins.
 */
@Injectable()
export class QueuesAuthMiddleware implements NestMiddleware {
  constructor(
    private readonly authentication: AuthenticationGuard,
    private readonly roles: RolesGuard,
  ) {}

  async use(request: Request, response: Response, next: NextFunction): Promise<void> {
    if (request.headers.authorization === undefined) {
      const token = queuesSessionToken(request.headers.cookie);
      if (token !== undefined) request.headers.authorization = `Bearer ${token}`;
    }
    const context = new ExecutionContextHost([request, response, next], QueuesAccess, QueuesAccess.prototype.board);
    await this.authentication.canActivate(context);
    this.roles.canActivate(context);
    next();
  }
}
