import { Query } from '@nestjs/cqrs';
import type { Actor, QuarterString, UnitCode } from '@dti/domain';
import type { ReportComparisonResponse } from './reports.response';

/** A published version (the latest by default) against the report as it stands now. */
export class CompareReportQuery extends Query<ReportComparisonResponse> {
  constructor(
    readonly unit: UnitCode,
    readonly period: QuarterString,
    readonly version: number | null,
    readonly reader: Actor,
  ) {
    super();
  }
}
