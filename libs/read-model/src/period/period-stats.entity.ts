import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Per quarter, scope (a block or the province) and catalogue node (the total and every group): the mean
 * and spread of the ranked units' percentages, and the pooled percentage (Σ points / Σ maxima).
 */
@Entity({ name: 'period_stats' })
export class PeriodStatsEntity {
  @PrimaryColumn({ type: 'text' })
  period!: string;

  /** province | department | district. */
  @PrimaryColumn({ type: 'text' })
  scope!: string;

  @PrimaryColumn({ name: 'node_code', type: 'text' })
  nodeCode!: string;

  @Column({ name: 'period_index', type: 'integer' })
  periodIndex!: number;

  @Column({ type: 'integer' })
  depth!: number;

  @Column({ type: 'integer' })
  ordinal!: number;

  @Column({ type: 'text' })
  title!: string;

  /** Units with a percentage for the node. */
  @Column({ name: 'unit_count', type: 'integer' })
  unitCount!: number;

  @Column({ name: 'mean_percent_exact', type: 'text', nullable: true })
  meanPercentExact!: string | null;

  @Column({ name: 'mean_percent', type: 'numeric', precision: 7, scale: 2, nullable: true })
  meanPercent!: string | null;

  @Column({ name: 'min_percent_exact', type: 'text', nullable: true })
  minPercentExact!: string | null;

  @Column({ name: 'min_percent', type: 'numeric', precision: 7, scale: 2, nullable: true })
  minPercent!: string | null;

  @Column({ name: 'max_percent_exact', type: 'text', nullable: true })
  maxPercentExact!: string | null;

  @Column({ name: 'max_percent', type: 'numeric', precision: 7, scale: 2, nullable: true })
  maxPercent!: string | null;

  /**
   * Population standard deviation of the percentages, in percentage points, as a decimal truncated to
   * 6 places (a square root is rarely rational: this is the one inexact figure, and says so).
   */
  @Column({ name: 'stddev_percent', type: 'text', nullable: true })
  stddevPercent!: string | null;

  @Column({ name: 'points_sum_exact', type: 'text' })
  pointsSumExact!: string;

  @Column({ name: 'max_sum_exact', type: 'text' })
  maxSumExact!: string;

  @Column({ name: 'pooled_percent_exact', type: 'text', nullable: true })
  pooledPercentExact!: string | null;

  @Column({ name: 'pooled_percent', type: 'numeric', precision: 7, scale: 2, nullable: true })
  pooledPercent!: string | null;
}
