import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One criterion of a unit's report for one quarter: the official (approved) value's score, or why there
 * is none, and the submission awaiting review if any. Criteria outside the unit's block have no row.
 */
@Entity({ name: 'criterion_scores' })
@Index('criterion_scores_period_criterion', ['period', 'criterion'])
@Index('criterion_scores_review_queue', ['pendingSubmittedAt'], { where: 'pending_submission_id IS NOT NULL' })
export class CriterionScoreEntity {
  @PrimaryColumn({ type: 'text' })
  unit!: string;

  @PrimaryColumn({ type: 'text' })
  period!: string;

  @PrimaryColumn({ type: 'text' })
  criterion!: string;

  @Column({ name: 'period_index', type: 'integer' })
  periodIndex!: number;

  @Column({ type: 'text' })
  block!: string;

  @Column({ name: 'catalogue_id', type: 'text' })
  catalogueId!: string;

  @Column({ name: 'parent_code', type: 'text' })
  parentCode!: string;

  @Column({ type: 'integer' })
  ordinal!: number;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'rule_kind', type: 'text' })
  ruleKind!: string;

  /** scored | not-applicable | not-reported | error (see @dti/scoring CriterionStatus). */
  @Column({ type: 'text' })
  status!: string;

  @Column({ name: 'points_exact', type: 'text' })
  pointsExact!: string;

  @Column({ type: 'numeric', precision: 14, scale: 2 })
  points!: string;

  /** The criterion's maximum as declared by the catalogue. */
  @Column({ name: 'max_exact', type: 'text' })
  maxExact!: string;

  @Column({ name: 'max', type: 'numeric', precision: 14, scale: 2 })
  max!: string;

  /** What the maximum counts for in the totals: 0 when not applicable. */
  @Column({ name: 'applicable_max_exact', type: 'text' })
  applicableMaxExact!: string;

  @Column({ name: 'explanation_vi', type: 'text', nullable: true })
  explanationVi!: string | null;

  @Column({ name: 'explanation_en', type: 'text', nullable: true })
  explanationEn!: string | null;

  @Column({ name: 'official_submission_id', type: 'text', nullable: true })
  officialSubmissionId!: string | null;

  @Column({ name: 'official_inputs', type: 'jsonb', nullable: true })
  officialInputs!: Record<string, unknown> | null;

  @Column({ name: 'approved_by', type: 'text', nullable: true })
  approvedBy!: string | null;

  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true })
  approvedAt!: Date | null;

  @Column({ name: 'not_applicable', type: 'boolean' })
  notApplicable!: boolean;

  @Column({ name: 'not_applicable_reason', type: 'text', nullable: true })
  notApplicableReason!: string | null;

  @Column({ name: 'error_code', type: 'text', nullable: true })
  errorCode!: string | null;

  @Column({ name: 'error_message', type: 'text', nullable: true })
  errorMessage!: string | null;

  /** This unit's share of the province roll-up (see period/criterion-rollup.ts); null unless scored. */
  @Column({ name: 'rollup_numerator_exact', type: 'text', nullable: true })
  rollupNumeratorExact!: string | null;

  @Column({ name: 'rollup_denominator_exact', type: 'text', nullable: true })
  rollupDenominatorExact!: string | null;

  /** Threshold rules (and weighted ratios with a full-points condition): was the threshold reached? */
  @Column({ name: 'meets_threshold', type: 'boolean', nullable: true })
  meetsThreshold!: boolean | null;

  @Column({ name: 'pending_submission_id', type: 'text', nullable: true })
  pendingSubmissionId!: string | null;

  /** figures | not_applicable. */
  @Column({ name: 'pending_kind', type: 'text', nullable: true })
  pendingKind!: string | null;

  /** The official submission the pending one corrects, if it is a correction. */
  @Column({ name: 'pending_corrects', type: 'text', nullable: true })
  pendingCorrects!: string | null;

  /** A correction's reason, or a not-applicable declaration's reason. */
  @Column({ name: 'pending_reason', type: 'text', nullable: true })
  pendingReason!: string | null;

  @Column({ name: 'pending_inputs', type: 'jsonb', nullable: true })
  pendingInputs!: Record<string, unknown> | null;

  @Column({ name: 'pending_evidence', type: 'jsonb', nullable: true })
  pendingEvidence!: unknown[] | null;

  @Column({ name: 'pending_submitted_by', type: 'text', nullable: true })
  pendingSubmittedBy!: string | null;

  @Column({ name: 'pending_submitted_at', type: 'timestamptz', nullable: true })
  pendingSubmittedAt!: Date | null;
}
