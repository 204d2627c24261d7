import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What one stream's rows reflect. Written in the same transaction as the rows, so "the rows of this key
 * reflect revision R at global position P" is never a lie, and a job that would write an older or equal
 * revision writes nothing.
 */
@Entity({ name: 'projection_keys' })
export class ProjectionKeyEntity {
  /** The stream id ("assessment-STTTT-2021Q1", "unit-STTTT"). */
  @PrimaryColumn({ type: 'text' })
  key!: string;

  @Column({ type: 'text' })
  kind!: 'assessment' | 'unit' | 'plan' | 'account';

  @Column({ name: 'stream_revision', type: 'bigint' })
  streamRevision!: string;

  /** Global position of the stream's last event the rows reflect. */
  @Column({ type: 'bigint' })
  position!: string;

  /**
   * Period → the period's dirty sequence this write produced: the per-period projections reflect this
   * key's rows once `period_state.built_seq` reaches it.
   */
  @Column({ name: 'dirty_periods', type: 'jsonb' })
  dirtyPeriods!: Record<string, string>;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
