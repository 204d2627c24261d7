import { readState } from '@dti/command-handling';
import {
  accountDecider,
  accountStreamId,
  isDomainError,
  normalizeUsername,
  requireUsername,
  type AccountState,
} from '@dti/domain';
import type { EventStore } from '@dti/event-store';

/**
 * What authentication needs to know about an account, read from its stream on every request (one
 * indexed read of a short stream) so a disable or a role change applies to the very next request.
 */
export interface AccountSession {
  username: string;
  state: AccountState;
  /**
   * The revision of the account's last password change or disable (-1 if none). Tokens carry the
   * version they were issued at; an older one is revoked. Exact, with no clock involved.
   */
  sessionVersion: number;
}

const REVOKING_EVENTS: ReadonlySet<string> = new Set(['AccountPasswordChanged', 'AccountDisabled']);

export async function loadAccountSession(
  store: Pick<EventStore, 'readStream'>,
  rawUsername: string,
): Promise<AccountSession> {
  const username = normalizeUsername(rawUsername);
  // A name that breaks the username rule cannot have an account: simply unknown, like any other.
  if (!isUsername(username)) return { username, state: accountDecider.initialState, sessionVersion: -1 };
  const loaded = await readState(store, accountStreamId(username), accountDecider);
  let sessionVersion = -1;
  for (const { event, revision } of loaded.events) {
    if (REVOKING_EVENTS.has(event.type)) sessionVersion = Number(revision);
  }
  return { username, state: loaded.state, sessionVersion };
}

/** Whether a name keeps the username rule (one that breaks it cannot have an account). */
export function isUsername(value: string): boolean {
  try {
    requireUsername('username', value);
    return true;
  } catch (error) {
    if (isDomainError(error)) return false;
    throw error;
  }
}
