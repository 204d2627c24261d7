import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type StatusCountsJson = Record<'scored' | 'not-applicable' | 'not-reported' | 'error' | 'out-of-scope', number>;

/** A unit's score per catalogue group, sub-group and the total (the root), for one quarter. */
@Entity({ name: 'scorecard_nodes' })
@Index('scorecard_nodes_series', ['nodeCode', 'periodIndex'])
export class ScorecardNodeEntity {
  @PrimaryColumn({ type: 'text' })
  unit!: string;

  @PrimaryColumn({ type: 'text' })
  period!: string;

  @PrimaryColumn({ name: 'node_code', type: 'text' })
  nodeCode!: string;

  @Column({ name: 'period_index', type: 'integer' })
  periodIndex!: number;

  @Column({ type: 'text' })
  block!: string;

  @Column({ name: 'catalogue_id', type: 'text' })
  catalogueId!: string;

  @Column({ name: 'parent_code', type: 'text', nullable: true })
  parentCode!: string | null;

  /** 0 for the total, 1 for a group, 2 for a sub-group… */
  @Column({ type: 'integer' })
  depth!: number;

  /** Document order within the catalogue. */
  @Column({ type: 'integer' })
  ordinal!: number;

  @Column({ type: 'text' })
  title!: string;

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

  @Column({ type: 'jsonb' })
  counts!: StatusCountsJson;
}
