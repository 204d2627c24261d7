import { randomUUID } from 'node:crypto';
import { uuidV5 } from '@dti/domain';

/** The header every command endpoint accepts (IETF draft "The Idempotency-Key HTTP Header Field"). */
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';

// Printable ASCII without spaces: the key is echoed into logs and hashed into ids.
const ACCEPTABLE_KEY = /^[\x21-\x7e]{1,200}$/;

/** A malformed Idempotency-Key header: refused before anything is decided. */
export class InvalidIdempotencyKeyError extends Error {
  override readonly name = 'InvalidIdempotencyKeyError';
  readonly code = 'INVALID_IDEMPOTENCY_KEY' as const;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(problem: string) {
    super(`Tiêu đề Idempotency-Key không hợp lệ: ${problem} / The Idempotency-Key header is invalid: ${problem}`);
    this.details = { header: 'Idempotency-Key', problem };
  }
}

/** The header's value, or undefined when absent; throws InvalidIdempotencyKeyError when malformed. */
export function readIdempotencyKey(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (Array.isArray(header)) {
    if (header.length !== 1) throw new InvalidIdempotencyKeyError('send the header once');
    return readIdempotencyKey(header[0]);
  }
  if (!ACCEPTABLE_KEY.test(header)) {
    throw new InvalidIdempotencyKeyError('expected 1–200 printable ASCII characters without spaces');
  }
  return header;
}

/**
 * The command id of a request. With an Idempotency-Key it is a name-based UUID of (account, request
 * target, key), so a retry of the same request yields the same command id, hence the same event ids
 * (the domain's toNewEvents derives them from it), and the store's idempotent append stores nothing
 * twice. The account takes part so two users' keys never collide; the target (method and path) so a
 * key reused on another endpoint or resource is another command. Without a key every request is a
 * new command.
 */
export function commandIdOf(input: { actor: string; target: string; idempotencyKey?: string }): string {
  if (input.idempotencyKey === undefined) return randomUUID();
  return uuidV5(`idempotency-key\n${input.actor}\n${input.target}\n${input.idempotencyKey}`);
}
