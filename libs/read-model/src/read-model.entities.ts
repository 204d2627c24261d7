import { AuditEntryEntity } from './assessment/audit-entry.entity';
import { CriterionScoreEntity } from './assessment/criterion-score.entity';
import { PublishedReportEntity } from './assessment/published-report.entity';
import { ScorecardNodeEntity } from './assessment/scorecard-node.entity';
import { UnitReportEntity } from './assessment/unit-report.entity';
import { ParkedJobEntity } from './bookkeeping/parked-job.entity';
import { PeriodStateEntity } from './bookkeeping/period-state.entity';
import { ProjectionCheckpointEntity } from './bookkeeping/projection-checkpoint.entity';
import { ProjectionKeyEntity } from './bookkeeping/projection-key.entity';
import { UnrecognizedEventEntity } from './bookkeeping/unrecognized-event.entity';
import { CriterionRollupEntity } from './period/criterion-rollup.entity';
import { PeriodStatsEntity } from './period/period-stats.entity';
import { RankingChangeView } from './period/ranking-change.view-entity';
import { RankingEntity } from './period/ranking.entity';
import { ScoreSeriesView } from './period/score-series.view-entity';
import { UnitEntity } from './units/unit.entity';
import { PlanReportEntity } from './plan/plan-report.entity';
import { AssessmentStateEntity } from './assessment/assessment-state.entity';
import { AssessmentSubmissionEntity } from './assessment/assessment-submission.entity';
import { AssessmentCriterionEntity } from './assessment/assessment-criterion.entity';
import { AssessmentHistoryEntity } from './assessment/assessment-history.entity';
import { ReviewQueueEntryEntity } from './assessment/review-queue-entry.entity';
import { AccountEntity } from './accounts/account.entity';
import { ScorecardVersionEntity } from './assessment/scorecard-version.entity';

/** Every entity and view of the read model: `TypeOrmModule.forFeature(READ_MODEL_ENTITIES)` or a DataSource's `entities`. */
export const READ_MODEL_ENTITIES = [
  ProjectionCheckpointEntity,
  ProjectionKeyEntity,
  PeriodStateEntity,
  ParkedJobEntity,
  UnrecognizedEventEntity,
  UnitEntity,
  UnitReportEntity,
  ScorecardNodeEntity,
  CriterionScoreEntity,
  AuditEntryEntity,
  PublishedReportEntity,
  RankingEntity,
  CriterionRollupEntity,
  PeriodStatsEntity,
  RankingChangeView,
  ScoreSeriesView,
  PlanReportEntity,
  AssessmentStateEntity,
  AssessmentCriterionEntity,
  AssessmentSubmissionEntity,
  AssessmentHistoryEntity,
  ReviewQueueEntryEntity,
  AccountEntity,
  ScorecardVersionEntity,
];

/**
 * The projection tables, rebuilt from events: what `resetReadModel` empties and the rebuild test
 * checksums. Bookkeeping (checkpoint, keys, period state, parked jobs) is listed separately.
 */
export const PROJECTION_TABLES = [
  'units',
  'unit_reports',
  'scorecard_nodes',
  'criterion_scores',
  'audit_entries',
  'published_reports',
  'rankings',
  'criterion_rollups',
  'period_stats',
  'plan_reports',
  'assessment_states',
  'assessment_criteria',
  'assessment_submissions',
  'assessment_history',
  'review_queue',
  'accounts',
  'scorecard_versions',
] as const;

export const BOOKKEEPING_TABLES = [
  'projection_checkpoint',
  'projection_keys',
  'period_state',
  'period_changes',
  'parked_jobs',
  'unrecognized_events',
] as const;
