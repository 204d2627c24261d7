import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { StatusCountsJson } from './scorecard-node.entity';

/** One unit's report for one quarter: status, version and its total score. */
@Entity({ name: 'unit_reports' })
@Index('unit_reports_period', ['periodIndex', 'block'])
export class UnitReportEntity {
  @PrimaryColumn({ type: 'text' })
  unit!: string;

  /** "2021-Q1". */
  @PrimaryColumn({ type: 'text' })
  period!: string;

  /** year × 4 + quarter − 1: quarters as consecutive integers, for ranges and "the previous quarter". */
  @Column({ name: 'period_index', type: 'integer' })
  periodIndex!: number;

  @Column({ type: 'text' })
  block!: string;

  @Column({ name: 'catalogue_id', type: 'text' })
  catalogueId!: string;

  @Column({ type: 'text' })
  status!: 'open' | 'finalized' | 'reopened';

  /** Times finalized (0 while never). */
  @Column({ type: 'integer' })
  version!: number;

  /** Exact rational ("37/3"); `points` is the same rounded to 2 decimals for display. */
  @Column({ name: 'points_exact', type: 'text' })
  pointsExact!: string;

  @Column({ type: 'numeric', precision: 14, scale: 2 })
  points!: string;

  @Column({ name: 'applicable_max_exact', type: 'text' })
  applicableMaxExact!: string;

  @Column({ name: 'applicable_max', type: 'numeric', precision: 14, scale: 2 })
  applicableMax!: string;

  /** points / applicable max as an exact fraction of 1; null when nothing counts. */
  @Column({ name: 'percent_exact', type: 'text', nullable: true })
  percentExact!: string | null;

  /** The same as a percentage, 2 decimals (0–100). */
  @Column({ type: 'numeric', precision: 7, scale: 2, nullable: true })
  percent!: string | null;

  @Column({ type: 'jsonb' })
  counts!: StatusCountsJson;

  @Column({ name: 'pending_count', type: 'integer' })
  pendingCount!: number;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt!: Date;

  @Column({ name: 'last_finalized_at', type: 'timestamptz', nullable: true })
  lastFinalizedAt!: Date | null;

  @Column({ name: 'last_reopened_at', type: 'timestamptz', nullable: true })
  lastReopenedAt!: Date | null;

  @Column({ name: 'stream_revision', type: 'bigint' })
  streamRevision!: string;

  /** Global position of the last event the row reflects. */
  @Column({ type: 'bigint' })
  position!: string;
}
