import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One criterion or node of a published scorecard, as stored in `published_reports.scorecard`. */
export interface PublishedLineJson {
  code: string;
  kind: 'node' | 'criterion';
  depth: number;
  status: string | null;
  points: string;
  applicableMax: string;
  percent: string | null;
  submissionId: string | null;
}

/**
 * A quarterly report as finalized: built from the ReportFinalized event alone (it carries every official
 * value), so later corrections never change it. A reopened and re-finalized report is a new version.
 */
@Entity({ name: 'published_reports' })
@Index('published_reports_period', ['periodIndex', 'block'])
export class PublishedReportEntity {
  @PrimaryColumn({ type: 'text' })
  unit!: string;

  @PrimaryColumn({ type: 'text' })
  period!: string;

  @PrimaryColumn({ type: 'integer' })
  version!: number;

  @Column({ name: 'period_index', type: 'integer' })
  periodIndex!: number;

  @Column({ type: 'text' })
  block!: string;

  @Column({ name: 'catalogue_id', type: 'text' })
  catalogueId!: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId!: string;

  @Column({ name: 'stream_revision', type: 'bigint' })
  streamRevision!: string;

  /** The global position of the ReportFinalized event the snapshot was built from. */
  @Column({ type: 'bigint' })
  position!: string;

  @Column({ name: 'finalized_by', type: 'text' })
  finalizedBy!: string;

  @Column({ name: 'finalized_at', type: 'timestamptz' })
  finalizedAt!: Date;

  @Column({ name: 'points_exact', type: 'text' })
  pointsExact!: string;

  @Column({ type: 'numeric', precision: 14, scale: 2 })
  points!: string;

  @Column({ name: 'applicable_max_exact', type: 'text' })
  applicableMaxExact!: string;

  @Column({ name: 'applicable_max', type: 'numeric', precision: 14, scale: 2 })
  applicableMax!: string;

  @Column({ name: 'percent_exact', type: 'text', nullable: true })
  percentExact!: string | null;

  @Column({ type: 'numeric', precision: 7, scale: 2, nullable: true })
  percent!: string | null;

  /** Every node and criterion of the scorecard as finalized, in document order. */
  @Column({ type: 'jsonb' })
  scorecard!: PublishedLineJson[];
}
