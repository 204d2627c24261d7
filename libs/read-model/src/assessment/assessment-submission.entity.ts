import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One submission of a unit-quarter's folded state, with what the engine made of its figures: kept out of
 * the `assessment_states` row so a live job writes only the submissions that changed (a new one, or one
 * reviewed, withdrawn, superseded or replaced), not every submission of the quarter. Readers put the
 * state back together (`stateWithParts`). `json`, not `jsonb`, so the text keeps its key order.
 */
@Entity({ name: 'assessment_submissions' })
export class AssessmentSubmissionEntity {
  @PrimaryColumn({ type: 'text' })
  unit!: string;

  @PrimaryColumn({ type: 'text' })
  period!: string;

  @PrimaryColumn({ name: 'submission_id', type: 'text' })
  submissionId!: string;

  /** Its place among the state's submissions (the order they were made), from 0. */
  @Column({ type: 'integer' })
  ordinal!: number;

  /** The domain's Submission. */
  @Column({ type: 'json' })
  submission!: Record<string, unknown>;

  /**
   * The stored score of its figures (StoredSubmissionScore), null when the engine refused them or when
   * it has none (a declaration without figures: `submission.inputs` is null).
   */
  @Column({ type: 'json', nullable: true })
  score!: Record<string, unknown> | null;
}
