import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideAccount } from '@dti/domain';
import { WrongCurrentPasswordError } from '../../auth/auth.errors';
import { hashPassword, verifyPassword } from '../../auth/password-hasher';
import { checkPasswordPolicy } from '../../auth/password-policy';
import { StreamCommandExecutor } from '../../command-handling/stream-command-executor';
import { accountAddress, accountStream } from '../account-stream';
import { requireAccountView, type AccountView } from '../account.view';
import { ChangeOwnPasswordCommand } from './change-own-password.command';

@CommandHandler(ChangeOwnPasswordCommand)
export class ChangeOwnPasswordHandler implements ICommandHandler<ChangeOwnPasswordCommand, AccountView> {
  constructor(private readonly streams: StreamCommandExecutor) {}

  async execute({ currentPassword, newPassword, envelope }: ChangeOwnPasswordCommand): Promise<AccountView> {
    const { username, streamId } = accountAddress(envelope.actor);
    const passwordHash = await hashPassword(checkPasswordPolicy(newPassword, 'newPassword', username));
    const result = await this.streams.executeOnStream(
      streamId,
      accountStream,
      async (state) => {
        if (state.status === 'none' || !(await verifyPassword(state.passwordHash, currentPassword))) {
          throw new WrongCurrentPasswordError();
        }
        return decideAccount(
          { type: 'ChangeAccountPassword', data: { username, passwordHash }, metadata: envelope },
          state,
        );
      },
      { envelope },
    );
    return requireAccountView(result.state);
  }
}
