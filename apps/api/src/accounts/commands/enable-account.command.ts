import { Command } from '@nestjs/cqrs';
import type { CommandEnvelope } from '@dti/domain';
import type { AccountView } from '../account.view';

/** Tokens issued before the account was disabled stay revoked: the holder logs in again. */
export class EnableAccountCommand extends Command<AccountView> {
  constructor(
    readonly username: string,
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}
