import { Command } from '@nestjs/cqrs';
import type { CommandEnvelope } from '@dti/domain';
import type { AccountView } from '../account.view';

/** Takes effect on the account's very next request: the guard reads the account on every request. */
export class DisableAccountCommand extends Command<AccountView> {
  constructor(
    readonly username: string,
    readonly reason: string,
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}
