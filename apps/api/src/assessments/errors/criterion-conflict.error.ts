import type { DomainError } from '@dti/domain';
import type { CriterionViewResponse } from '../dto/assessment-view.response';

/**
 * A command on a criterion that the current state refuses (stale or already reviewed submission,
 * finalized report, correction required…). It answers like the domain error it wraps — same status,
 * code and message — and adds the criterion as it stands now, so the client can show what changed
 * under it (e.g. the other reviewer's approval that won the race) without another request.
 */
export class CriterionConflictError extends Error {
  override readonly name = 'CriterionConflictError';
  readonly code: string;
  readonly status: number;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(cause: DomainError, criterion: CriterionViewResponse | null) {
    super(cause.message, { cause });
    this.code = cause.code;
    this.status = cause.httpStatus;
    this.details = { ...cause.details, criterion };
  }
}
