import type { EntityManager } from 'typeorm';
import { CriterionRollupEntity } from '../period/criterion-rollup.entity';
import { PeriodStatsEntity } from '../period/period-stats.entity';
import { queryInput } from './query-input';

export interface RollupView {
  /** Per criterion: the pooled value (Σ numerators / Σ denominators) and how many units counted. */
  criteria: CriterionRollupEntity[];
  /** Per node (the total and each group): mean, min, max and spread of the units' percentages. */
  stats: PeriodStatsEntity[];
}

/** The province roll-up of a quarter (scope "province"), or one block's. */
export async function findRollup(
  manager: EntityManager,
  query: { period: string; scope?: string },
): Promise<RollupView> {
  const period = queryInput.period(query.period);
  const scope = queryInput.scope(query.scope ?? 'province');
  const criteria = await manager.find(CriterionRollupEntity, {
    where: { period, scope },
    order: { catalogueId: 'ASC', ordinal: 'ASC' },
  });
  const stats = await manager.find(PeriodStatsEntity, { where: { period, scope }, order: { ordinal: 'ASC' } });
  return { criteria, stats };
}
