import { Query } from '@nestjs/cqrs';
import type { Actor } from '@dti/domain';

/**
 * GET /assessments' answer as sent: the JSON text of an AssessmentViewResponse (put together from the read
 * model's stored texts, issue #12), so it is not parsed and serialised again on its way out.
 */
export class AssessmentViewJson {
  constructor(readonly text: string) {}
}

/** One unit's report for one quarter, as the reader may see it. */
export class GetAssessmentQuery extends Query<AssessmentViewJson> {
  constructor(
    readonly unit: string,
    readonly period: string,
    readonly reader: Actor,
  ) {
    super();
  }
}
