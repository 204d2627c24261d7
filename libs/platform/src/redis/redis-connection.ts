import type { ConnectionOptions } from 'bullmq';
import { PlatformConfig } from '../config/platform-config.schema';

/** BullMQ's connection and key prefix, for BullModule.forRootAsync in any app that queues or works jobs. */
export function bullMqRootOptions(config: PlatformConfig): { connection: ConnectionOptions; prefix: string } {
  return { connection: { url: config.REDIS_URL }, prefix: config.BULLMQ_PREFIX };
}
