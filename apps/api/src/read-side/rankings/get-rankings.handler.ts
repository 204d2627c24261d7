import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { formatQuarter, parseQuarter, previousQuarter, UNIT_BLOCKS } from '@dti/domain';
import { findRankings } from '@dti/read-model';
import { DataSource } from 'typeorm';
import { GetRankingsQuery } from './get-rankings.query';
import type { RankedUnitResponse, RankingsResponse } from './rankings.response';
import { rankedUnits } from './rankings.view';

@QueryHandler(GetRankingsQuery)
export class GetRankingsHandler implements IQueryHandler<GetRankingsQuery, RankingsResponse> {
  constructor(private readonly dataSource: DataSource) {}

  async execute(query: GetRankingsQuery): Promise<RankingsResponse> {
    const blocks = query.block === null ? UNIT_BLOCKS : [query.block];
    const units: RankedUnitResponse[] = [];
    for (const block of blocks) {
      units.push(...rankedUnits(await findRankings(this.dataSource.manager, { period: query.period, block })));
    }
    return {
      period: query.period,
      previousPeriod: formatQuarter(previousQuarter(parseQuarter(query.period))),
      block: query.block,
      units,
    };
  }
}
