import { Injectable, NestMiddleware } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import { findHostileInput } from './hostile-input';
import { RequestValidationError } from './request-validation.error';

/**
 * Every parsed JSON body, on every route (with or without a DTO, authenticated or not), is checked for
 * values no field may hold before guards, pipes or handlers touch it: a 40,000-level body must not reach
 * a recursive validator, and a NUL must not reach the event store. The problem-details filter answers
 * 400 VALIDATION_FAILED naming each field.
 */
@Injectable()
export class HostileInputMiddleware implements NestMiddleware {
  use(req: IncomingMessage & { body?: unknown }, _res: unknown, next: (error?: unknown) => void): void {
    const body = req.body;
    if (typeof body === 'object' && body !== null) {
      const findings = findHostileInput(body);
      if (findings.length > 0) throw new RequestValidationError(findings);
    }
    next();
  }
}
