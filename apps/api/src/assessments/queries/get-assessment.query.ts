import { Query } from '@nestjs/cqrs';
import type { Actor } from '@dti/domain';
import type { AssessmentViewResponse } from '../dto/assessment-view.response';

/** One unit's report for one quarter, as the reader may see it. */
export class GetAssessmentQuery extends Query<AssessmentViewResponse> {
  constructor(
    readonly unit: string,
    readonly period: string,
    readonly reader: Actor,
  ) {
    super();
  }
}
