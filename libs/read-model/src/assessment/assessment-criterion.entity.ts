import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One criterion's record in a unit-quarter's folded state (its official value, pending submission and
 * submission ids), without its history (`assessment_history`): kept out of the `assessment_states` row so a
 * live job writes only the criteria its events changed. Readers put the state back together
 * (`stateWithParts`). `json`, not `jsonb`, so the text keeps its key order.
 */
@Entity({ name: 'assessment_criteria' })
export class AssessmentCriterionEntity {
  @PrimaryColumn({ type: 'text' })
  unit!: string;

  @PrimaryColumn({ type: 'text' })
  period!: string;

  @PrimaryColumn({ type: 'text' })
  criterion!: string;

  /** Its place among the state's criteria (their key order), from 0. */
  @Column({ type: 'integer' })
  ordinal!: number;

  /** The domain's CriterionRecord with an empty `history`. */
  @Column({ type: 'json' })
  record!: Record<string, unknown>;

  /**
   * The JSON text of the criterion's members in GET /assessments that come from its record
   * (`criterionViewParts`), sent as it is; null on rows written before it was kept (the API then reads
   * the parts themselves).
   */
  @Column({ type: 'text', name: 'view_parts', nullable: true })
  viewParts!: string | null;
}
