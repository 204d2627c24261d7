import {
  ACCOUNT_EVENT_VERSIONS,
  evolveAccount,
  initialAccountState,
  toDomainEvent,
  upcastEvent,
  type AccountState,
} from '@dti/domain';
import type { RecordedEvent } from '@dti/event-store';
import type { AccountEntity } from './account.entity';

export class AccountProjectionError extends Error {
  override readonly name = 'AccountProjectionError';
  readonly code = 'ACCOUNT_NOT_CREATED' as const;
}

/** Pure: an account stream's events → its row in `accounts` (everything the API shows, not the hash). */
export function projectAccount(events: readonly RecordedEvent[]): AccountEntity {
  let state: AccountState = initialAccountState;
  for (const recorded of events) {
    state = evolveAccount(state, toDomainEvent(upcastEvent(recorded), ACCOUNT_EVENT_VERSIONS));
  }
  const last = events[events.length - 1];
  if (state.status === 'none' || last === undefined) {
    throw new AccountProjectionError(`${events[0]?.streamId ?? 'account stream'} does not begin with AccountCreated`);
  }
  return {
    username: state.username,
    displayName: state.displayName,
    role: state.role,
    unit: state.unit,
    status: state.status,
    disabledReason: state.disabledReason,
    streamRevision: last.revision.toString(),
    position: last.position.toString(),
  };
}
