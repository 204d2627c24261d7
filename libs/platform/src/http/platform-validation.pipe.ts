import { ValidationPipe } from '@nestjs/common';
import { RequestValidationError } from './request-validation.error';

/**
 * Unknown properties are rejected rather than silently dropped: a misspelt field in a submission
 * must not look like an accepted empty value.
 */
export function createPlatformValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => RequestValidationError.fromClassValidator(errors),
  });
}
