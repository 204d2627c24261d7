import { Query } from '@nestjs/cqrs';
import type { Actor, QuarterString, UnitCode } from '@dti/domain';
import type { ReplayBound } from '@dti/read-model';
import type { RenderedJson } from '../rendered-json';

/**
 * A unit's scorecard for a quarter: as projected, or as it stood at a bound — answered rendered (a
 * ScorecardResponse's JSON text), as the route sends it.
 */
export class GetScorecardQuery extends Query<RenderedJson> {
  constructor(
    readonly unit: UnitCode,
    readonly period: QuarterString,
    readonly asOf: ReplayBound | null,
    readonly reader: Actor,
  ) {
    super();
  }
}
