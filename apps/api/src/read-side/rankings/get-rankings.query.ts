import { Query } from '@nestjs/cqrs';
import type { QuarterString, UnitBlock } from '@dti/domain';
import type { RankingsResponse } from './rankings.response';

/** A quarter's rankings, per block, with the change since the previous quarter. */
export class GetRankingsQuery extends Query<RankingsResponse> {
  constructor(
    readonly period: QuarterString,
    readonly block: UnitBlock | null,
  ) {
    super();
  }
}
