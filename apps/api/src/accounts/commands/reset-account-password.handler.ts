import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideAccount } from '@dti/domain';
import { hashPassword } from '../../auth/password-hasher';
import { checkPasswordPolicy } from '../../auth/password-policy';
import { StreamCommandExecutor } from '../../command-handling/stream-command-executor';
import { accountAddress, accountStream } from '../account-stream';
import { requireAccountView, type AccountView } from '../account.view';
import { ResetAccountPasswordCommand } from './reset-account-password.command';

@CommandHandler(ResetAccountPasswordCommand)
export class ResetAccountPasswordHandler implements ICommandHandler<ResetAccountPasswordCommand, AccountView> {
  constructor(private readonly streams: StreamCommandExecutor) {}

  async execute({ username: raw, password, envelope }: ResetAccountPasswordCommand): Promise<AccountView> {
    const { username, streamId } = accountAddress(raw);
    const passwordHash = await hashPassword(checkPasswordPolicy(password, 'password', username));
    const result = await this.streams.executeOnStream(
      streamId,
      accountStream,
      (state) =>
        decideAccount({ type: 'ChangeAccountPassword', data: { username, passwordHash }, metadata: envelope }, state),
      { envelope },
    );
    return requireAccountView(result.state);
  }
}
