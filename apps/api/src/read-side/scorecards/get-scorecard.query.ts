import { Query } from '@nestjs/cqrs';
import type { Actor, QuarterString, UnitCode } from '@dti/domain';
import type { ReplayBound } from '@dti/read-model';
import type { ScorecardResponse } from './scorecard.response';

/** A unit's scorecard for a quarter: as projected, or replayed from the events as of a bound. */
export class GetScorecardQuery extends Query<ScorecardResponse> {
  constructor(
    readonly unit: UnitCode,
    readonly period: QuarterString,
    readonly asOf: ReplayBound | null,
    readonly reader: Actor,
  ) {
    super();
  }
}
