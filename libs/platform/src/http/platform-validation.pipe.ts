import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { findHostileInput } from './hostile-input';
import { RequestValidationError } from './request-validation.error';

/**
 * Unknown properties are rejected rather than silently dropped: a misspelt field in a submission
 * must not look like an accepted empty value. Before class-transformer and class-validator see an input
 * (they recurse, and PostgreSQL refuses NUL at append), values no field may hold are refused naming the
 * field (see hostile-input.ts); the HostileInputMiddleware already did so for JSON bodies, this covers
 * query strings, path parameters and bodies parsed later (multipart fields).
 */
export class PlatformValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors) => RequestValidationError.fromClassValidator(errors),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query' || metadata.type === 'param') {
      const root = metadata.type === 'body' ? '' : (metadata.data ?? '');
      const findings = findHostileInput(value, root);
      if (findings.length > 0) throw new RequestValidationError(findings);
    }
    return super.transform(value, metadata);
  }
}

export function createPlatformValidationPipe(): ValidationPipe {
  return new PlatformValidationPipe();
}
