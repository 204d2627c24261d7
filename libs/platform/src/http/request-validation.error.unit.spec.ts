import { ValidationError } from 'class-validator';
import { RequestValidationError } from './request-validation.error';

function failure(
  property: string,
  constraints?: Record<string, string>,
  children: ValidationError[] = [],
): ValidationError {
  return Object.assign(new ValidationError(), { property, constraints, children });
}

describe('RequestValidationError.fromClassValidator', () => {
  it('flattens nested failures into dotted field paths, one entry per failed rule', () => {
    const error = RequestValidationError.fromClassValidator([
      failure('numerator', { isInt: 'numerator must be an integer', min: 'numerator must not be less than 0' }),
      failure('evidence', undefined, [failure('0', undefined, [failure('url', { isUrl: 'url must be a URL' })])]),
    ]);
    expect(error.errors).toEqual([
      { field: 'numerator', code: 'isInt', message: 'numerator must be an integer' },
      { field: 'numerator', code: 'min', message: 'numerator must not be less than 0' },
      { field: 'evidence.0.url', code: 'isUrl', message: 'url must be a URL' },
    ]);
    expect(error.message).toContain('evidence.0.url');
  });
});
