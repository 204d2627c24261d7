import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { findScorecardAsOf, findScorecardLines } from '@dti/read-model';
import type { RegisteredUnit } from '@dti/domain';
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
    const { period, asOf } = query;
    let unit: RegisteredUnit;
    let rows: ScorecardRows | null;
    if (asOf === null) {
      // One statement for the card, beside the register's read (no entities: plain JSON lines).
      const [registered, projected] = await this.access.unitWith(query.reader, query.unit, (code) =>
        findScorecardLines(this.dataSource.manager, { unit: code, period }),
      );
      unit = registered;
      rows = projected && { catalogueId: projected.report.catalogueId, ...projected };
    } else {
      unit = await this.access.unitFor(query.reader, query.unit);
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
