/**
 * Shared command plumbing (see README.md here): the command envelope of a request, Idempotency-Key
 * handling, what each actor wrote (OwnWrites) and the HTTP statuses of the domain's errors. Commands run
 * through @dti/command-handling's handleCommand (streams are read with its readState).
 */
export { CommandHandlingModule } from './command-handling.module';
export { Envelope } from './envelope.decorator';
export { buildCommandEnvelope, requestTarget } from './command-envelope.factory';
export type { CommandEnvelopeInput } from './command-envelope.factory';
export { IDEMPOTENCY_KEY_HEADER, InvalidIdempotencyKeyError, commandIdOf, readIdempotencyKey } from './idempotency-key';
export { IdempotencyFingerprintInterceptor, IdempotencyKeyReusedError } from './idempotency-fingerprint.interceptor';
export { requestFingerprint } from './request-fingerprint';
export { OwnWrites } from './own-writes';
export { APPLICATION_ERROR_RULES } from './error-statuses';
