import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One progress report of a plan (Kế hoạch) as its plan-quarter stream tells it: the row, the reporting unit,
 * the progress as reported (JSON, exact values as text), and its review. Rebuilt from the stream by the
 * 'plan' key job; the API's plan overviews fold these rows with the domain's pure projections.
 */
@Entity({ name: 'plan_reports' })
@Index(['plan', 'kind', 'code'])
export class PlanReportEntity {
  @PrimaryColumn({ name: 'report_id', type: 'text' })
  reportId!: string;

  @Column({ name: 'stream_id', type: 'text' })
  streamId!: string;

  @Column({ type: 'text' })
  plan!: string;

  @Column({ type: 'text' })
  period!: string;

  @Column({ name: 'period_index', type: 'integer' })
  periodIndex!: number;

  /** target | task | project */
  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  unit!: string;

  /** pending | approved | rejected */
  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'jsonb' })
  progress!: Record<string, unknown>;

  @Column({ type: 'jsonb' })
  evidence!: unknown[];

  @Column({ name: 'submitted_by', type: 'text' })
  submittedBy!: string;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;

  @Column({ name: 'reviewed_by', type: 'text', nullable: true })
  reviewedBy!: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** The stream revision the row reflects. */
  @Column({ name: 'stream_revision', type: 'bigint' })
  streamRevision!: string;
}
