import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Logger } from 'nestjs-pino';
import request from 'supertest';
import { AppModule } from '../../apps/api/src/app.module';
import { ProjectorModule } from '../../apps/projector/src/projector.module';
import { platformTestEnv, useEnv } from './support/platform-test-env';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function boot(rootModule: typeof AppModule | typeof ProjectorModule): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({ imports: [rootModule] }).compile();
  const app = moduleRef.createNestApplication({ bufferLogs: true });
  app.useLogger(app.get(Logger));
  await app.init();
  return app;
}

describe('health endpoints against the real PostgreSQL, Redis and event store', () => {
  const run = platformTestEnv();
  let api: INestApplication;

  beforeAll(async () => {
    useEnv(run.env);
    api = await boot(AppModule);
  });

  afterAll(async () => {
    await api?.close();
    await run.cleanUp();
  });

  it('GET /health answers 200 without touching any dependency', async () => {
    const response = await request(api.getHttpServer()).get('/health').expect(200);
    expect(response.body).toEqual({ status: 'ok', info: {}, error: {}, details: {} });
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('GET /health/ready answers 200 with one entry per dependency', async () => {
    const response = await request(api.getHttpServer()).get('/health/ready').expect(200);
    expect(response.body.status).toBe('ok');
    expect(response.body.details).toEqual({
      postgres: { status: 'up' },
      redis: { status: 'up', latencyMs: expect.any(Number) },
      eventStore: { status: 'up', adapter: 'postgresql', latencyMs: expect.any(Number) },
      // Informational: this app's read model was never migrated, so lag and parked jobs are unavailable.
      projections: expect.objectContaining({ status: 'up', queue: expect.objectContaining({ waiting: 0 }) }),
    });
  });

  it('echoes the caller X-Correlation-Id, or generates one', async () => {
    const echoed = await request(api.getHttpServer())
      .get('/health')
      .set('X-Correlation-Id', 'req-42.a_b:c')
      .expect(200);
    expect(echoed.headers['x-correlation-id']).toBe('req-42.a_b:c');

    const generated = await request(api.getHttpServer()).get('/health').expect(200);
    expect(generated.headers['x-correlation-id']).toMatch(UUID);

    // Ids that could forge log lines or split headers are replaced, not echoed.
    const replaced = await request(api.getHttpServer())
      .get('/health')
      .set('X-Correlation-Id', 'a b<script>')
      .expect(200);
    expect(replaced.headers['x-correlation-id']).toMatch(UUID);
  });

  it('serves the OpenAPI description with bearer auth declared', async () => {
    // OpenAPI is set up by main.ts; do the same here on a fresh app.
    const { setupOpenApi } = await import('../../apps/api/src/openapi');
    const app = await (async () => {
      const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
      const created = moduleRef.createNestApplication({ bufferLogs: true });
      created.useLogger(created.get(Logger));
      setupOpenApi(created);
      await created.init();
      return created;
    })();
    try {
      const json = await request(app.getHttpServer()).get('/docs-json').expect(200);
      expect(json.body.openapi).toMatch(/^3\./);
      expect(json.body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
      expect(Object.keys(json.body.paths)).toEqual(expect.arrayContaining(['/health', '/health/ready']));
      await request(app.getHttpServer()).get('/docs').expect(200).expect('Content-Type', /html/);
    } finally {
      await app.close();
    }
  });

  it('answers 503 naming the dependency that is down, and still 200 on liveness', async () => {
    // Nothing listens on port 1: Redis is "down" while PostgreSQL and the event store are up.
    useEnv({ ...run.env, REDIS_URL: 'redis://127.0.0.1:1', HEALTH_TIMEOUT_MS: '500' });
    const degraded = await boot(AppModule);
    try {
      const response = await request(degraded.getHttpServer()).get('/health/ready').expect(503);
      expect(response.body.status).toBe('error');
      expect(response.body.error.redis).toMatchObject({ status: 'down', message: expect.any(String) });
      expect(response.body.details.postgres).toEqual({ status: 'up' });
      expect(response.body.details.eventStore).toMatchObject({ status: 'up' });
      await request(degraded.getHttpServer()).get('/health').expect(200);
    } finally {
      await degraded.close();
      useEnv(run.env);
    }
  });

  it('the projector serves the same probes', async () => {
    const projector = await boot(ProjectorModule);
    try {
      await request(projector.getHttpServer()).get('/health').expect(200);
      const ready = await request(projector.getHttpServer()).get('/health/ready').expect(200);
      expect(Object.keys(ready.body.details).sort()).toEqual(['eventStore', 'postgres', 'projections', 'redis']);
    } finally {
      await projector.close();
    }
  });
});
