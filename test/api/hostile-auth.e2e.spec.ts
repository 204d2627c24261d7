import { sign } from 'jsonwebtoken';
import request from 'supertest';
import { DEVELOPMENT_JWT_SECRET } from '@dti/platform';
import { ADDRESS_FAILURES_PER_WINDOW } from '../../apps/api/src/auth/login-throttling';
import { startApiTestApp, testPasswordOf, type ApiTestApp } from './support';

/** Issue #11: tokens that never expire or outlive JWT_TTL, and password spraying from one address. */
describe('Hostile authentication (e2e)', () => {
  let api: ApiTestApp;

  beforeAll(async () => {
    api = await startApiTestApp({ projector: true, env: { JWT_TTL: '15m' } });
  });

  afterAll(async () => {
    await api?.close();
  });

  /** The claims of a genuine token of `username`, re-signed with the real secret after `change`. */
  async function forged(username: string, change: (claims: Record<string, unknown>) => void): Promise<string> {
    const genuine = await api.login(username, { fresh: true });
    const claims = JSON.parse(Buffer.from(genuine.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
    change(claims);
    // jsonwebtoken keeps a given iat and adds one unless told not to (noTimestamp drops it).
    return sign(claims, DEVELOPMENT_JWT_SECRET, { algorithm: 'HS256', noTimestamp: claims.iat === undefined });
  }

  it('accepts a genuine token (the forging below is faithful)', async () => {
    const token = await forged('admin', () => undefined);
    await api.settle(); // /auth/me reads the account register, which the projector fills
    await request(api.server).get('/auth/me').set('Authorization', `Bearer ${token}`).expect(200);
  });

  it.each([
    ['without exp', (c: Record<string, unknown>) => delete c.exp],
    ['without iat', (c: Record<string, unknown>) => delete c.iat],
    ['living a year', (c: Record<string, unknown>) => (c.exp = (c.iat as number) + 365 * 86_400)],
    [
      'issued with a lifetime beyond JWT_TTL',
      (c: Record<string, unknown>) => (c.exp = (c.iat as number) + 15 * 60 + 1),
    ],
    [
      'issued in the future',
      (c: Record<string, unknown>) => {
        c.iat = (c.iat as number) + 3_600;
        c.exp = (c.iat as number) + 60;
      },
    ],
  ])('refuses a token %s: 401 INVALID_TOKEN', async (_label, change) => {
    const token = await forged('admin', change);
    const response = await request(api.server).get('/auth/me').set('Authorization', `Bearer ${token}`);
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ code: 'INVALID_TOKEN' });
  });

  it(`throttles password spraying: after ${ADDRESS_FAILURES_PER_WINDOW} failures from one address, whatever the usernames, 429 with Retry-After`, async () => {
    const usernames = api.accounts.map((account) => account.username);
    expect(usernames.length).toBeGreaterThan(ADDRESS_FAILURES_PER_WINDOW);
    for (const username of usernames.slice(0, ADDRESS_FAILURES_PER_WINDOW)) {
      const response = await request(api.server).post('/auth/login').send({ username, password: 'Mua-thu-2025!' });
      expect(response.status).toBe(401);
    }
    const sprayed = await request(api.server)
      .post('/auth/login')
      .send({ username: usernames[ADDRESS_FAILURES_PER_WINDOW], password: 'Mua-thu-2025!' });
    expect(sprayed.status).toBe(429);
    expect(sprayed.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(sprayed.body).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(Number(sprayed.headers['retry-after'])).toBeGreaterThan(0);
    // Even the right password: the address is refused until the block ends.
    const rightPassword = await request(api.server)
      .post('/auth/login')
      .send({ username: 'admin', password: testPasswordOf('admin') });
    expect(rightPassword.status).toBe(429);
  });
});
