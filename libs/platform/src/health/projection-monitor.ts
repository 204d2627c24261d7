import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { EVENT_STORE, EventStore } from '@dti/event-store';
import { PlatformConfig } from '../config/platform-config.schema';
import { REDIS } from '../redis/redis.module';
import { PROJECTION_READ_SIDE, type ProjectionReadSide } from './projection-read-side';
import { withTimeout } from './with-timeout';

/** The queue states an operator watches. */
export const PROJECTION_QUEUE_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'failed'] as const;
export type ProjectionQueueState = (typeof PROJECTION_QUEUE_STATES)[number];

export interface ProjectionSnapshot {
  lag: { checkpoint: string; head: string; events: number; atLeast: boolean; seconds: number } | null;
  queue: Record<ProjectionQueueState, number> | null;
  /** Open parked jobs. */
  parked: number | null;
  /** What could not be read, and why (the other parts are still reported). */
  unavailable: Record<string, string>;
}

/** Counting lag stops here: a probe says "at least", and stays cheap. */
const LAG_COUNT_LIMIT = 10_000;
/** Probes and scrapes arriving together share one reading. */
const SNAPSHOT_TTL_MS = 1_000;

/**
 * How the read side is doing, as the apps report it in /health/ready and /metrics: the projector's lag
 * (events after its checkpoint, and how long the oldest of them has waited), the projection queue's job
 * counts and the parked jobs. Each part is read on its own with the health timeout, so Redis being down
 * still reports the lag and the other way round. `queue` is the projection queue on the app's Redis
 * connection, for read-only use (bull-board shows it).
 */
@Injectable()
export class ProjectionMonitor implements OnModuleDestroy {
  readonly queue: Queue;
  private cached: { at: number; snapshot: Promise<ProjectionSnapshot> } | undefined;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly dataSource: DataSource,
    @Inject(REDIS) redis: Redis,
    private readonly config: ConfigService<PlatformConfig, true>,
    @Inject(PROJECTION_READ_SIDE) private readonly readSide: ProjectionReadSide,
  ) {
    this.queue = new Queue(readSide.queueName, {
      connection: redis,
      prefix: config.get('BULLMQ_PREFIX', { infer: true }),
    });
    this.queue.on('error', () => undefined);
  }

  snapshot(): Promise<ProjectionSnapshot> {
    const now = Date.now();
    if (this.cached === undefined || now - this.cached.at > SNAPSHOT_TTL_MS) {
      this.cached = { at: now, snapshot: this.read() };
    }
    return this.cached.snapshot;
  }

  async onModuleDestroy(): Promise<void> {
    // The connection is the app's shared client: closing the queue leaves it to its owner.
    await withTimeout(this.queue.close(), 2_000, 'Closing the projection queue').catch(() => undefined);
  }

  private async read(): Promise<ProjectionSnapshot> {
    const timeout = this.config.get('HEALTH_TIMEOUT_MS', { infer: true });
    const unavailable: Record<string, string> = {};
    const part = <T>(name: string, work: () => Promise<T>): Promise<T | null> =>
      withTimeout(work(), timeout, name).catch((error: unknown) => {
        unavailable[name] = error instanceof Error ? error.message : String(error);
        return null;
      });
    const [lag, queue, parked] = await Promise.all([
      part('lag', async () => {
        const read = await this.readSide.readLag(this.store, this.dataSource.manager, { limit: LAG_COUNT_LIMIT });
        return {
          checkpoint: read.checkpoint.toString(),
          head: read.head.toString(),
          events: read.events,
          atLeast: read.atLeast,
          seconds: Math.round(read.seconds * 1000) / 1000,
        };
      }),
      part('queue', async () => {
        const counts = await this.queue.getJobCounts(...PROJECTION_QUEUE_STATES);
        return Object.fromEntries(PROJECTION_QUEUE_STATES.map((state) => [state, counts[state] ?? 0])) as Record<
          ProjectionQueueState,
          number
        >;
      }),
      part('parked', async () => {
        const rows: Array<{ n: number }> = await this.dataSource.query(
          `SELECT count(*)::int AS n FROM ${this.readSide.parkedJobsTable(this.dataSource)} WHERE resolved_at IS NULL`,
        );
        return rows[0]?.n ?? 0;
      }),
    ]);
    return { lag, queue, parked, unavailable };
  }
}
