import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A projection job that failed all its attempts. At most one open (unresolved) row per job key; a later
 * successful recompute of the key resolves it. Operators see these in `projections status`; the BullMQ
 * failed set holds the job itself.
 */
@Entity({ name: 'parked_jobs' })
@Index('parked_jobs_open_key', ['jobKey'], { unique: true, where: 'resolved_at IS NULL' })
export class ParkedJobEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  /** "assessment-STTTT-2021Q1", "unit-STTTT" or "period-2021-Q1". */
  @Column({ name: 'job_key', type: 'text' })
  jobKey!: string;

  @Column({ name: 'job_id', type: 'text' })
  jobId!: string;

  @Column({ name: 'job_name', type: 'text' })
  jobName!: string;

  /**
   * What the failed job covered: the global position of the stream's last event it read (key jobs) or the
   * period's dirty sequence it read (period jobs). Null when the failure came before it could tell.
   */
  @Column({ type: 'bigint', nullable: true })
  covers!: string | null;

  @Column({ type: 'integer' })
  attempts!: number;

  @Column({ name: 'error_code', type: 'text', nullable: true })
  errorCode!: string | null;

  @Column({ type: 'text' })
  error!: string;

  @Column({ name: 'failed_at', type: 'timestamptz' })
  failedAt!: Date;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;
}
