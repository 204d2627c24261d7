import { parseJobKey } from './job-keys';

/** What a projection job carries: only its key. The worker reads everything else from the store and PostgreSQL. */
export interface ProjectionJobData {
  key: string;
}

export type ProjectionJobName = 'assessment' | 'unit' | 'plan' | 'account' | 'period';

export function jobNameOf(key: string): ProjectionJobName {
  return parseJobKey(key).kind;
}

export interface RetryPolicy {
  /** Attempts before a job is parked; default 5. */
  attempts: number;
  /** First retry delay; doubles each time (exponential). Default 1000 ms. */
  backoffMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { attempts: 5, backoffMs: 1000 };

/**
 * BullMQ options of every projection job, whoever adds it (the projector's feed, `projections
 * retry-parked`): the same attempts and backoff, so a job parks after the same number of failures.
 */
export function projectionJobOptions(policy: RetryPolicy = DEFAULT_RETRY_POLICY) {
  return {
    attempts: policy.attempts,
    backoff: { type: 'exponential', delay: policy.backoffMs },
    // Completed jobs carry nothing worth keeping, and a removed job id frees the key for the next one.
    removeOnComplete: true,
    // Failed (parked) jobs stay visible to operators in BullMQ's failed set; parked_jobs keeps the record.
    removeOnFail: { count: 10_000 },
  };
}
