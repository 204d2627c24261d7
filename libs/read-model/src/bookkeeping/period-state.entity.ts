import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row per quarter that has any assessment: a key write that changes what the quarter's rankings and
 * roll-up are computed from bumps `dirty_seq`; the period job records the `dirty_seq` it read as
 * `built_seq`. Built ≥ dirty means the per-period rows are current. The row is also the lock that
 * serializes a period's recomputes (SELECT … FOR UPDATE).
 */
@Entity({ name: 'period_state' })
export class PeriodStateEntity {
  @PrimaryColumn({ type: 'text' })
  period!: string;

  @Column({ name: 'period_index', type: 'integer' })
  periodIndex!: number;

  @Column({ name: 'dirty_seq', type: 'bigint' })
  dirtySeq!: string;

  @Column({ name: 'built_seq', type: 'bigint' })
  builtSeq!: string;
}
