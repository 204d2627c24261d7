import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger, Optional } from '@nestjs/common';
import type { Response } from 'express';
import type { IncomingMessage } from 'node:http';
import { STATUS_CODES } from 'node:http';
import { correlationIdOf } from '../logging/correlation-id';
import { RequestContext } from '../logging/request-context';
import { EdgeRejections } from './edge-rejections';
import { ErrorStatusRegistry } from './error-status.registry';
import { PROBLEM_JSON, ProblemDetails, problemType } from './problem-details';
import { RequestValidationError } from './request-validation.error';

/**
 * Every failed HTTP request answers with RFC 9457 problem details. Known errors keep their message;
 * unexpected ones are logged with their stack and answered with a generic 500 so internals do not leak.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemDetailsFilter.name);

  constructor(
    private readonly registry: ErrorStatusRegistry,
    @Optional() private readonly edgeRejections?: EdgeRejections,
  ) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const http = host.switchToHttp();
    const request = http.getRequest<IncomingMessage & { originalUrl?: string }>();
    const response = http.getResponse<Response>();

    // Outside any RequestContext: the error was raised before routing (body parser, URL decoding), so
    // neither the correlation-id middleware nor the request log nor the metrics middleware saw it.
    const beforeRouting = RequestContext.current() === undefined;
    const correlationId = beforeRouting ? correlationIdOf(request, response) : undefined;
    const problem = this.toProblem(exception, request.originalUrl ?? request.url ?? '', correlationId, beforeRouting);
    if (problem.status >= 500) {
      this.logger.error(
        { err: exception, correlationId: problem.correlationId },
        exception instanceof Error ? exception.message : 'Non-error thrown',
      );
    } else if (beforeRouting) {
      this.logger.warn(
        {
          correlationId: problem.correlationId,
          method: request.method,
          url: problem.instance,
          status: problem.status,
          code: problem.code,
        },
        `Request refused before routing: ${problem.status} ${problem.code}`,
      );
    }
    if (beforeRouting) {
      this.edgeRejections?.record({ method: request.method ?? 'UNKNOWN', status: problem.status, code: problem.code });
    }

    // A refusal that ends (a throttle) says when to come back (RFC 9110 §10.2.3).
    const retryAfter = (exception as { retryAfterSeconds?: unknown } | null)?.retryAfterSeconds;
    if (typeof retryAfter === 'number' && Number.isFinite(retryAfter) && !response.headersSent) {
      response.setHeader('Retry-After', String(Math.max(1, Math.ceil(retryAfter))));
    }
    // Written directly: Nest's reply() resets any non-JSON content type of an error body to application/json.
    response.status(problem.status).setHeader('Content-Type', `${PROBLEM_JSON}; charset=utf-8`);
    response.send(JSON.stringify(problem));
  }

  toProblem(
    exception: unknown,
    instance: string,
    correlationIdBeforeRouting?: string,
    beforeRouting = false,
  ): ProblemDetails {
    const correlationId = RequestContext.correlationId() ?? correlationIdBeforeRouting;
    const base = (status: number, code: string, detail: string, title?: string): ProblemDetails => ({
      type: problemType(code),
      title: title ?? STATUS_CODES[status] ?? 'Error',
      status,
      detail,
      instance,
      code,
      ...(correlationId === undefined ? {} : { correlationId }),
    });

    if (exception instanceof RequestValidationError) {
      const fields = [...new Set(exception.errors.map((e) => e.field))].join(', ');
      if (exception.unprocessable !== undefined) {
        const detail = exception.errors.map((e) => e.message).join(' ');
        return {
          ...base(HttpStatus.UNPROCESSABLE_ENTITY, exception.unprocessable.code, detail),
          errors: exception.errors,
        };
      }
      return {
        ...base(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', `The request is invalid: ${fields}.`, 'Validation failed'),
        errors: exception.errors,
      };
    }

    const mapping = this.registry.resolve(exception);
    if (mapping !== undefined && exception instanceof Error) {
      const ownCode = (exception as { code?: unknown }).code;
      const code = mapping.code ?? (typeof ownCode === 'string' ? ownCode : codeFromClassName(exception.name));
      const details = (exception as { details?: unknown }).details;
      return {
        ...base(mapping.status, code, exception.message, mapping.title),
        // Typed errors may carry machine-readable facts about the failure (the domain's never hold secrets).
        ...(isPlainObject(details) ? { details } : {}),
      };
    }

    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (beforeRouting && status === HttpStatus.BAD_REQUEST) return malformed(base, httpExceptionDetail(exception));
      return base(status, codeFromStatus(status), httpExceptionDetail(exception));
    }

    // Errors raised before Nest routing (e.g. body-parser's malformed JSON) carry their own status.
    const clientStatus = clientErrorStatus(exception);
    if (clientStatus !== undefined && exception instanceof Error) {
      if (clientStatus === HttpStatus.BAD_REQUEST) return malformed(base, exception.message);
      return base(clientStatus, codeFromStatus(clientStatus), exception.message);
    }

    return base(
      HttpStatus.INTERNAL_SERVER_ERROR,
      'INTERNAL_ERROR',
      'An unexpected error occurred. Quote the correlation id when reporting it.',
    );
  }
}

/** Syntax the server cannot read at all (JSON, percent-encoding): 400, as opposed to 422 for well-formed input it refuses. */
function malformed(
  base: (status: number, code: string, detail: string, title?: string) => ProblemDetails,
  message: string,
): ProblemDetails {
  const json = /JSON/i.test(message);
  return base(
    HttpStatus.BAD_REQUEST,
    json ? 'MALFORMED_JSON' : 'MALFORMED_REQUEST',
    json
      ? `Nội dung JSON không đọc được / The JSON body cannot be parsed: ${message}`
      : `Yêu cầu không đọc được / The request cannot be read: ${message}`,
    json ? 'Malformed JSON' : 'Malformed request',
  );
}

function httpExceptionDetail(exception: HttpException): string {
  const body = exception.getResponse();
  if (typeof body === 'string') return body;
  const message = (body as { message?: unknown }).message;
  if (typeof message === 'string') return message;
  if (Array.isArray(message)) return message.map(String).join('; ');
  return exception.message;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function clientErrorStatus(exception: unknown): number | undefined {
  if (typeof exception !== 'object' || exception === null) return undefined;
  const status =
    (exception as { status?: unknown; statusCode?: unknown }).status ??
    (exception as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

function codeFromStatus(status: number): string {
  return (STATUS_CODES[status] ?? `HTTP ${status}`).toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}

/** `SubmissionClosedError` → `SUBMISSION_CLOSED`. */
function codeFromClassName(name: string): string {
  return name
    .replace(/(Error|Exception)$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toUpperCase();
}
