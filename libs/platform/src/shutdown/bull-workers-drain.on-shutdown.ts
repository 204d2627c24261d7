import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DiscoveryService } from '@nestjs/core';
import { WorkerHost } from '@nestjs/bullmq';
import type { Worker } from 'bullmq';
import { PlatformConfig } from '../config/platform-config.schema';

/**
 * Stops BullMQ workers before the database and Redis connections they use are closed.
 *
 * Each worker stops taking jobs and its active jobs run to completion, up to SHUTDOWN_TIMEOUT_MS.
 * Past that the workers are force-closed: their unfinished jobs keep a lock that expires, and BullMQ's
 * stalled-job check returns them to the queue for another worker (projections are idempotent, so a
 * replayed job is harmless). Listed in the projector's ROOT module so it runs before other modules' teardown.
 */
@Injectable()
export class BullWorkersDrainOnShutdown implements OnModuleDestroy {
  private readonly logger = new Logger(BullWorkersDrainOnShutdown.name);

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly config: ConfigService<PlatformConfig, true>,
  ) {}

  async onModuleDestroy(): Promise<void> {
    const workers = this.workers();
    if (workers.length === 0) return;
    const timeoutMs = this.config.get('SHUTDOWN_TIMEOUT_MS', { infer: true });
    this.logger.log(`Closing ${workers.length} BullMQ worker(s); active jobs get up to ${timeoutMs} ms`);

    // pause() stops taking new jobs and resolves once the active ones are done. Not close(): once a
    // graceful close has begun BullMQ ignores a later close(true), so the deadline could not be enforced.
    let timer: NodeJS.Timeout | undefined;
    const finished = await Promise.race([
      Promise.all(workers.map((worker) => worker.pause())).then(() => true),
      new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs))),
    ]);
    clearTimeout(timer);
    if (finished) {
      await Promise.all(workers.map((worker) => worker.close()));
      this.logger.log('BullMQ workers closed after their active jobs finished');
      return;
    }
    this.logger.warn('BullMQ jobs still active at the deadline; force-closing, they will return to the queue');
    await Promise.all(workers.map((worker) => worker.close(true)));
  }

  private workers(): Worker[] {
    return this.discovery
      .getProviders()
      .map((wrapper) => wrapper.instance as unknown)
      .filter((instance): instance is WorkerHost => instance instanceof WorkerHost)
      .flatMap((host) => {
        try {
          return [host.worker];
        } catch {
          // Declared but never started (manual registration): nothing to close.
          return [];
        }
      });
  }
}
