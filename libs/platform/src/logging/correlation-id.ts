import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const CORRELATION_ID_HEADER = 'x-correlation-id';

// A caller-supplied id is echoed into logs and headers: keep it short and free of control characters
// so it cannot forge log lines or split headers.
const ACCEPTABLE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

const resolved = new WeakMap<IncomingMessage, string>();

/**
 * The request's correlation id: the caller's `X-Correlation-Id` when it is acceptable, else a new
 * uuid. Idempotent per request, so pino-http's genReqId and the context middleware agree whichever
 * runs first; the id is echoed in the response header.
 */
export function correlationIdOf(req: IncomingMessage, res?: ServerResponse): string {
  let id = resolved.get(req);
  if (id === undefined) {
    const header = req.headers[CORRELATION_ID_HEADER];
    const candidate = Array.isArray(header) ? header[0] : header;
    id = candidate !== undefined && ACCEPTABLE_ID.test(candidate) ? candidate : randomUUID();
    resolved.set(req, id);
  }
  if (res && !res.headersSent && res.getHeader(CORRELATION_ID_HEADER) === undefined) {
    res.setHeader(CORRELATION_ID_HEADER, id);
  }
  return id;
}
