import { Command } from '@nestjs/cqrs';
import type { CommandEnvelope } from '@dti/domain';
import type { AccountView } from '../account.view';
import type { NewAccount } from '../provision-account';

export class CreateAccountCommand extends Command<AccountView> {
  constructor(
    readonly account: NewAccount,
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}
