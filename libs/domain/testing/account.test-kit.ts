/** Builders for the account decider's specs. Pure: no test framework here. */
import type { AccountCommand, CreateAccount } from '../src/accounts/account.commands';
import { accountDecider, decideAccount, initialAccountState, type AccountState } from '../src/accounts/account.decider';
import type { Role } from '../src/accounts/role';
import type { CommandEnvelope } from '../src/shared/command-envelope';
import { runCommands } from './run-commands';

/** Two PHC-format argon2id hashes (the decider checks the format, never the password). */
export const HASH = '$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG';
export const HASH2 = '$argon2id$v=19$m=65536,t=3,p=4$b3RoZXJzYWx0$N2RlZmF1bHRoYXNoMmJ5dGVzbG9uZw';

let sequence = 0;

/** A command's envelope from `actor` (an administrator unless said otherwise); each call has its own command id. */
export function by(actor: string, role: Role = 'admin', actorUnit: string | null = null): CommandEnvelope {
  sequence += 1;
  return {
    commandId: `acc-${sequence}`,
    correlationId: `acc-req-${sequence}`,
    actor,
    role,
    actorUnit,
    occurredAt: '2021-01-05T08:00:00+07:00',
  };
}

/** The administrator creates lan.stttt, a submitter of STTTT, unless `data` says otherwise. */
export const createAccount = (data: Partial<CreateAccount['data']> = {}): CreateAccount => ({
  type: 'CreateAccount',
  data: {
    username: 'lan.stttt',
    displayName: 'Trần Thị Lan',
    role: 'submitter',
    unit: 'STTTT',
    unitExists: true,
    passwordHash: HASH,
    ...data,
  },
  metadata: by('quan.tri'),
});

/** Decides and folds each command in turn: every event decided, and the state after the last. */
export function runAccount(commands: readonly AccountCommand[], state: AccountState = initialAccountState) {
  return runCommands(decideAccount, accountDecider.evolve, commands, state);
}
