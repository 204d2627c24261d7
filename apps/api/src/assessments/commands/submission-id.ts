import { uuidV5 } from '@dti/domain';

/**
 * A new submission's id, derived from the command id: a retried request (same Idempotency-Key, hence
 * same command id) names the same submission, so the domain recognises it instead of storing a second.
 */
export function submissionIdFor(commandId: string): string {
  return `sub-${uuidV5(`submission\n${commandId}`)}`;
}
