import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { findRollup, PeriodStatsEntity } from '@dti/read-model';
import { DataSource } from 'typeorm';
import { GetRollupQuery } from './get-rollup.query';
import type { RollupResponse } from './rollup.response';
import { rollupCriterionView, scopeScoresView } from './rollup.view';

@QueryHandler(GetRollupQuery)
export class GetRollupHandler implements IQueryHandler<GetRollupQuery, RollupResponse> {
  constructor(private readonly dataSource: DataSource) {}

  async execute(query: GetRollupQuery): Promise<RollupResponse> {
    const scope = query.block ?? 'province';
    const manager = this.dataSource.manager;
    const { criteria } = await findRollup(manager, { period: query.period, scope });
    // Every scope's statistics at once: the province and both blocks are always shown.
    const stats = await manager.find(PeriodStatsEntity, { where: { period: query.period } });
    return {
      period: query.period,
      scope,
      criteria: criteria.map(rollupCriterionView),
      scores: scopeScoresView(stats),
    };
  }
}
