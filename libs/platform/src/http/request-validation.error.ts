import type { ValidationError } from 'class-validator';
import { FieldError } from './problem-details';

/**
 * A request whose input failed validation; nothing was done with it. 400 VALIDATION_FAILED when the
 * input cannot be read; `unprocessable` for a well-formed input the system does not allow: 422 with the
 * given code (the domain's), still naming each field in `errors`.
 */
export class RequestValidationError extends Error {
  override readonly name = 'RequestValidationError';

  constructor(
    readonly errors: FieldError[],
    readonly unprocessable?: { code: string },
  ) {
    super(`Request validation failed: ${errors.map((e) => e.field).join(', ')}`);
  }

  static fromClassValidator(errors: ValidationError[]): RequestValidationError {
    return new RequestValidationError(flatten(errors, ''));
  }
}

function flatten(errors: ValidationError[], parent: string): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent === '' ? error.property : `${parent}.${error.property}`;
    const own = Object.entries(error.constraints ?? {}).map(([code, message]) => ({ field, message, code }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
