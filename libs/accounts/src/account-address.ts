import { accountStreamId, normalizeUsername, requireUsername } from '@dti/domain';

/**
 * A username from a request, normalized (trimmed, lower-case) and checked by the domain's rule before
 * it becomes a stream id; throws INVALID_COMMAND (422) naming `field`.
 */
export function accountAddress(rawUsername: unknown, field = 'username'): { username: string; streamId: string } {
  const username = requireUsername(
    field,
    typeof rawUsername === 'string' ? normalizeUsername(rawUsername) : rawUsername,
  );
  return { username, streamId: accountStreamId(username) };
}
