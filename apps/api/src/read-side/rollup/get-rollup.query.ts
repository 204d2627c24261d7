import { Query } from '@nestjs/cqrs';
import type { QuarterString, UnitBlock } from '@dti/domain';
import type { RollupResponse } from './rollup.response';

/** A quarter's roll-up over the province (or one block), and the spread of unit scores per block. */
export class GetRollupQuery extends Query<RollupResponse> {
  constructor(
    readonly period: QuarterString,
    readonly block: UnitBlock | null,
  ) {
    super();
  }
}
