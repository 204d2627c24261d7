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

export function httpClient(server: Server, token?: string): HttpClient {
  const authorized = (test: request.Test): request.Test =>
    token === undefined ? test : test.set('Authorization', `Bearer ${token}`);
  const withBody = (test: request.Test, body?: object): request.Test =>
    body === undefined ? authorized(test) : authorized(test).send(body);
  return {
    token,
    get: (path) => authorized(request(server).get(path)),
    post: (path, body) => withBody(request(server).post(path), body),
    put: (path, body) => withBody(request(server).put(path), body),
    patch: (path, body) => withBody(request(server).patch(path), body),
    delete: (path) => authorized(request(server).delete(path)),
  };
}
