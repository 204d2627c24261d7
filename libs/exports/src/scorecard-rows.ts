import type { CriterionScoreEntity, ScorecardNodeEntity, UnitReportEntity } from '@dti/read-model';

export type ScorecardReportRow = Pick<
  UnitReportEntity,
  | 'catalogueId'
  | 'status'
  | 'version'
  | 'pointsExact'
  | 'applicableMaxExact'
  | 'percentExact'
  | 'counts'
  | 'pendingCount'
  | 'openedAt'
  | 'lastFinalizedAt'
  | 'lastReopenedAt'
  | 'streamRevision'
  | 'position'
>;

export type ScorecardNodeRow = Pick<
  ScorecardNodeEntity,
  'nodeCode' | 'parentCode' | 'depth' | 'title' | 'pointsExact' | 'applicableMaxExact' | 'percentExact' | 'counts'
>;

export type ScorecardCriterionRow = Pick<
  CriterionScoreEntity,
  | 'criterion'
  | 'parentCode'
  | 'title'
  | 'ruleKind'
  | 'status'
  | 'pointsExact'
  | 'maxExact'
  | 'applicableMaxExact'
  | 'explanationVi'
  | 'explanationEn'
  | 'notApplicableReason'
  | 'officialSubmissionId'
  | 'officialInputs'
  | 'approvedBy'
  | 'approvedAt'
  | 'errorCode'
  | 'errorMessage'
  | 'pendingSubmissionId'
  | 'pendingKind'
  | 'pendingCorrects'
  | 'pendingSubmittedBy'
  | 'pendingSubmittedAt'
>;

/**
 * The rows of one unit-quarter, as projected (findScorecard), as replayed from the event store
 * (replayFromStore) or, when there is neither, the empty scorecard (emptyScorecardRows: report null).
 */
export interface ScorecardRows {
  catalogueId: string;
  report: ScorecardReportRow | null;
  /** The total (depth 0) and every group, in catalogue order. */
  nodes: readonly ScorecardNodeRow[];
  criteria: readonly ScorecardCriterionRow[];
}
