/** One field-level failure in a rejected request body, query or path. */
export interface FieldError {
  /** Dotted path into the input, e.g. `figures.0.numerator`. */
  field: string;
  message: string;
  /** Machine-readable rule that failed, e.g. `isInt`, `whitelistValidation`. */
  code: string;
}

/**
 * RFC 9457 problem details, as every error response of the API (`application/problem+json`).
 * `code` and `correlationId` are extension members: a stable identifier clients can switch on, and
 * the id to quote when asking operators about the failure.
 */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  code: string;
  correlationId?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export const PROBLEM_JSON = 'application/problem+json';

/** Problem types are URNs: stable identifiers that do not pretend to be dereferenceable documents. */
export function problemType(code: string): string {
  return `urn:dti-hue:problem:${code.toLowerCase().replace(/_/g, '-')}`;
}
