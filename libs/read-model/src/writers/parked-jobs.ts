import type { EntityManager } from 'typeorm';
import { IsNull } from 'typeorm';
import { ParkedJobEntity } from '../bookkeeping/parked-job.entity';
import { qualifiedTable } from '../read-model-schema';

export interface ParkedJob {
  jobKey: string;
  jobId: string;
  jobName: string;
  covers: bigint | null;
  attempts: number;
  errorCode: string | null;
  error: string;
}

/** Records a job that failed all its attempts; parking the same key again updates its open row. */
export async function recordParkedJob(manager: EntityManager, job: ParkedJob): Promise<void> {
  const table = qualifiedTable(manager.connection, 'parked_jobs');
  await manager.query(
    `INSERT INTO ${table} AS p (job_key, job_id, job_name, covers, attempts, error_code, error, failed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, now())
     ON CONFLICT (job_key) WHERE resolved_at IS NULL DO UPDATE
       SET job_id = excluded.job_id, job_name = excluded.job_name,
           covers = GREATEST(p.covers, excluded.covers), attempts = p.attempts + excluded.attempts,
           error_code = excluded.error_code, error = excluded.error, failed_at = excluded.failed_at`,
    [
      job.jobKey,
      job.jobId,
      job.jobName,
      job.covers === null ? null : job.covers.toString(),
      job.attempts,
      job.errorCode,
      job.error.slice(0, 4000),
    ],
  );
}

/** A successful recompute of the key up to `upTo` settles what was parked for it. */
export async function resolveParked(manager: EntityManager, jobKey: string, upTo: bigint): Promise<void> {
  const table = qualifiedTable(manager.connection, 'parked_jobs');
  await manager.query(
    `UPDATE ${table} SET resolved_at = now()
      WHERE job_key = $1 AND resolved_at IS NULL AND (covers IS NULL OR covers <= $2)`,
    [jobKey, upTo.toString()],
  );
}

export async function openParkedJobs(manager: EntityManager): Promise<ParkedJobEntity[]> {
  return manager.getRepository(ParkedJobEntity).find({ where: { resolvedAt: IsNull() }, order: { failedAt: 'ASC' } });
}
