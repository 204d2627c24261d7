import { accountDecider, type AccountEventType, type AccountState } from '@dti/domain';
import type { StreamFold } from '../command-handling/stream-loading';

/** How an account's stream (`account-<username>`) folds: the domain's account decider (for the session check). */
export const accountStream: StreamFold<AccountState, AccountEventType> = accountDecider;
