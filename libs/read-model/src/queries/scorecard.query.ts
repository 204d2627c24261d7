import type { EntityManager } from 'typeorm';
import { CriterionScoreEntity } from '../assessment/criterion-score.entity';
import { ScorecardNodeEntity } from '../assessment/scorecard-node.entity';
import { UnitReportEntity } from '../assessment/unit-report.entity';
import { queryInput } from './query-input';

export interface ScorecardView {
  report: UnitReportEntity;
  /** The total (depth 0), groups and sub-groups, in catalogue order. */
  nodes: ScorecardNodeEntity[];
  /** Every criterion of the unit's block, in catalogue order. */
  criteria: CriterionScoreEntity[];
}

/** A unit's scorecard for a quarter as projected, or null when it has no report for it. */
export async function findScorecard(
  manager: EntityManager,
  query: { unit: string; period: string },
): Promise<ScorecardView | null> {
  const unit = queryInput.unit(query.unit);
  const period = queryInput.period(query.period);
  const report = await manager.findOne(UnitReportEntity, { where: { unit, period } });
  if (report === null) return null;
  const nodes = await manager.find(ScorecardNodeEntity, { where: { unit, period }, order: { ordinal: 'ASC' } });
  const criteria = await manager.find(CriterionScoreEntity, { where: { unit, period }, order: { ordinal: 'ASC' } });
  return { report, nodes, criteria };
}
