import { Query } from '@nestjs/cqrs';
import type { Actor } from '@dti/domain';
import type { CriterionHistoryPageResponse } from '../dto/criterion-history.dto';

/** One page of a criterion's history (older entries than GET /assessments carries), as the reader may see it. */
export class GetCriterionHistoryQuery extends Query<CriterionHistoryPageResponse> {
  constructor(
    readonly unit: string,
    readonly period: string,
    readonly criterion: string,
    readonly page: { before: number | null; limit: number },
    readonly reader: Actor,
  ) {
    super();
  }
}
