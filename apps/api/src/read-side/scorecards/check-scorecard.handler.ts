import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '@dti/event-store';
import { checkProjection, checkScorecardAsOf, type AsOfCheck } from '@dti/read-model';
import { DataSource } from 'typeorm';
import { ReadAccess } from '../read-access';
import { CheckScorecardQuery } from './check-scorecard.query';
import type { ScorecardCheckResponse } from './scorecard-check.response';

/**
 * The read model's own check (checkProjection): the stream is replayed up to the position the projection
 * says it reflects, so a projector that is merely behind is not a mismatch (see eventsBehind).
 */
@QueryHandler(CheckScorecardQuery)
export class CheckScorecardHandler implements IQueryHandler<CheckScorecardQuery, ScorecardCheckResponse> {
  constructor(
    private readonly access: ReadAccess,
    private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute(query: CheckScorecardQuery): Promise<ScorecardCheckResponse> {
    // The unit from the register (404 for an unknown one): only the assessment's own stream is replayed.
    await this.access.unitFor(query.reader, query.unit);
    if (query.asOf !== null) {
      return asOfResponse(
        await checkScorecardAsOf(this.store, this.dataSource.manager, {
          unit: query.unit,
          period: query.period,
          asOf: query.asOf,
        }),
      );
    }
    const check = await checkProjection(this.store, this.dataSource.manager, {
      unit: query.unit,
      period: query.period,
    });
    return {
      unit: check.unit,
      period: check.period,
      streamId: check.streamId,
      // Nothing recorded and nothing projected agree too.
      match: check.outcome === 'match' || check.outcome === 'no-stream',
      outcome: check.outcome,
      projectedPosition: check.projectedPosition?.toString() ?? null,
      streamPosition: check.streamPosition?.toString() ?? null,
      eventsBehind: check.eventsBehind,
      differences: differencesResponse(check.differences),
    };
  }
}

function asOfResponse(check: AsOfCheck): ScorecardCheckResponse {
  return {
    unit: check.unit,
    period: check.period,
    streamId: check.streamId,
    match: check.outcome === 'match',
    outcome: check.outcome,
    projectedPosition: check.projectedPosition?.toString() ?? null,
    streamPosition: check.replayedPosition?.toString() ?? null,
    eventsBehind: check.eventsBehind,
    differences: differencesResponse(check.differences),
  };
}

function differencesResponse(differences: AsOfCheck['differences']): ScorecardCheckResponse['differences'] {
  return differences.map((difference) => ({
    table: difference.table,
    row: difference.row,
    column: difference.column,
    projected: comparable(difference.projected),
    replayed: comparable(difference.replayed),
  }));
}

/** checkProjection reports JSON spellings (or null for a row that is missing). */
function comparable(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}
