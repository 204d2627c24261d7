import type { Queue } from 'bullmq';
import { jobNameOf, type ProjectionJobData } from './projection-queue';

/** States in which a job will still run (or is running): asking again would add nothing. */
const LIVE_STATES = new Set(['waiting', 'delayed', 'prioritized', 'waiting-children', 'active']);

const PERIOD_KEY_PREFIX = 'period-';

/**
 * BullMQ priorities (lower runs first; first in, first out within one): a quarter's period job goes ahead of
 * the key jobs queued before it, so under a backlog the rankings wait for the running jobs, not for the whole
 * queue (at most one period job per quarter and window, so key jobs are never starved).
 */
const PERIOD_JOB_PRIORITY = 1;
const KEY_JOB_PRIORITY = 2;

export interface JobDispatcherOptions {
  /** Distinguishes this process's job ids from those of earlier runs (whose failed jobs stay in Redis). */
  runId: string;
  /**
   * How long to trust a job's last known state before asking Redis again — only for jobs this process
   * is not told about (run by another process's worker); a local worker's completions are reported
   * (`finished`) and the key's next job is added at once.
   */
  recheckMs: number;
  /** Delay before re-adding a key whose last job failed without being parked (e.g. PostgreSQL was down). */
  retryDelayMs: number;
  /**
   * A quarter's rankings, roll-up and statistics are recomputed at most once per this window while its
   * units keep changing (the next job waits out the rest of the window, so it is never starved: at most
   * one window late). Default 0: as soon as the last one settled.
   */
  periodWindowMs?: number;
}

interface KnownJob {
  jobId: string;
  generation: number;
  checkedAt: number;
  addedAt: number;
  settled: boolean;
  /** This process's worker reported the job completed. */
  finished: boolean;
}

/**
 * Makes sure a job exists for a key, coalescing: while the key's job is waiting, a burst of events adds
 * nothing (the job reads the stream when it runs, so it sees them all). Job ids are the key plus a
 * generation: when the job is active, finished or gone (Redis lost it), the next call adds generation
 * n+1 — an event that arrived while the job was running therefore gets its own recompute, which a
 * plain "jobId = key" would silently drop. The next generation of a busy key is added as soon as the
 * running job completes (the worker tells `finished`, the feed asks again at once), with no polling
 * floor. Extra jobs are harmless (recompute is idempotent); a missing one is not, so the feed keeps
 * asking until PostgreSQL shows the key settled, and Redis is asked after `recheckMs` for a job nobody
 * reported.
 */
export class JobDispatcher {
  private readonly jobs = new Map<string, KnownJob>();

  constructor(
    private readonly queue: Pick<Queue<ProjectionJobData>, 'add' | 'getJobState'>,
    private readonly options: JobDispatcherOptions,
  ) {}

  async ensure(key: string): Promise<void> {
    const now = Date.now();
    const known = this.jobs.get(key);
    let delay = 0;
    if (known !== undefined && !known.settled && !known.finished) {
      if (now - known.checkedAt < this.options.recheckMs) return;
      const state = await this.queue.getJobState(known.jobId);
      known.checkedAt = now;
      if (LIVE_STATES.has(state)) return;
      if (state === 'failed') delay = this.options.retryDelayMs;
    }
    const window = this.options.periodWindowMs ?? 0;
    if (window > 0 && known !== undefined && key.startsWith(PERIOD_KEY_PREFIX)) {
      delay = Math.max(delay, known.addedAt + window - now);
    }
    const generation = (known?.generation ?? 0) + 1;
    // BullMQ job ids may not contain ":"; keys never do.
    const jobId = `${key}|${this.options.runId}|${generation}`;
    const priority = key.startsWith(PERIOD_KEY_PREFIX) ? PERIOD_JOB_PRIORITY : KEY_JOB_PRIORITY;
    await this.queue.add(jobNameOf(key), { key }, { jobId, delay, priority });
    this.jobs.set(key, {
      jobId,
      generation,
      checkedAt: now,
      addedAt: now + delay,
      settled: false,
      finished: false,
    });
  }

  /**
   * The key is settled: its next event gets a new job at once (its last job may still be around, which
   * is harmless). Generations keep counting, so a new id never collides with a parked job's.
   */
  settled(key: string): void {
    const known = this.jobs.get(key);
    if (known !== undefined) known.settled = true;
  }

  /** This process's worker completed a job: its key's next job, if one is needed, is added at once. */
  finished(jobId: string | undefined): void {
    if (jobId === undefined) return;
    const key = jobId.slice(0, jobId.indexOf('|'));
    const known = this.jobs.get(key);
    if (known !== undefined && known.jobId === jobId) known.finished = true;
  }

  get tracked(): number {
    return this.jobs.size;
  }
}
