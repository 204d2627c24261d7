import type { ConnectionOptions, Job } from 'bullmq';
import { Worker } from 'bullmq';
import type { Catalogue } from '@dti/catalogue';
import type { EventStore } from '@dti/event-store';
import {
  ProjectionJobError,
  isConnectionLoss,
  parseJobKey,
  recomputePeriod,
  recomputeStream,
  recordParkedJob,
  ReplayerCache,
  writeReadModel,
  type ReplayerCacheOptions,
} from '@dti/read-model';
import type { DataSource } from 'typeorm';
import { PROJECTION_QUEUE, type ProjectionJobData } from './projection-queue';
import { describeError, type ProjectorLogger } from './projector-logger';

export interface ProjectionJobResult {
  key: string;
  written: boolean;
  /** Key jobs: the global position the rows reflect; period jobs: the dirty sequence built. */
  reflects: string | null;
}

export interface ProjectionWorkerDeps {
  store: EventStore;
  dataSource: DataSource;
  connection: ConnectionOptions;
  prefix: string;
  concurrency: number;
  logger: ProjectorLogger;
  catalogues?: (id: string) => Catalogue;
  /** The worker's cache of live folds (see `ReplayerCache`); false folds every job's stream whole. */
  liveFold?: ReplayerCacheOptions | false;
}

/** Runs one projection job: a key's recompute from its stream, or a quarter's from the projected rows. */
export async function runProjectionJob(
  deps: Pick<ProjectionWorkerDeps, 'store' | 'dataSource' | 'catalogues'> & { replayers?: ReplayerCache },
  key: string,
): Promise<ProjectionJobResult> {
  const job = parseJobKey(key);
  if (job.kind === 'period') {
    const result = await recomputePeriod(deps.dataSource, job.period, { catalogues: deps.catalogues });
    return { key, written: result.written, reflects: result.builtSeq.toString() };
  }
  const result = await recomputeStream(deps.store, deps.dataSource, job.key, {
    catalogues: deps.catalogues,
    replayers: deps.replayers,
  });
  return { key, written: result?.written ?? false, reflects: result?.position.toString() ?? null };
}

/**
 * The BullMQ worker of the projection queue. A job that fails is retried with exponential backoff (the
 * queue's job options); on its last attempt it is parked in PostgreSQL before BullMQ moves it to the
 * failed set, so the feed sees what it covered and other keys go on projecting. A job whose last attempt
 * lost its database connection is not poisoned: it is not parked, and the feed adds the key again after
 * a delay (it sees the job failed and the key not settled).
 */
export function createProjectionWorker(deps: ProjectionWorkerDeps): Worker<ProjectionJobData, ProjectionJobResult> {
  // One per worker (per process): a job of a stream this worker projected lately folds only its new events.
  const replayers = deps.liveFold === false ? undefined : new ReplayerCache(deps.liveFold);
  const worker = new Worker<ProjectionJobData, ProjectionJobResult>(
    PROJECTION_QUEUE,
    async (job: Job<ProjectionJobData, ProjectionJobResult>) => {
      try {
        return await runProjectionJob({ ...deps, replayers }, job.data.key);
      } catch (error) {
        const attempts = job.opts.attempts ?? 1;
        if (job.attemptsMade + 1 >= attempts && !lostConnection(error)) await park(deps, job, attempts, error);
        throw error;
      }
    },
    { connection: deps.connection, prefix: deps.prefix, concurrency: deps.concurrency, autorun: false },
  );
  worker.on('error', (error) => deps.logger.warn(`Projection worker: ${describeError(error)}`));
  worker.on('closed', () => {
    if (replayers === undefined) return;
    // How well the live fold worked this run: a miss or a refold is a job that folded its whole stream.
    const { hits, misses, refolds, streams, weight } = replayers.stats;
    deps.logger.log(
      `Live fold: ${hits} jobs continued a cached fold, ${misses} missed, ${refolds} refolded; ${streams} streams kept (weight ${weight})`,
    );
  });
  return worker;
}

async function park(
  deps: Pick<ProjectionWorkerDeps, 'dataSource' | 'logger'>,
  job: Job<ProjectionJobData>,
  attempts: number,
  error: unknown,
): Promise<void> {
  const failure = error instanceof ProjectionJobError ? error : null;
  deps.logger.error(
    `Parking projection job ${job.id} (${job.data.key}) after ${attempts} attempts: ${describeError(error)}`,
  );
  try {
    await writeReadModel(deps.dataSource, (manager) =>
      recordParkedJob(manager, {
        jobKey: job.data.key,
        jobId: job.id ?? '',
        jobName: job.name,
        covers: failure?.covers ?? null,
        attempts,
        errorCode: failure?.code ?? null,
        error: describeError(error),
      }),
    );
  } catch (parkError) {
    // PostgreSQL is down too: the job still lands in the failed set, and the feed re-adds the key later.
    deps.logger.warn(`Could not record parked job ${job.id}: ${describeError(parkError)}`);
  }
}

function lostConnection(error: unknown): boolean {
  return isConnectionLoss(error) || (error instanceof ProjectionJobError && isConnectionLoss(error.cause));
}
