import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';

/** What each error status means on the assessment endpoints; 401 and 403 are documented by @Roles. */
const MEANING: Readonly<Record<number, string>> = {
  400: 'Malformed request: a body field, path parameter or Idempotency-Key is invalid, or the figures cannot be scored (VALIDATION_FAILED; `errors[]` names the field, with the scoring engine’s code such as MISSING_INPUT for an input). Nothing was stored.',
  403: 'ROLE_NOT_ALLOWED (the role may not call this endpoint), or a domain rule refused it: NOT_OWN_UNIT (a submitter acts for their own unit only), SEPARATION_OF_DUTIES (nobody reviews their own submission), NOT_SUBMISSION_OWNER.',
  404: 'UNIT_NOT_FOUND, SUBMISSION_NOT_FOUND.',
  409: 'The current state refuses it: STALE_SUBMISSION, ALREADY_REVIEWED, SUBMISSION_WITHDRAWN, REPORT_FINALIZED, REPORT_NOT_FINALIZED, PENDING_SUBMISSIONS_REMAIN, CORRECTION_REQUIRED, INVALID_CORRECTION_TARGET, UNIT_NOT_ACTIVE, CONCURRENT_MODIFICATION. On a criterion, `details.criterion` holds the criterion as it now stands.',
  422: 'The command cannot mean anything: INVALID_PERIOD, INVALID_UNIT_CODE, CRITERION_NOT_IN_CATALOGUE, CRITERION_NOT_FOR_BLOCK, INVALID_EVIDENCE, INVALID_COMMAND, PERIOD_NOT_STARTED, CATALOGUE_NOT_CONFIGURED; EVIDENCE_FILE_NOT_UPLOADED when a cited file (`evidence[i].sha256`, named in `details.field`) was not uploaded for the unit (POST /evidence).',
};

const PROBLEM_SCHEMA = {
  type: 'object',
  description: 'RFC 9457 problem details (application/problem+json)',
  required: ['type', 'title', 'status', 'detail', 'instance', 'code'],
  properties: {
    type: { type: 'string', example: 'urn:dti-hue:problem:stale-submission' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string', description: 'Vietnamese / English' },
    instance: { type: 'string' },
    code: { type: 'string', example: 'STALE_SUBMISSION' },
    correlationId: { type: 'string' },
    details: { type: 'object', additionalProperties: true },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        properties: { field: { type: 'string' }, message: { type: 'string' }, code: { type: 'string' } },
      },
    },
  },
};

/** Documents the problem+json answers of an endpoint, e.g. `@ApiProblems(400, 404, 409, 422)`. */
export function ApiProblems(...statuses: Array<400 | 403 | 404 | 409 | 422>): MethodDecorator {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: MEANING[status],
        content: { 'application/problem+json': { schema: PROBLEM_SCHEMA } },
      }),
    ),
  );
}
