import { Query } from '@nestjs/cqrs';
import type { Actor } from '@dti/domain';

/**
 * GET /assessments' answer as sent: the JSON text of an AssessmentViewResponse (put together from the read
 * model's stored texts, issue #12), so it is not parsed and serialised again on its way out.
 */
export class AssessmentViewJson {
  /**
   * `text` null: the reader's copy (If-None-Match) is current — 304, nothing read. `etag`: a strong tag of
   * the versions of the rows the answer is made from (null when they could not be told).
   */
  constructor(
    readonly text: string | null,
    readonly etag: string | null,
  ) {}
}

/** One unit's report for one quarter, as the reader may see it. */
export class GetAssessmentQuery extends Query<AssessmentViewJson> {
  constructor(
    readonly unit: string,
    readonly period: string,
    readonly reader: Actor,
    /** The request's If-None-Match, if any. */
    readonly ifNoneMatch?: string,
  ) {
    super();
  }
}
