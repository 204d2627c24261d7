import { DuplicateCatalogueError, InvalidCatalogueError, UnknownCatalogueError } from '@dti/catalogue';
import { DomainError, isDomainError } from '@dti/domain';
import type { ErrorStatusRule } from '@dti/platform';
import { ScoringError } from '@dti/scoring';
import { IdempotencyKeyReusedError } from './idempotency-fingerprint.interceptor';
import { InvalidIdempotencyKeyError } from './idempotency-key';

/**
 * The typed errors of the pure libraries and of the command plumbing, and how HTTP answers them.
 * Registered ONCE for the whole API (CommandHandlingModule): the platform's registry refuses a second,
 * different mapping of the same class. A DomainError answers with its own kind (DOMAIN_ERROR_KINDS:
 * 422 / 403 / 404 / 409 / 500), so a new domain error needs no line here.
 */
export const APPLICATION_ERROR_RULES: ErrorStatusRule[] = [
  { error: DomainError, status: (error) => (isDomainError(error) ? error.httpStatus : 500) },
  { error: UnknownCatalogueError, status: 404 },
  // A built-in catalogue the registry refused is our defect, not the caller's.
  { error: InvalidCatalogueError, status: 500 },
  { error: DuplicateCatalogueError, status: 409 },
  // Figures that cannot be scored are bad input, like the domain's INVALID_COMMAND.
  {
    error: ScoringError,
    status: (error) => ((error as ScoringError).code === 'INVALID_CATALOGUE' ? 500 : 422),
  },
  { error: InvalidIdempotencyKeyError, status: 400 },
  { error: IdempotencyKeyReusedError, status: 422 },
];
