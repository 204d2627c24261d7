import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { WrongCurrentPasswordError } from '../../auth/auth.errors';
import { accountAddress, checkPasswordPolicy, hashPassword, verifyPassword } from '@dti/accounts';
import { AccountCommands } from '../account-commands';
import type { AccountView } from '../account.view';
import { ChangeOwnPasswordCommand } from './change-own-password.command';

/** POST /auth/password: the holder changes their own password, proving the current one. */
@CommandHandler(ChangeOwnPasswordCommand)
export class ChangeOwnPasswordHandler implements ICommandHandler<ChangeOwnPasswordCommand, AccountView> {
  constructor(private readonly accounts: AccountCommands) {}

  async execute({ currentPassword, newPassword, envelope }: ChangeOwnPasswordCommand): Promise<AccountView> {
    const { username, streamId } = accountAddress(envelope.actor);
    const passwordHash = await hashPassword(checkPasswordPolicy(newPassword, 'newPassword', username));
    return this.accounts.handle(streamId, envelope, async (state) => {
      if (state.status === 'none' || !(await verifyPassword(state.passwordHash, currentPassword))) {
        throw new WrongCurrentPasswordError();
      }
      return { type: 'ChangeAccountPassword', data: { username, passwordHash }, metadata: envelope };
    });
  }
}
