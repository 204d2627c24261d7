import { handleCommand, type CommandResult, type HandleOptions } from '@dti/command-handling';
import { accountDecider, type AccountEvent, type AccountState, type CommandEnvelope, type Role } from '@dti/domain';
import type { EventStore } from '@dti/event-store';
import { accountAddress } from './account-address';
import { hashPassword } from './password-hasher';
import { checkPasswordPolicy } from './password-policy';
import { submitterUnitExists } from './submitter-unit.fact';

export interface NewAccount {
  username: string;
  password: string;
  role: Role;
  /** Submitters only. */
  unit?: string | null;
  /** Defaults to the username. */
  displayName?: string;
}

/**
 * Creates an account through the domain's account decider: the password checked against the policy and
 * hashed (argon2id) here, the hash alone stored. Shared by POST /accounts, the development seeding and the
 * operators' `accounts create-admin`, so there is one way an account comes to be.
 */
export async function provisionAccount(
  store: Pick<EventStore, 'readStream' | 'append'>,
  account: NewAccount,
  envelope: CommandEnvelope,
  options: Omit<HandleOptions, 'envelope'> = {},
): Promise<CommandResult<AccountEvent, AccountState> & { streamId: string }> {
  const { username, streamId } = accountAddress(account.username);
  const password = checkPasswordPolicy(account.password, 'password', username);
  const passwordHash = await hashPassword(password);
  const result = await handleCommand(
    store,
    streamId,
    accountDecider,
    async () => ({
      type: 'CreateAccount' as const,
      data: {
        username,
        displayName: account.displayName ?? username,
        role: account.role,
        unit: account.unit ?? null,
        passwordHash,
        unitExists: await submitterUnitExists(store, account.role, account.unit, envelope.occurredAt),
      },
      metadata: envelope,
    }),
    { ...options, envelope },
  );
  return { ...result, streamId };
}
