import { Inject, Injectable } from '@nestjs/common';
import { accountStreamId, normalizeUsername } from '@dti/domain';
import { EVENT_STORE, type EventStore } from '@dti/event-store';
import { isUsername, loadAccountSession, type AccountSession } from './account-session';

/** Accounts whose folded session is kept; past it the oldest is dropped (a Map keeps insertion order). */
const MAX_CACHED = 10_000;

/**
 * The guard's account reads, cached and invalidated by the account's own events: each request reads the
 * account stream's LAST event only (one row, backwards on the stream's index) and reuses the folded
 * session while that revision is the one it was folded at. Any event of the account — disabled, role
 * changed, password changed — moves the revision, so the very next request folds the stream again: a
 * disable still applies at once, in every API process, with no notification to miss.
 */
@Injectable()
export class AccountSessions {
  private readonly cached = new Map<string, { revision: bigint; session: AccountSession }>();

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async load(rawUsername: string): Promise<AccountSession> {
    const username = normalizeUsername(rawUsername);
    if (!isUsername(username)) return loadAccountSession(this.store, username);
    const revision = await this.lastRevision(accountStreamId(username));
    const known = this.cached.get(username);
    if (known !== undefined && revision !== null && known.revision === revision) return known.session;
    const session = await loadAccountSession(this.store, username);
    this.cached.delete(username);
    // Kept at the revision probed first: an event appended in between only makes the next request fold again.
    if (revision !== null) {
      this.cached.set(username, { revision, session });
      if (this.cached.size > MAX_CACHED) this.cached.delete(this.cached.keys().next().value as string);
    }
    return session;
  }

  private async lastRevision(streamId: string): Promise<bigint | null> {
    for await (const event of this.store.readStream(streamId, { direction: 'backwards', maxCount: 1 })) {
      return event.revision;
    }
    return null;
  }
}
