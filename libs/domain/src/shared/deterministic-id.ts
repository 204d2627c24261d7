import { createHash } from 'node:crypto';

/**
 * Name-based UUIDs (RFC 9562 version 5, SHA-1). A retried command must produce the very same event
 * ids, because the event store recognises a retry by them and stores nothing new; random ids would
 * turn every retry into duplicates.
 */

/** Namespace of dti-huế's own ids. Never change it: stored event ids derive from it. */
export const DTI_HUE_ID_NAMESPACE = '3ee9eaeb-9885-4c14-8ff4-25f0687d6438';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function uuidV5(name: string, namespace: string = DTI_HUE_ID_NAMESPACE): string {
  if (!UUID_PATTERN.test(namespace)) throw new TypeError(`Namespace is not a UUID: ${namespace}`);
  const sha1 = createHash('sha1').update(Buffer.from(namespace.replace(/-/g, ''), 'hex'));
  // Stryker disable next-line StringLiteral: an empty encoding falls back to Node's default for text, utf8
  sha1.update(name, 'utf8');
  const hash = sha1.digest();
  const bytes = Buffer.from(hash.subarray(0, 16));
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The id of the `index`-th event a command appends to a stream. The stream takes part so that a
 * command touching two streams can never give two events the same id.
 */
export function eventIdFor(streamId: string, commandId: string, index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`Event index must be a natural number: ${index}`);
  return uuidV5(`event\n${streamId}\n${commandId}\n${index}`);
}

/** A command id derived from a stable name, for commands the system issues itself (seeding, migrations). */
export function commandIdFor(name: string): string {
  return uuidV5(`command\n${name}`);
}
