import { Inject, Injectable } from '@nestjs/common';
import { FoldCache, handleCommand, type CommandResult } from '@dti/command-handling';
import {
  accountDecider,
  type AccountCommand,
  type AccountEvent,
  type AccountState,
  type CommandEnvelope,
} from '@dti/domain';
import { EVENT_STORE, type EventStore } from '@dti/event-store';
import {
  accountAddress,
  checkPasswordPolicy,
  hashPassword,
  type NewAccount,
  provisionAccount,
  submitterUnitExists,
} from '@dti/accounts';
import { OwnWrites } from '../command-handling/own-writes';
import { requireAccountView, type AccountView } from './account.view';

type AccountCommandOn = AccountCommand | ((state: AccountState) => AccountCommand | Promise<AccountCommand>);
type OnRead = (revision: bigint | null) => void;

/**
 * The account commands, each one handleCommand on the account's stream (`account-<username>`); answers
 * the account as it stands after the command. The password policy and hashing happen here, before the
 * domain (which stores the hash alone); the domain decides everything else.
 */
@Injectable()
export class AccountCommands {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly ownWrites: OwnWrites,
    private readonly folds: FoldCache,
  ) {}

  create(account: NewAccount, envelope: CommandEnvelope): Promise<AccountView> {
    const { streamId } = accountAddress(account.username);
    return this.recorded(streamId, envelope, (onRead) => provisionAccount(this.store, account, envelope, { onRead }));
  }

  changeRole(raw: string, role: NewAccount['role'], unit: string | null, envelope: CommandEnvelope) {
    const { username, streamId } = accountAddress(raw);
    return this.handle(streamId, envelope, async () => ({
      type: 'ChangeAccountRole',
      data: {
        username,
        role,
        unit,
        unitExists: await submitterUnitExists(this.store, role, unit, envelope.occurredAt),
      },
      metadata: envelope,
    }));
  }

  async resetPassword(raw: string, password: string, envelope: CommandEnvelope): Promise<AccountView> {
    const { username, streamId } = accountAddress(raw);
    const passwordHash = await hashPassword(checkPasswordPolicy(password, 'password', username));
    const command: AccountCommand = {
      type: 'ChangeAccountPassword',
      data: { username, passwordHash },
      metadata: envelope,
    };
    return this.handle(streamId, envelope, command);
  }

  disable(raw: string, reason: string, envelope: CommandEnvelope): Promise<AccountView> {
    const { username, streamId } = accountAddress(raw);
    return this.handle(streamId, envelope, { type: 'DisableAccount', data: { username, reason }, metadata: envelope });
  }

  enable(raw: string, envelope: CommandEnvelope): Promise<AccountView> {
    const { username, streamId } = accountAddress(raw);
    return this.handle(streamId, envelope, { type: 'EnableAccount', data: { username }, metadata: envelope });
  }

  /** One command on one account's stream. */
  handle(streamId: string, envelope: CommandEnvelope, command: AccountCommandOn): Promise<AccountView> {
    return this.recorded(streamId, envelope, (onRead) =>
      handleCommand(this.store, streamId, accountDecider, command, { envelope, onRead, cache: this.folds }),
    );
  }

  /** The account as it stands after the command; what it saw or wrote is remembered for the actor's reads. */
  private async recorded(
    streamId: string,
    envelope: CommandEnvelope,
    run: (onRead: OnRead) => Promise<CommandResult<AccountEvent, AccountState>>,
  ): Promise<AccountView> {
    return requireAccountView((await this.ownWrites.recording(envelope.actor, streamId, run)).state);
  }
}
