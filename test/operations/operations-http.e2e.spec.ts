import request from 'supertest';
import { startApiTestApp, type ApiTestApp } from '../api/support';

/**
 * The API's operations endpoints: /metrics for Prometheus, /health/ready with the read side's figures,
 * and bull-board at /admin/queues for admins only (bearer header, or the session cookie a browser gets
 * from POST /admin/queues/session).
 */
describe('operations over HTTP', () => {
  let api: ApiTestApp;

  beforeAll(async () => {
    api = await startApiTestApp();
  });

  afterAll(async () => {
    await api?.close();
  });

  it('serves Prometheus metrics: HTTP durations by route, projection lag, queue depths, parked jobs', async () => {
    await request(api.server).get('/health').expect(200);
    const response = await request(api.server).get('/metrics').expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    const text = response.text;
    for (const name of [
      'dti_projection_lag_events',
      'dti_projection_lag_seconds',
      'dti_projection_parked_jobs',
      'dti_projection_checkpoint_position',
      'dti_event_store_head_position',
      'dti_api_process_cpu_user_seconds_total',
      'dti_api_nodejs_eventloop_lag_seconds',
    ]) {
      expect(text).toMatch(new RegExp(`^${name} `, 'm'));
    }
    for (const state of ['waiting', 'active', 'delayed', 'prioritized', 'failed']) {
      expect(text).toMatch(new RegExp(`^dti_projection_queue_jobs\\{state="${state}"\\} \\d+$`, 'm'));
    }
    expect(text).toMatch(
      /^dti_http_request_duration_seconds_count\{method="GET",route="\/health",status_code="200"\} \d+$/m,
    );
    // The app's read model has no projector running: every seeded event is still waiting.
    const lag = Number(/^dti_projection_lag_events (\S+)$/m.exec(text)?.[1]);
    expect(lag).toBeGreaterThan(0);
  });

  it('reports lag, queue depths and parked jobs in /health/ready without failing readiness', async () => {
    const response = await request(api.server).get('/health/ready').expect(200);
    expect(response.body.details.projections).toEqual({
      status: 'up',
      checkpoint: '0',
      head: expect.stringMatching(/^\d+$/),
      lagEvents: expect.any(Number),
      lagEventsAtLeast: false,
      lagSeconds: expect.any(Number),
      queue: { waiting: 0, active: 0, delayed: 0, prioritized: 0, failed: 0 },
      parked: 0,
    });
  });

  it('lets only admins into bull-board: bearer header, or the session cookie', async () => {
    const admin = await api.login('admin');
    const reviewer = await api.login('reviewer');

    const anonymous = await request(api.server).get('/admin/queues').expect(401);
    expect(anonymous.body.code).toBe('UNAUTHENTICATED');
    expect(anonymous.headers['www-authenticate']).toMatch(/^Bearer/);
    const refused = await request(api.server)
      .get('/admin/queues/api/queues')
      .set('Authorization', `Bearer ${reviewer}`);
    expect([refused.status, refused.body.code]).toEqual([403, 'ROLE_NOT_ALLOWED']);
    await request(api.server).get('/admin/queues').set('Authorization', 'Bearer not-a-token').expect(401);

    const page = await request(api.server).get('/admin/queues').set('Authorization', `Bearer ${admin}`).expect(200);
    expect(page.headers['content-type']).toMatch(/html/);
    const queues = await request(api.server).get('/admin/queues/api/queues').set('Authorization', `Bearer ${admin}`);
    expect(queues.status).toBe(200);
    expect(queues.body.queues.map((queue: { name: string }) => queue.name)).toEqual(['projections']);

    // A browser: the session endpoint turns the bearer token into a cookie the board's pages carry.
    const session = await request(api.server)
      .post('/admin/queues/session')
      .set('Authorization', `Bearer ${admin}`)
      .expect(204);
    const cookie = String(session.headers['set-cookie']);
    expect(cookie).toMatch(/^dti_queues_session=[^;]+; Path=\/admin\/queues; Max-Age=900; HttpOnly; SameSite=Strict/);
    const pair = cookie.split(';')[0];
    await request(api.server).get('/admin/queues/api/queues').set('Cookie', pair).expect(200);
    // The page's own assets load by navigation too, with the cookie alone.
    expect(page.text).toContain('<base href="/admin/queues/"');
    const script = /src="(static\/js\/main\.[^"]+)"/.exec(page.text)?.[1];
    expect(script).toBeDefined();
    await request(api.server).get(`/admin/queues/${script}`).set('Cookie', pair).expect(200);
    await request(api.server).get(`/admin/queues/${script}`).expect(401);
    await request(api.server).get('/admin/queues').set('Cookie', 'dti_queues_session=forged').expect(401);
    // Only an admin may open a session; a reviewer's cookie would not get in either.
    await request(api.server).post('/admin/queues/session').set('Authorization', `Bearer ${reviewer}`).expect(403);
    await request(api.server).get('/admin/queues').set('Cookie', `dti_queues_session=${reviewer}`).expect(403);
    const closed = await request(api.server)
      .delete('/admin/queues/session')
      .set('Authorization', `Bearer ${admin}`)
      .expect(204);
    expect(String(closed.headers['set-cookie'])).toMatch(/^dti_queues_session=; Path=\/admin\/queues; Max-Age=0/);
  });
});

describe('metrics behind METRICS_TOKEN', () => {
  let api: ApiTestApp;

  beforeAll(async () => {
    api = await startApiTestApp({ env: { METRICS_TOKEN: 'scrape-secret-of-the-test' }, seedAccounts: false });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('wants the static token, not a user session', async () => {
    const refused = await request(api.server).get('/metrics').expect(401);
    expect(refused.body.code).toBe('METRICS_TOKEN_REQUIRED');
    expect(refused.headers['www-authenticate']).toBe('Bearer realm="dti-hue-metrics"');
    await request(api.server).get('/metrics').set('Authorization', 'Bearer scrape-secret-of-the-tesT').expect(401);
    const scraped = await request(api.server)
      .get('/metrics')
      .set('Authorization', 'Bearer scrape-secret-of-the-test')
      .expect(200);
    expect(scraped.text).toMatch(/^dti_projection_lag_events /m);
  });
});
