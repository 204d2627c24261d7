import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { findScorecard, findScorecardAsOf } from '@dti/read-model';
import { DataSource } from 'typeorm';
import { ReadAccess } from '../read-access';
import { catalogueInForce } from '../read-inputs';
import { emptyScorecardRows } from '@dti/exports';
import { GetScorecardQuery } from './get-scorecard.query';
import type { ScorecardResponse } from './scorecard.response';
import { scorecardView, type ScorecardRows } from './scorecard.view';

/**
 * Without asOf: the projection (what leadership and rankings see). With asOf: the scorecard's versions
 * kept by the projection (`scorecard_versions`), valid at the bound — an indexed lookup, the same for a
 * stream of ten events or two thousand. Whether those versions say what the events say is the
 * inspector's check (`GET /scorecards/{unit}/{period}/check?asOf=`), which replays the stream.
 */
@QueryHandler(GetScorecardQuery)
export class GetScorecardHandler implements IQueryHandler<GetScorecardQuery, ScorecardResponse> {
  constructor(
    private readonly access: ReadAccess,
    private readonly dataSource: DataSource,
  ) {}

  async execute(query: GetScorecardQuery): Promise<ScorecardResponse> {
    const unit = await this.access.unitFor(query.reader, query.unit);
    const { period, asOf } = query;
    let rows: ScorecardRows | null;
    if (asOf === null) {
      const projected = await findScorecard(this.dataSource.manager, { unit: unit.code, period });
      rows = projected && { catalogueId: projected.report.catalogueId, ...projected };
    } else {
      rows = await findScorecardAsOf(this.dataSource.manager, { unit: unit.code, period, asOf });
    }
    return scorecardView({
      unit,
      period,
      source: 'projection',
      asOf,
      rows: rows ?? emptyScorecardRows(catalogueInForce(period), unit.block),
    });
  }
}
