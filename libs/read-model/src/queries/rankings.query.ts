import type { EntityManager } from 'typeorm';
import { RankingChangeView } from '../period/ranking-change.view-entity';
import { queryInput } from './query-input';

/**
 * A quarter's ranking in one block, best first, with each unit's rank in the previous quarter and the
 * change (positive = moved up). Units without a rank (nothing applicable) come last.
 */
export async function findRankings(
  manager: EntityManager,
  query: { period: string; block: string },
): Promise<RankingChangeView[]> {
  const period = queryInput.period(query.period);
  const block = queryInput.block(query.block);
  return manager
    .createQueryBuilder(RankingChangeView, 'r')
    .where('r.period = :period AND r.block = :block', { period, block })
    .orderBy('r.rank', 'ASC', 'NULLS LAST')
    .addOrderBy('r.unit', 'ASC')
    .getMany();
}
