import type { IncomingMessage, ServerResponse } from 'node:http';
import { correlationIdOf } from './correlation-id';
import { RequestContext } from './request-context';

function request(header?: string | string[]): IncomingMessage {
  return { headers: header === undefined ? {} : { 'x-correlation-id': header } } as unknown as IncomingMessage;
}

function response(): ServerResponse & { headers: Record<string, unknown> } {
  const headers: Record<string, unknown> = {};
  return {
    headers,
    headersSent: false,
    getHeader: (name: string) => headers[name],
    setHeader: (name: string, value: unknown) => {
      headers[name] = value;
    },
  } as unknown as ServerResponse & { headers: Record<string, unknown> };
}

describe('correlationIdOf', () => {
  it('keeps an acceptable caller id and echoes it', () => {
    const res = response();
    expect(correlationIdOf(request('order-7:retry.2_a'), res)).toBe('order-7:retry.2_a');
    expect(res.headers['x-correlation-id']).toBe('order-7:retry.2_a');
  });

  it.each([['has space'], ['line\nbreak'], ['x'.repeat(129)], ['']])('replaces an unacceptable id (%j)', (bad) => {
    expect(correlationIdOf(request(bad))).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('is stable for one request, whoever asks first', () => {
    const req = request();
    const id = correlationIdOf(req);
    expect(correlationIdOf(req, response())).toBe(id);
  });

  it('takes the first of repeated headers', () => {
    expect(correlationIdOf(request(['first', 'second']))).toBe('first');
  });
});

describe('RequestContext', () => {
  it('exposes the correlation id inside run, across awaits, and nothing outside', async () => {
    expect(RequestContext.correlationId()).toBeUndefined();
    await RequestContext.run({ correlationId: 'c-1' }, async () => {
      await new Promise((resolve) => setImmediate(resolve));
      expect(RequestContext.correlationId()).toBe('c-1');
    });
    expect(RequestContext.correlationId()).toBeUndefined();
  });
});
