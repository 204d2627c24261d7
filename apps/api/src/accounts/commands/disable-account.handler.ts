import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideAccount } from '@dti/domain';
import { StreamCommandExecutor } from '../../command-handling/stream-command-executor';
import { accountAddress, accountStream } from '../account-stream';
import { requireAccountView, type AccountView } from '../account.view';
import { DisableAccountCommand } from './disable-account.command';

@CommandHandler(DisableAccountCommand)
export class DisableAccountHandler implements ICommandHandler<DisableAccountCommand, AccountView> {
  constructor(private readonly streams: StreamCommandExecutor) {}

  async execute({ username: raw, reason, envelope }: DisableAccountCommand): Promise<AccountView> {
    const { username, streamId } = accountAddress(raw);
    const result = await this.streams.executeOnStream(
      streamId,
      accountStream,
      (state) => decideAccount({ type: 'DisableAccount', data: { username, reason }, metadata: envelope }, state),
      { envelope },
    );
    return requireAccountView(result.state);
  }
}
