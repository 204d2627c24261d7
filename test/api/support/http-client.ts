import type { Server } from 'node:http';
import request from 'supertest';

/** supertest with (or without) a bearer token already set: `await admin.post('/units', body).expect(201)`. */
export interface HttpClient {
  readonly token: string | undefined;
  get(path: string): request.Test;
  post(path: string, body?: object): request.Test;
  put(path: string, body?: object): request.Test;
  patch(path: string, body?: object): request.Test;
  delete(path: string): request.Test;
}

/**
 * `beforeRead`: awaited before every GET is sent (the harness passes its projector's settle, so a read
 * sees every event appended before it, as the read model will a moment later).
 */
export function httpClient(server: Server, token?: string, beforeRead?: () => Promise<void>): HttpClient {
  const authorized = (test: request.Test): request.Test =>
    token === undefined ? test : test.set('Authorization', `Bearer ${token}`);
  const afterSettling = (test: request.Test): request.Test => {
    if (beforeRead === undefined) return test;
    // supertest sends on end() (then() calls it): settle first, then send.
    const send = test.end.bind(test);
    test.end = (callback) => {
      beforeRead().then(
        () => send(callback),
        (error: unknown) => callback?.(error, undefined as never),
      );
      return test;
    };
    return test;
  };
  const withBody = (test: request.Test, body?: object): request.Test =>
    body === undefined ? authorized(test) : authorized(test).send(body);
  return {
    token,
    get: (path) => afterSettling(authorized(request(server).get(path))),
    post: (path, body) => withBody(request(server).post(path), body),
    put: (path, body) => withBody(request(server).put(path), body),
    patch: (path, body) => withBody(request(server).patch(path), body),
    delete: (path) => authorized(request(server).delete(path)),
  };
}
