import { randomUUID } from 'node:crypto';
import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { PROBLEM_JSON, problemType, type ProblemDetails } from './problem-details';

/** What Node's HTTP parser refuses before any middleware runs, and how we answer it. */
const PARSE_ERRORS: Record<string, { status: number; code: string; detail: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    code: 'REQUEST_HEADERS_TOO_LARGE',
    detail:
      'Địa chỉ hoặc các tiêu đề của yêu cầu quá dài / The request line or headers are too large (a query string is part of them)',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    code: 'REQUEST_TIMEOUT',
    detail: 'Yêu cầu đến quá chậm / The request did not arrive in time',
  },
};

const MALFORMED = {
  status: 400,
  code: 'MALFORMED_REQUEST',
  detail: 'Yêu cầu HTTP không đúng cú pháp / The HTTP request is malformed',
};

/** The raw HTTP answer to a request the parser refused (nothing above the socket exists yet). */
export function clientErrorAnswer(errorCode: string | undefined, correlationId: string): string {
  const { status, code, detail } = PARSE_ERRORS[errorCode ?? ''] ?? MALFORMED;
  const problem: ProblemDetails = {
    type: problemType(code),
    title: STATUS_CODES[status] ?? 'Bad Request',
    status,
    detail,
    instance: '',
    code,
    correlationId,
  };
  const body = JSON.stringify(problem);
  return [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`,
    `Content-Type: ${PROBLEM_JSON}`,
    `Content-Length: ${Buffer.byteLength(body)}`,
    `X-Correlation-Id: ${correlationId}`,
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}

/**
 * Node answers a request its parser refuses (a query string beyond the 16 KiB header limit, a malformed request
 * line) with a bare status and no body, before Express exists for it. Answer as every other refusal does:
 * problem+json with a code and a correlation id, and tell `onRejection` (the edge-rejection metrics).
 */
export function answerClientErrors(
  server: Server,
  onRejection?: (rejection: { status: number; code: string }) => void,
): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // A reset connection, or one already answered, has nobody left to read an answer.
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const { status, code } = PARSE_ERRORS[error.code ?? ''] ?? MALFORMED;
    onRejection?.({ status, code });
    socket.end(clientErrorAnswer(error.code, randomUUID()));
  });
}
