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

@Global()
@Module({
  providers: [{ provide: REDIS, useFactory: createRedisClient, inject: [ConfigService] }, RedisCloser],
  exports: [REDIS],
})
export class PlatformRedisModule {}
