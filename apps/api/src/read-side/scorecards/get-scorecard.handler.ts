import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '@dti/event-store';
import { findScorecard, replayFromStore } from '@dti/read-model';
import { DataSource } from 'typeorm';
import { ReadAccess } from '../read-access';
import { catalogueInForce } from '../read-inputs';
import { emptyScorecardRows } from './empty-scorecard';
import { GetScorecardQuery } from './get-scorecard.query';
import type { ScorecardResponse } from './scorecard.response';
import { scorecardView, type ScorecardRows } from './scorecard.view';

/**
 * Without asOf: the projection (what leadership and rankings see). With asOf: the unit-quarter's stream
 * read from the event store and folded up to the bound by the read model's replay — the projection is
 * never consulted, so an inspector sees what the events say, whatever the projector did.
 */
@QueryHandler(GetScorecardQuery)
export class GetScorecardHandler implements IQueryHandler<GetScorecardQuery, ScorecardResponse> {
  constructor(
    private readonly access: ReadAccess,
    private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute(query: GetScorecardQuery): Promise<ScorecardResponse> {
    const unit = await this.access.unitFor(query.reader, query.unit);
    const { period, asOf } = query;
    let rows: ScorecardRows | null;
    if (asOf === null) {
      const projected = await findScorecard(this.dataSource.manager, { unit: unit.code, period });
      rows = projected && { catalogueId: projected.report.catalogueId, ...projected };
    } else {
      const { replayed } = await replayFromStore(this.store, { unit: unit.code, period, asOf });
      rows = replayed;
    }
    return scorecardView({
      unit,
      period,
      source: asOf === null ? 'projection' : 'replay',
      asOf,
      rows: rows ?? emptyScorecardRows(catalogueInForce(period), unit.block),
    });
  }
}
