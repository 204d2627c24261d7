import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A quarter's ranking within one block, over the units that existed in that quarter. Competition ranking
 * on the exact total percentage: equal percentages share a rank and the next rank skips (1, 1, 3).
 */
@Entity({ name: 'rankings' })
@Index('rankings_period_block_rank', ['periodIndex', 'block', 'rank'])
export class RankingEntity {
  @PrimaryColumn({ type: 'text' })
  period!: string;

  @PrimaryColumn({ type: 'text' })
  block!: string;

  @PrimaryColumn({ type: 'text' })
  unit!: string;

  @Column({ name: 'period_index', type: 'integer' })
  periodIndex!: number;

  /** Null when nothing counts for the unit (every criterion not applicable). */
  @Column({ type: 'integer', nullable: true })
  rank!: number | null;

  @Column({ name: 'unit_name', type: 'text' })
  unitName!: string;

  /** False when the unit has no report for the quarter: it ranks with 0 points. */
  @Column({ type: 'boolean' })
  reported!: boolean;

  @Column({ name: 'report_status', type: 'text', nullable: true })
  reportStatus!: string | null;

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
}
