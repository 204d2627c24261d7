import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { RequestContext } from '@dti/platform';
import { actorOf, type AuthenticatedRequest } from '../auth/authenticated-request';
import { buildCommandEnvelope, requestTarget } from './command-envelope.factory';
import { IDEMPOTENCY_KEY_HEADER, readIdempotencyKey } from './idempotency-key';

const IDEMPOTENCY_KEY_DOC =
  'Optional. Retrying a command with the same key (same account, same method and path) applies it once and ' +
  'answers with the first result. Gửi lại lệnh với cùng khóa thì lệnh chỉ được thực hiện một lần.';

/**
 * The command envelope of this request: the authenticated actor, a command id derived from the
 * Idempotency-Key header (see idempotency-key.ts), the request's correlation id and the time now.
 * Also documents the Idempotency-Key header on the endpoint. Only on authenticated routes.
 *
 * `@Post() create(@Body() body: Dto, @Envelope() envelope: CommandEnvelope)`
 */
export const Envelope = createParamDecorator(
  (_data: unknown, context: ExecutionContext) => {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const actor = actorOf(request);
    // A defect of ours (an @Public() route asking for an envelope), not the caller's: a 500.
    if (actor === undefined) throw new Error('@Envelope() used on a route without an authenticated actor');
    return buildCommandEnvelope({
      actor,
      target: requestTarget(request.method, request.originalUrl ?? request.url),
      idempotencyKey: readIdempotencyKey(request.headers[IDEMPOTENCY_KEY_HEADER]),
      correlationId: RequestContext.correlationId(),
    });
  },
  [
    (target: object, key?: string | symbol) => {
      if (key === undefined) return;
      const descriptor = Object.getOwnPropertyDescriptor(target, key);
      if (descriptor === undefined) return;
      ApiHeader({ name: 'Idempotency-Key', required: false, description: IDEMPOTENCY_KEY_DOC })(
        target,
        key,
        descriptor,
      );
    },
  ],
);
