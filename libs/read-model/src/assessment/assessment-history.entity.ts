import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One entry of a criterion's history in a unit-quarter's folded state (a submission or a review, in the
 * order they happened). History only grows, so an entry is written once, and the `assessment_states` row
 * keeps each criterion's `history` empty; readers put it back (`stateWithParts`).
 */
@Entity({ name: 'assessment_history' })
export class AssessmentHistoryEntity {
  @PrimaryColumn({ type: 'text' })
  unit!: string;

  @PrimaryColumn({ type: 'text' })
  period!: string;

  @PrimaryColumn({ type: 'text' })
  criterion!: string;

  /** Its index in the criterion's history, from 0. */
  @PrimaryColumn({ type: 'integer' })
  seq!: number;

  /** The domain's HistoryEntry. */
  @Column({ type: 'json' })
  entry!: Record<string, unknown>;
}
