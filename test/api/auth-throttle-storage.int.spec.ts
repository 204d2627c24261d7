import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { RedisThrottlerStorage } from '../../apps/api/src/auth/redis-throttler.storage';
import { TEST_REDIS_URL } from '../platform/support/platform-test-env';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The login throttle's counters in the real Redis, shared by every API instance. */
describe('RedisThrottlerStorage', () => {
  const prefix = `t_${randomBytes(4).toString('hex')}:throttle:`;
  const redis = new Redis(TEST_REDIS_URL);
  const storage = new RedisThrottlerStorage(redis, prefix);

  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  it('counts hits in a window, blocks past the limit, and starts afresh once the block ends', async () => {
    const hit = () => storage.increment('k1', 400, 2, 600, 'login');
    expect(await hit()).toMatchObject({ totalHits: 1, isBlocked: false, timeToExpire: 1 });
    expect(await hit()).toMatchObject({ totalHits: 2, isBlocked: false });
    expect(await hit()).toMatchObject({ totalHits: 3, isBlocked: true, timeToBlockExpire: 1 });
    expect(await hit()).toMatchObject({ isBlocked: true });
    await sleep(700);
    expect(await hit()).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('shares counts between instances and keeps keys apart', async () => {
    const other = new RedisThrottlerStorage(redis, prefix);
    await storage.increment('shared', 5_000, 10, 5_000, 'login');
    expect(await other.increment('shared', 5_000, 10, 5_000, 'login')).toMatchObject({ totalHits: 2 });
    expect(await other.increment('another', 5_000, 10, 5_000, 'login')).toMatchObject({ totalHits: 1 });
    expect(await redis.pttl(`${prefix}login:shared:hits`)).toBeGreaterThan(4_000);
  });
});
