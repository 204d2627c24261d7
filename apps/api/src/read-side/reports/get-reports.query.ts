import { Query } from '@nestjs/cqrs';
import type { Actor, QuarterString, UnitCode } from '@dti/domain';
import type { ReportsResponse } from './reports.response';

/** Every published version of a unit-quarter's report, as finalized. */
export class GetReportsQuery extends Query<ReportsResponse> {
  constructor(
    readonly unit: UnitCode,
    readonly period: QuarterString,
    readonly reader: Actor,
  ) {
    super();
  }
}
