/** The projection queue's contract lives with the read model, where the CLI and the API find it too. */
export {
  DEFAULT_RETRY_POLICY,
  PROJECTION_QUEUE,
  jobNameOf,
  projectionJobOptions,
  type ProjectionJobData,
  type ProjectionJobName,
  type RetryPolicy,
} from '@dti/read-model';
