import { randomUUID } from 'node:crypto';
import type { ConnectionOptions } from 'bullmq';
import { Queue } from 'bullmq';
import type { Catalogue } from '@dti/catalogue';
import type { EventStore } from '@dti/event-store';
import type { ReplayerCacheOptions } from '@dti/read-model';
import type { DataSource } from 'typeorm';
import { JobDispatcher } from './job-dispatcher';
import { DEFAULT_FEED_OPTIONS, ProjectionFeed, type ProjectionFeedOptions } from './projection-feed';
import {
  DEFAULT_RETRY_POLICY,
  PROJECTION_QUEUE,
  projectionJobOptions,
  type ProjectionJobData,
  type RetryPolicy,
} from './projection-queue';
import { createProjectionWorker } from './projection-worker';
import { SILENT_LOGGER, type ProjectorLogger } from './projector-logger';

export interface ProjectorRuntimeOptions {
  store: EventStore;
  dataSource: DataSource;
  redisUrl: string;
  /** BULLMQ_PREFIX. */
  prefix: string;
  logger?: ProjectorLogger;
  retry?: Partial<RetryPolicy>;
  feed?: Partial<ProjectionFeedOptions>;
  /** Jobs one worker runs at once; default 4. */
  concurrency?: number;
  /** Default: the feed's pump interval × 4. */
  recheckMs?: number;
  /** Default 2000 ms. */
  retryDelayMs?: number;
  /** A quarter's derived projections at most once per this window while busy; default 250 ms. */
  periodWindowMs?: number;
  /** Run the subscription (feed) and/or the worker in this process; both by default. */
  runFeed?: boolean;
  runWorker?: boolean;
  catalogues?: (id: string) => Catalogue;
  /** The worker's cache of live folds; false folds every job's stream whole. Default: ReplayerCache's. */
  liveFold?: ReplayerCacheOptions | false;
}

/**
 * The projector's moving parts, assembled: the projection queue, its worker and the feed that reads the
 * event store and enqueues. The Nest module and the integration tests both build it here, so what is
 * tested is what runs.
 */
export class ProjectorRuntime {
  readonly queue: Queue<ProjectionJobData>;
  readonly feed: ProjectionFeed | undefined;
  readonly worker: ReturnType<typeof createProjectionWorker> | undefined;
  private readonly connection: ConnectionOptions;
  private workerRun: Promise<void> | undefined;
  private stopping: Promise<void> | undefined;

  constructor(private readonly options: ProjectorRuntimeOptions) {
    const logger = options.logger ?? SILENT_LOGGER;
    this.connection = { url: options.redisUrl };
    const retry = { ...DEFAULT_RETRY_POLICY, ...options.retry };
    const feedOptions = { ...DEFAULT_FEED_OPTIONS, ...options.feed };
    this.queue = new Queue<ProjectionJobData>(PROJECTION_QUEUE, {
      connection: this.connection,
      prefix: options.prefix,
      defaultJobOptions: projectionJobOptions(retry),
    });
    this.queue.on('error', (error) => logger.warn(`Projection queue: ${error.message}`));
    let dispatcher: JobDispatcher | undefined;
    if (options.runFeed !== false) {
      dispatcher = new JobDispatcher(this.queue, {
        runId: randomUUID().slice(0, 8),
        recheckMs: options.recheckMs ?? feedOptions.pumpIntervalMs * 4,
        retryDelayMs: options.retryDelayMs ?? 2_000,
        periodWindowMs: options.periodWindowMs ?? 250,
      });
      this.feed = new ProjectionFeed(options.store, options.dataSource, dispatcher, logger, feedOptions);
    }
    if (options.runWorker !== false) {
      this.worker = createProjectionWorker({
        store: options.store,
        dataSource: options.dataSource,
        connection: this.connection,
        prefix: options.prefix,
        concurrency: options.concurrency ?? 4,
        logger,
        catalogues: options.catalogues,
        liveFold: options.liveFold,
      });
      // A finished job may settle keys: let the feed look at once rather than at its next tick.
      this.worker.on('completed', (job) => {
        dispatcher?.finished(job.id);
        this.feed?.wake();
      });
      this.worker.on('failed', () => this.feed?.wake());
    }
  }

  start(): void {
    if (this.worker && this.workerRun === undefined) {
      this.workerRun = this.worker.run().catch((error: unknown) => {
        (this.options.logger ?? SILENT_LOGGER).error(`Projection worker stopped: ${String(error)}`);
      });
    }
    this.feed?.start();
  }

  /**
   * Stops the feed first (no new jobs), then the worker: active jobs may finish within `graceMs`, after
   * which the worker is force-closed and BullMQ's stalled-job check hands its jobs to another worker.
   * Idempotent.
   */
  stop(graceMs = 10_000): Promise<void> {
    this.stopping ??= this.shutDown(graceMs);
    return this.stopping;
  }

  private async shutDown(graceMs: number): Promise<void> {
    await this.feed?.stop();
    if (this.worker) {
      let timer: NodeJS.Timeout | undefined;
      // pause() stops taking jobs and resolves once active ones finish; close() once begun would ignore
      // a later close(true), so the deadline could not be enforced.
      const drained = await Promise.race([
        this.worker.pause().then(() => true),
        new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), graceMs))),
      ]);
      clearTimeout(timer);
      await this.worker.close(!drained);
      await this.workerRun;
    }
    await this.queue.close();
  }
}
