import { Command } from '@nestjs/cqrs';
import type { CommandEnvelope } from '@dti/domain';
import type { AccountView } from '../account.view';

/** The account holder changes their own password, proving the current one. */
export class ChangeOwnPasswordCommand extends Command<AccountView> {
  constructor(
    readonly currentPassword: string,
    readonly newPassword: string,
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}
