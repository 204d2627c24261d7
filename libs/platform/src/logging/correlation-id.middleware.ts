import { Injectable, NestMiddleware } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { correlationIdOf } from './correlation-id';
import { RequestContext } from './request-context';

/** Runs the rest of the request inside a RequestContext carrying its correlation id. */
@Injectable()
export class CorrelationIdMiddleware implements NestMiddleware {
  use(req: IncomingMessage, res: ServerResponse, next: () => void): void {
    RequestContext.run({ correlationId: correlationIdOf(req, res) }, next);
  }
}
