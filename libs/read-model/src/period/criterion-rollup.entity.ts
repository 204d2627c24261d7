import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A criterion rolled up over a quarter's units (scope: the province, or one block): the ratio of the SUMS
 * of the units' numerators and denominators, never the average of their points. How each rule kind
 * contributes is in criterion-rollup.ts and the README.
 */
@Entity({ name: 'criterion_rollups' })
export class CriterionRollupEntity {
  @PrimaryColumn({ type: 'text' })
  period!: string;

  /** province | department | district. */
  @PrimaryColumn({ type: 'text' })
  scope!: string;

  @PrimaryColumn({ name: 'catalogue_id', type: 'text' })
  catalogueId!: string;

  @PrimaryColumn({ type: 'text' })
  criterion!: string;

  @Column({ name: 'period_index', type: 'integer' })
  periodIndex!: number;

  @Column({ type: 'integer' })
  ordinal!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'rule_kind', type: 'text' })
  ruleKind!: string;

  /** What the value measures: ratio-of-sums | mean-value | share-yes | achieved-fraction. */
  @Column({ type: 'text' })
  measure!: string;

  @Column({ name: 'numerator_exact', type: 'text' })
  numeratorExact!: string;

  @Column({ name: 'denominator_exact', type: 'text' })
  denominatorExact!: string;

  /** numerator / denominator, exact; null when no unit has a scored value. */
  @Column({ name: 'value_exact', type: 'text', nullable: true })
  valueExact!: string | null;

  /** The value as a percentage, 2 decimals (may pass 100 where a rule compares with an outside figure). */
  @Column({ name: 'value_percent', type: 'numeric', precision: 14, scale: 2, nullable: true })
  valuePercent!: string | null;

  @Column({ name: 'points_sum_exact', type: 'text' })
  pointsSumExact!: string;

  @Column({ name: 'max_sum_exact', type: 'text' })
  maxSumExact!: string;

  /** Units that existed in the quarter, in scope, to whose block the criterion applies. */
  @Column({ name: 'units_eligible', type: 'integer' })
  unitsEligible!: number;

  @Column({ name: 'units_scored', type: 'integer' })
  unitsScored!: number;

  @Column({ name: 'units_not_applicable', type: 'integer' })
  unitsNotApplicable!: number;

  @Column({ name: 'units_not_reported', type: 'integer' })
  unitsNotReported!: number;

  @Column({ name: 'units_error', type: 'integer' })
  unitsError!: number;

  /** Threshold rules only: how many scored units reached the threshold. */
  @Column({ name: 'units_meeting_threshold', type: 'integer', nullable: true })
  unitsMeetingThreshold!: number | null;
}
