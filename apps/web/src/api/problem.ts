/** RFC 9457 problem details as the API answers every error (libs/platform/src/http/problem-details.ts). */
export interface FieldError {
  field: string;
  message: string;
  code: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  code?: string;
  correlationId?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export class ApiProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.name = 'ApiProblem';
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string | undefined {
    return this.problem.code;
  }

  /** Field errors keyed by their dotted path (`inputs.a`, `evidence.0.signer`). */
  fieldErrors(): Map<string, FieldError[]> {
    const byField = new Map<string, FieldError[]>();
    for (const error of this.problem.errors ?? [])
      byField.set(error.field, [...(byField.get(error.field) ?? []), error]);
    return byField;
  }
}

/** The API's messages are "Vietnamese / English": pick the half for the current language. */
export function localizedMessage(message: string | undefined, language: 'vi' | 'en'): string {
  if (!message) return '';
  const parts = message.split(' / ');
  if (parts.length < 2) return message;
  return language === 'vi' ? parts[0] : parts.slice(1).join(' / ');
}

/**
 * Unwraps an openapi-fetch result: the data, or an ApiProblem thrown for React Query and forms to show.
 * `error` is the parsed problem+json body when the server sent one.
 */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.response.ok) return result.data as T;
  const body = (result.error ?? {}) as Partial<Problem>;
  throw new ApiProblem({ ...body, status: result.response.status });
}
