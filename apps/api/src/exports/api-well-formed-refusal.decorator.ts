import { ApiResponse } from '@nestjs/swagger';

/**
 * 422: a period written correctly that the domain does not allow (a year out of range, a reversed
 * `from`/`to`), problem+json with the domain's code — as on every read route.
 */
export function ApiWellFormedRefusal(): MethodDecorator {
  return ApiResponse({
    status: 422,
    description:
      'A well-formed period the domain does not allow (e.g. a year out of range, or `to` before `from`): problem+json with the domain’s code.',
    content: { 'application/problem+json': { schema: { type: 'object', additionalProperties: true } } },
  });
}
