import { Global, Inject, Injectable, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import Redis from 'ioredis';
import { PlatformConfig } from '../config/platform-config.schema';

/** The app's shared ioredis client (BullMQ opens its own connections from REDIS_URL). */
export const REDIS = Symbol('REDIS');

const logger = new Logger('Redis');

function createRedisClient(config: ConfigService<PlatformConfig, true>): Redis {
  const client = new Redis(config.get('REDIS_URL', { infer: true }), {
    // Fail a command after a few reconnection attempts instead of queueing it for ever, so a request
    // that touches Redis during an outage errors out and /health/ready reports the outage promptly.
    maxRetriesPerRequest: 3,
    connectionName: 'dti-hue',
    // How long a closing socket may linger before it is destroyed; the 2 s default delays process exit.
    disconnectTimeout: 200,
  });
  // ioredis emits an error on every failed reconnection; one line per distinct failure is enough.
  let lastError: string | undefined;
  client.on('error', (error: Error) => {
    if (error.message === lastError) return;
    lastError = error.message;
    logger.warn(`Redis connection problem: ${error.message}`);
  });
  client.on('ready', () => {
    if (lastError !== undefined) logger.log('Redis connection restored');
    lastError = undefined;
  });
  return client;
}

@Injectable()
class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    // Disconnecting while ioredis runs its ready check makes it reconnect (the failed check counts
    // as a fatal error): let a connection attempt in progress settle first.
    if (this.redis.status === 'connecting' || this.redis.status === 'connect') await settled(this.redis, 2_000);
    // QUIT lets pending replies arrive; on a connection that is down it would wait out the retries.
    if (this.redis.status !== 'ready') {
      this.redis.disconnect();
      return;
    }
    try {
      await this.redis.quit();
    } catch {
      this.redis.disconnect();
    }
  }
}

function settled(redis: Redis, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      redis.off('ready', done).off('error', done).off('end', done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    redis.once('ready', done).once('error', done).once('end', done);
  });
}

@Global()
@Module({
  providers: [{ provide: REDIS, useFactory: createRedisClient, inject: [ConfigService] }, RedisCloser],
  exports: [REDIS],
})
export class PlatformRedisModule {}
