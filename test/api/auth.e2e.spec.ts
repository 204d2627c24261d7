import { LOGIN_ATTEMPTS_PER_WINDOW } from '../../apps/api/src/auth/login-throttling';
import { startApiTestApp, type ApiTestApp } from './support';

const PROBLEM = /application\/problem\+json/;

describe('authentication (real app, PostgreSQL event store, Redis)', () => {
  let api: ApiTestApp;

  beforeAll(async () => {
    api = await startApiTestApp({ projector: true });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('logs in with a username and password and answers a bearer token', async () => {
    const response = await api.anonymous
      .post('/auth/login', { username: 'reviewer', password: 'test-password-of-reviewer' })
      .expect(200);
    expect(response.body).toEqual({ accessToken: expect.any(String), expiresIn: 3600, tokenType: 'Bearer' });
    const me = await api.client(response.body.accessToken).get('/auth/me').expect(200);
    expect(me.body).toMatchObject({ username: 'reviewer', role: 'reviewer', unit: null, status: 'active' });
  });

  it('accepts the username in any case and with spaces around it', async () => {
    await api.anonymous
      .post('/auth/login', { username: '  Inspector ', password: 'test-password-of-inspector' })
      .expect(200);
  });

  it('answers a wrong password and an unknown username alike: 401 INVALID_CREDENTIALS', async () => {
    const wrong = await api.anonymous
      .post('/auth/login', { username: 'lead', password: 'not-the-password' })
      .expect(401)
      .expect('Content-Type', PROBLEM);
    const unknown = await api.anonymous
      .post('/auth/login', { username: 'nobody.here', password: 'not-the-password' })
      .expect(401);
    expect(wrong.body).toMatchObject({ status: 401, code: 'INVALID_CREDENTIALS' });
    expect(wrong.headers['www-authenticate']).toBe('Bearer realm="dti-hue"');
    expect(unknown.body.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.body.detail).toBe(wrong.body.detail);
  });

  it('refuses a malformed login body with 400 naming the field', async () => {
    const response = await api.anonymous.post('/auth/login', { username: 'admin' }).expect(400);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toContain('password');
  });

  it('requires a bearer token everywhere but public routes: 401 problem+json with a challenge', async () => {
    const response = await api.anonymous.get('/accounts').expect(401).expect('Content-Type', PROBLEM);
    expect(response.body).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(response.headers['www-authenticate']).toBe('Bearer realm="dti-hue"');
    await api.anonymous.get('/health').expect(200);
  });

  it('refuses a forged, malformed or expired token with 401', async () => {
    const token = await api.login('admin');
    const [header, payload] = token.split('.');
    const forged = `${header}.${payload}.c2lnbmF0dXJlLW9mLXNvbWVvbmUtZWxzZQ`;
    const refused = await api.client(forged).get('/accounts').expect(401);
    expect(refused.body.code).toBe('INVALID_TOKEN');
    expect(refused.headers['www-authenticate']).toContain('error="invalid_token"');
    await api.anonymous.get('/accounts').set('Authorization', 'Basic YWRtaW46eA==').expect(401);

    const jwt = api.app.get((await import('@nestjs/jwt')).JwtService);
    const expired = await jwt.signAsync({ role: 'admin', unit: null, sv: -1 }, { subject: 'admin', expiresIn: -10 });
    const late = await api.client(expired).get('/accounts').expect(401);
    expect(late.body.code).toBe('TOKEN_EXPIRED');
  });

  it('answers 403 ROLE_NOT_ALLOWED to a role the route does not declare', async () => {
    const reviewer = await api.as('reviewer');
    const response = await reviewer.get('/accounts').expect(403).expect('Content-Type', PROBLEM);
    expect(response.body).toMatchObject({
      code: 'ROLE_NOT_ALLOWED',
      details: { role: 'reviewer', allowedRoles: ['admin'], route: 'GET /accounts' },
    });
  });

  it('re-issues a token for a valid one (POST /auth/refresh)', async () => {
    const leader = await api.as('leader');
    const refreshed = await leader.post('/auth/refresh').expect(200);
    expect(refreshed.body.tokenType).toBe('Bearer');
    await api.client(refreshed.body.accessToken).get('/auth/me').expect(200);
  });

  it(`limits password attempts to ${LOGIN_ATTEMPTS_PER_WINDOW} a minute per address and username: 429 problem+json`, async () => {
    const attempt = (username: string) =>
      api.anonymous.post('/auth/login', { username, password: 'guessing-the-password' });
    for (let i = 0; i < LOGIN_ATTEMPTS_PER_WINDOW; i += 1) await attempt('sub-snv').expect(401);
    const limited = await attempt('sub-snv').expect(429).expect('Content-Type', PROBLEM);
    expect(limited.body).toMatchObject({ status: 429, code: 'TOO_MANY_REQUESTS' });
    expect(Number(limited.headers['retry-after-login'] ?? limited.headers['retry-after'])).toBeGreaterThan(0);
    // Even the right password waits out the block; another username from the same address does not.
    await api.anonymous.post('/auth/login', { username: 'sub-snv', password: 'test-password-of-sub-snv' }).expect(429);
    await api.anonymous
      .post('/auth/login', { username: 'sub-sgtvt', password: 'test-password-of-sub-sgtvt' })
      .expect(200);
  });

  it('lets users change their own password: needs the current one, revokes older tokens, returns a new one', async () => {
    const oldToken = await api.login('sub-skhdt');
    const holder = api.client(oldToken);
    const wrong = await holder
      .post('/auth/password', { currentPassword: 'not-my-password', newPassword: 'a-brand-new-password' })
      .expect(403);
    expect(wrong.body.code).toBe('WRONG_CURRENT_PASSWORD');
    const weak = await holder
      .post('/auth/password', { currentPassword: 'test-password-of-sub-skhdt', newPassword: 'short' })
      .expect(400);
    expect(weak.body.errors[0].field).toBe('newPassword');

    const changed = await holder
      .post('/auth/password', { currentPassword: 'test-password-of-sub-skhdt', newPassword: 'a-brand-new-password' })
      .expect(200);
    const revoked = await holder.get('/auth/me').expect(401);
    expect(revoked.body.code).toBe('TOKEN_REVOKED');
    await api.client(changed.body.accessToken).get('/auth/me').expect(200);
    await api.anonymous
      .post('/auth/login', { username: 'sub-skhdt', password: 'test-password-of-sub-skhdt' })
      .expect(401);
    await api.login('sub-skhdt', { password: 'a-brand-new-password' });
  });
});
