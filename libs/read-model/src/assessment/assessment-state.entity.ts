import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One unit-quarter's folded assessment state (the domain's OpenedAssessment, without the command ids it
 * remembers for retries), with the stream revision it reflects: what `GET /assessments/{unit}/{period}`
 * and the submissions export read instead of folding the stream per request. `json`, not `jsonb`: the
 * text is kept as written, so key order (the order submissions were made) survives.
 */
@Entity({ name: 'assessment_states' })
@Index(['period', 'unit'])
export class AssessmentStateEntity {
  @PrimaryColumn({ type: 'text' })
  unit!: string;

  @PrimaryColumn({ type: 'text' })
  period!: string;

  @Column({ name: 'period_index', type: 'integer' })
  periodIndex!: number;

  @Column({ type: 'text' })
  block!: string;

  @Column({ name: 'catalogue_id', type: 'text' })
  catalogueId!: string;

  /** Report status: open | finalized | reopened. */
  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'json' })
  state!: Record<string, unknown>;

  /** The stream revision and global position the state reflects (clients send the revision back). */
  @Column({ name: 'stream_revision', type: 'bigint' })
  streamRevision!: string;

  @Column({ type: 'bigint' })
  position!: string;

  /**
   * The card's part of GET /assessments as text (`assessmentViewCard`, issue #12); null on rows written
   * before it was kept (the API then reads the scorecard's lines).
   */
  @Column({ name: 'view_card', type: 'text', nullable: true })
  viewCard!: string | null;
}
