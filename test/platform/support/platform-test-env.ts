import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { Client } from 'pg';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://dti:dti@127.0.0.1:5432/dti_test';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface PlatformTestEnv {
  env: Record<string, string>;
  /** Drops this run's schemas and Redis keys. */
  cleanUp(): Promise<void>;
}

/**
 * Settings for one test file's apps: the test database and Redis, with a unique event-store schema,
 * read-model schema and BullMQ prefix so parallel runs never see each other.
 */
export function platformTestEnv(overrides: Record<string, string> = {}): PlatformTestEnv {
  const id = randomBytes(4).toString('hex');
  const env = {
    NODE_ENV: 'test',
    // TEST_LOG_LEVEL=info shows the apps' JSON logs while debugging a test.
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    DATABASE_URL: TEST_DATABASE_URL,
    REDIS_URL: TEST_REDIS_URL,
    EVENT_STORE_SCHEMA: `t_es_${id}`,
    READ_MODEL_SCHEMA: `t_rm_${id}`,
    BULLMQ_PREFIX: `t_${id}`,
    SHUTDOWN_TIMEOUT_MS: '5000',
    ...overrides,
  };
  return {
    env,
    cleanUp: async () => {
      const client = new Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      try {
        await client.query(`drop schema if exists ${env.EVENT_STORE_SCHEMA} cascade`);
        await client.query(`drop schema if exists ${env.READ_MODEL_SCHEMA} cascade`);
      } finally {
        await client.end();
      }
      const redis = new Redis(TEST_REDIS_URL);
      try {
        const keys = await redis.keys(`${env.BULLMQ_PREFIX}:*`);
        if (keys.length > 0) await redis.del(...keys);
      } finally {
        redis.disconnect();
      }
    },
  };
}

/** Apps read process.env when they are compiled; Jest gives each test file its own copy of it. */
export function useEnv(env: Record<string, string>): void {
  for (const key of Object.keys(env)) process.env[key] = env[key];
}
