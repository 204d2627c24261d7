import { Test } from '@nestjs/testing';
import type { INestApplication } from '@nestjs/common';
import { Logger } from 'nestjs-pino';
import request from 'supertest';
import { configureHttpEdge } from '@dti/platform';
import { AppModule } from '../../apps/api/src/app.module';
import { buildOpenApiDocument, setupOpenApi } from '../../apps/api/src/openapi';
import { startApiTestApp, type ApiTestApp } from './support';

/**
 * Issue #11, part 2, at the HTTP edge: errors raised before routing, security headers on every response,
 * Cache-Control on answers carrying tokens, CORS closed unless configured, /docs with or without a slash.
 */
describe('HTTP edge (e2e)', () => {
  let api: ApiTestApp;

  beforeAll(async () => {
    api = await startApiTestApp({ seedAccounts: true, projector: true });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('answers malformed JSON with 400 MALFORMED_JSON carrying the correlation id, and counts it in /metrics', async () => {
    const response = await request(api.server)
      .post('/auth/login')
      .set('Content-Type', 'application/json')
      .set('X-Correlation-Id', 'edge-malformed-1')
      .send('{"username": "admin", ');
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.headers['x-correlation-id']).toBe('edge-malformed-1');
    expect(response.body).toMatchObject({ code: 'MALFORMED_JSON', correlationId: 'edge-malformed-1' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');

    const metrics = await request(api.server).get('/metrics').expect(200);
    expect(metrics.text).toMatch(
      /dti_http_rejected_before_routing_total\{method="POST",status_code="400",code="MALFORMED_JSON"\} [1-9]/,
    );
  });

  it('answers a body over the limit with 413 problem+json carrying a generated correlation id, counted', async () => {
    const response = await request(api.server)
      .post('/auth/login')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ username: 'admin', password: 'x'.repeat(200_000) }));
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
    expect(response.body.correlationId).toEqual(response.headers['x-correlation-id']);
    expect(response.body.correlationId).toMatch(/^[0-9a-f-]{36}$/);
    const metrics = await request(api.server).get('/metrics').expect(200);
    expect(metrics.text).toMatch(
      /dti_http_rejected_before_routing_total\{method="POST",status_code="413",code="PAYLOAD_TOO_LARGE"\} [1-9]/,
    );
  });

  it.each(['/health', '/units', '/no-such-route', '/metrics'])('sets the security headers on %s', async (path) => {
    const response = await request(api.server).get(path);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    const csp = response.headers['content-security-policy'] as string;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('marks answers carrying tokens no-store, and not the others', async () => {
    const login = await request(api.server)
      .post('/auth/login')
      .send({ username: 'admin', password: 'test-password-of-admin' });
    expect(login.status).toBe(200);
    expect(login.headers['cache-control']).toBe('no-store');
    const token = (login.body as { accessToken: string }).accessToken;
    const refresh = await request(api.server).post('/auth/refresh').set('Authorization', `Bearer ${token}`);
    expect(refresh.headers['cache-control']).toBe('no-store');
    const failed = await request(api.server)
      .post('/auth/login')
      .send({ username: 'admin', password: 'wrong-password!' });
    expect(failed.headers['cache-control']).toBe('no-store');
    const units = await request(api.server).get('/units').set('Authorization', `Bearer ${token}`);
    expect(units.headers['cache-control']).not.toBe('no-store');
  });

  it('lists in OpenAPI the answers every route can give: 400, 413 for bodies, 422 for a reused Idempotency-Key', () => {
    const document = buildOpenApiDocument(api.app);
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      (['get', 'post', 'put', 'patch', 'delete'] as const)
        .filter((method) => item[method] !== undefined)
        .map((method) => ({ route: `${method.toUpperCase()} ${path}`, method, operation: item[method]! })),
    );
    expect(operations.length).toBeGreaterThan(30);
    for (const { route, method, operation } of operations) {
      expect({ route, has400: '400' in operation.responses }).toEqual({ route, has400: true });
      if (method !== 'get' && method !== 'delete')
        expect({ route, has413: '413' in operation.responses }).toEqual({ route, has413: true });
    }
    const login = document.paths['/auth/login']!.post!;
    expect(Object.keys(login.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '403', '413', '429']));
    const submit = document.paths['/assessments/{unit}/{period}/criteria/{criterion}/submissions']!.post!;
    expect(JSON.stringify(submit.responses['422'])).toContain('IDEMPOTENCY_KEY_REUSED');
  });

  it('keeps CORS closed when CORS_ORIGINS is not set', async () => {
    const preflight = await request(api.server)
      .options('/auth/login')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'POST');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    const simple = await request(api.server).get('/health').set('Origin', 'https://evil.example');
    expect(simple.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('HTTP edge with CORS_ORIGINS and OpenAPI (e2e)', () => {
  let api: ApiTestApp;
  let app: INestApplication;

  beforeAll(async () => {
    api = await startApiTestApp({
      env: { CORS_ORIGINS: 'https://dti.thuathienhue.gov.vn, http://localhost:5173' },
      seedUnits: false,
    });
    // As main.ts boots it: the edge first, then OpenAPI, on the same settings.
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
    app = moduleRef.createNestApplication({ bufferLogs: true });
    app.useLogger(app.get(Logger));
    configureHttpEdge(app);
    setupOpenApi(app);
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
    await api?.close();
  });

  it('allows exactly the configured origins', async () => {
    const allowed = await request(app.getHttpServer())
      .options('/auth/login')
      .set('Origin', 'http://localhost:5173')
      .set('Access-Control-Request-Method', 'POST');
    expect(allowed.status).toBe(204);
    expect(allowed.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    const refused = await request(app.getHttpServer())
      .options('/auth/login')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'POST');
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();
  });

  it.each(['/docs', '/docs/'])('serves Swagger UI at %s with the security headers', async (path) => {
    const response = await request(app.getHttpServer()).get(path).redirects(2);
    expect(response.status).toBe(200);
    expect(response.text).toContain('swagger-ui');
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });
});
