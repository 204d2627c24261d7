import { Command } from '@nestjs/cqrs';
import type { CommandEnvelope } from '@dti/domain';
import type { AccountView } from '../account.view';

/** An administrator sets another account's password (a reset); it revokes that account's tokens. */
export class ResetAccountPasswordCommand extends Command<AccountView> {
  constructor(
    readonly username: string,
    readonly password: string,
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}
