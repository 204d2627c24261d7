import { Injectable } from '@nestjs/common';

// Abstract so a base class (e.g. a domain's `AssessmentError`) can be mapped once for all its subclasses.
export type ErrorClass = abstract new (...args: never[]) => Error;

export interface ErrorMapping {
  /** HTTP status the error becomes; a function when the error carries its own (e.g. DomainError's kind). */
  status: number | ((error: Error) => number);
  /** Stable machine code; defaults to the error's own string `code`, else its class name. */
  code?: string;
  /** Short human summary; defaults to the HTTP reason phrase. */
  title?: string;
}

export interface ResolvedErrorMapping extends ErrorMapping {
  status: number;
}

export interface ErrorStatusRule extends ErrorMapping {
  error: ErrorClass;
}

/**
 * The one place typed errors become HTTP statuses. Feature modules add their domain errors with
 * `PlatformHttpModule.forFeature([...])`; the problem-details filter asks here. The most specific
 * class in an error's prototype chain wins, so a subclass can refine its base's mapping.
 */
@Injectable()
export class ErrorStatusRegistry {
  private readonly rules = new Map<ErrorClass, ErrorMapping>();

  register(rules: ReadonlyArray<ErrorStatusRule>): void {
    for (const { error, ...mapping } of rules) {
      const existing = this.rules.get(error);
      if (existing !== undefined && existing.status !== mapping.status) {
        throw new Error(`${error.name} already has an HTTP status mapping; refusing a second, different one`);
      }
      this.rules.set(error, mapping);
    }
  }

  /** How the most specific registered class that `error` is an instance of answers, if any. */
  resolve(error: unknown): ResolvedErrorMapping | undefined {
    if (!(error instanceof Error)) return undefined;
    for (let proto: unknown = Object.getPrototypeOf(error); proto !== null; proto = Object.getPrototypeOf(proto)) {
      const ctor = (proto as { constructor?: unknown }).constructor;
      const mapping = this.rules.get(ctor as ErrorClass);
      if (mapping !== undefined) {
        const status = typeof mapping.status === 'function' ? mapping.status(error) : mapping.status;
        return { ...mapping, status };
      }
      if (ctor === Error) break;
    }
    return undefined;
  }
}
