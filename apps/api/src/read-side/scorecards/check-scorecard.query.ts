import { Query } from '@nestjs/cqrs';
import type { QuarterString, UnitCode } from '@dti/domain';
import type { ScorecardCheckResponse } from './scorecard-check.response';

/** Replays a unit-quarter from the events and compares it with its projection. */
export class CheckScorecardQuery extends Query<ScorecardCheckResponse> {
  constructor(
    readonly unit: UnitCode,
    readonly period: QuarterString,
  ) {
    super();
  }
}
