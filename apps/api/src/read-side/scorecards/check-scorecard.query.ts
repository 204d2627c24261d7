import { Query } from '@nestjs/cqrs';
import type { Actor, QuarterString, UnitCode } from '@dti/domain';
import type { ReplayBound } from '@dti/read-model';
import type { ScorecardCheckResponse } from './scorecard-check.response';

/**
 * Replays a unit-quarter from the events and compares it with its projection — or, with `asOf`, with
 * the scorecard's versions valid at that bound (what `?asOf=` reads).
 */
export class CheckScorecardQuery extends Query<ScorecardCheckResponse> {
  constructor(
    readonly unit: UnitCode,
    readonly period: QuarterString,
    readonly asOf: ReplayBound | null,
    readonly reader: Actor,
  ) {
    super();
  }
}
