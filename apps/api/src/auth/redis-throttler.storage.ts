import type { ThrottlerStorage } from '@nestjs/throttler';
import type Redis from 'ioredis';

/** What ThrottlerStorage.increment returns (the package does not export the record type by name). */
type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * Counts hits and blocks in one atomic script, so every API instance shares the same count.
 * KEYS: hits, block. ARGV: ttl ms, limit, block ms. Returns {hits, hits ms left, blocked 0/1, block ms left}.
 * A block resets the count, so counting starts afresh once the block ends (as the in-memory storage does).
 */
const INCREMENT_SCRIPT = `
local blockLeft = redis.call('PTTL', KEYS[2])
if blockLeft > 0 then
  local hits = tonumber(redis.call('GET', KEYS[1]) or '0')
  return {hits, math.max(redis.call('PTTL', KEYS[1]), 0), 1, blockLeft}
end
local hits = redis.call('INCR', KEYS[1])
local left = redis.call('PTTL', KEYS[1])
if left < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  left = tonumber(ARGV[1])
end
if hits > tonumber(ARGV[2]) then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
  redis.call('DEL', KEYS[1])
  return {hits, left, 1, tonumber(ARGV[3])}
end
return {hits, left, 0, 0}
`;

/**
 * @nestjs/throttler's storage in Redis rather than in process memory: a login limit per process would
 * multiply with the number of API instances, and reset on every restart.
 */
export class RedisThrottlerStorage implements ThrottlerStorage {
  constructor(
    private readonly redis: Redis,
    /** Namespace of the keys, e.g. "dti:throttle:" (BULLMQ_PREFIX is the deployment's Redis namespace). */
    private readonly keyPrefix: string,
  ) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const base = `${this.keyPrefix}${throttlerName}:${key}`;
    const reply = (await this.redis.eval(
      INCREMENT_SCRIPT,
      2,
      `${base}:hits`,
      `${base}:block`,
      String(Math.max(1, Math.ceil(ttl))),
      String(limit),
      String(Math.max(1, Math.ceil(blockDuration))),
    )) as unknown;
    if (!Array.isArray(reply) || reply.length !== 4) throw new Error('Unexpected reply from the throttle script');
    const [hits, left, blocked, blockLeft] = reply.map(Number);
    return {
      totalHits: hits,
      timeToExpire: Math.ceil(left / 1000),
      isBlocked: blocked === 1,
      timeToBlockExpire: Math.ceil(blockLeft / 1000),
    };
  }
}
