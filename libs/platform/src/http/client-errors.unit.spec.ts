import { clientErrorAnswer } from './client-errors';

function parse(answer: string): { status: string; headers: string[]; body: Record<string, unknown> } {
  const [head, body] = answer.split('\r\n\r\n');
  const [status, ...headers] = head!.split('\r\n');
  return { status: status!, headers, body: JSON.parse(body!) as Record<string, unknown> };
}

describe('clientErrorAnswer (requests Node refuses before Express)', () => {
  it('answers a header overflow (a huge query string) 431 as problem+json with its code and correlation id', () => {
    const answer = parse(clientErrorAnswer('HPE_HEADER_OVERFLOW', 'c0ffee'));
    expect(answer.status).toBe('HTTP/1.1 431 Request Header Fields Too Large');
    expect(answer.headers).toEqual(
      expect.arrayContaining([
        'Content-Type: application/problem+json',
        'X-Correlation-Id: c0ffee',
        'Connection: close',
      ]),
    );
    expect(answer.body).toMatchObject({ status: 431, code: 'REQUEST_HEADERS_TOO_LARGE', correlationId: 'c0ffee' });
  });

  it('answers a slow request 408 and anything else the parser refuses 400', () => {
    expect(parse(clientErrorAnswer('ERR_HTTP_REQUEST_TIMEOUT', 'x')).body).toMatchObject({
      status: 408,
      code: 'REQUEST_TIMEOUT',
    });
    expect(parse(clientErrorAnswer('HPE_INVALID_METHOD', 'x')).body).toMatchObject({
      status: 400,
      code: 'MALFORMED_REQUEST',
    });
    expect(parse(clientErrorAnswer(undefined, 'x')).status).toBe('HTTP/1.1 400 Bad Request');
  });

  it('states the body length in bytes (the detail is Vietnamese: multi-byte)', () => {
    const answer = clientErrorAnswer('HPE_HEADER_OVERFLOW', 'x');
    const [, body] = answer.split('\r\n\r\n');
    expect(answer).toContain(`Content-Length: ${Buffer.byteLength(body!)}`);
    expect(Buffer.byteLength(body!)).toBeGreaterThan(body!.length);
  });
});
