import { Injectable, NestMiddleware } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { correlationIdOf } from './correlation-id';
import { RequestContext } from './request-context';

/** Runs the rest of the request inside a RequestContext carrying its correlation id and client address. */
@Injectable()
export class CorrelationIdMiddleware implements NestMiddleware {
  use(req: IncomingMessage & { ip?: string }, res: ServerResponse, next: () => void): void {
    // Express's req.ip honours the app's "trust proxy" setting; the socket's address otherwise.
    const clientAddress = req.ip ?? req.socket?.remoteAddress;
    RequestContext.run(
      { correlationId: correlationIdOf(req, res), ...(clientAddress === undefined ? {} : { clientAddress }) },
      next,
    );
  }
}
