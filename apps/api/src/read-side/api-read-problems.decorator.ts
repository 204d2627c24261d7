import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';

/**
 * What each error status means on the read endpoints. 401 and 403 are documented by @Roles (403 is
 * ROLE_NOT_ALLOWED, or NOT_OWN_UNIT when a submitter asks about another unit).
 */
const MEANING: Readonly<Record<number, string>> = {
  400: 'VALIDATION_FAILED: a path or query parameter cannot be read (`errors[]` names it, with a code such as INVALID_PERIOD, INVALID_UNIT_CODE, INVALID_AS_OF, INVALID_TIMELINE_BOUND, INVALID_CURSOR, INVALID_ACTOR, INVALID_INSTANT, REPORT_NOT_PUBLISHED, UNKNOWN_GROUP, UNKNOWN_CRITERION, isIn). Nothing was read.',
  404: 'UNIT_NOT_FOUND (no such unit in the register), REPORT_VERSION_NOT_FOUND.',
};

const PROBLEM_SCHEMA = {
  type: 'object',
  description: 'RFC 9457 problem details (application/problem+json)',
  required: ['type', 'title', 'status', 'detail', 'instance', 'code'],
  properties: {
    type: { type: 'string', example: 'urn:dti-hue:problem:validation-failed' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    code: { type: 'string', example: 'VALIDATION_FAILED' },
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

/** Documents the problem+json answers of a read endpoint, e.g. `@ApiReadProblems(400, 404)`. */
export function ApiReadProblems(...statuses: Array<400 | 404>): MethodDecorator {
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
