import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideAccount } from '@dti/domain';
import { StreamCommandExecutor } from '../../command-handling/stream-command-executor';
import { accountAddress, accountStream } from '../account-stream';
import { requireAccountView, type AccountView } from '../account.view';
import { EnableAccountCommand } from './enable-account.command';

@CommandHandler(EnableAccountCommand)
export class EnableAccountHandler implements ICommandHandler<EnableAccountCommand, AccountView> {
  constructor(private readonly streams: StreamCommandExecutor) {}

  async execute({ username: raw, envelope }: EnableAccountCommand): Promise<AccountView> {
    const { username, streamId } = accountAddress(raw);
    const result = await this.streams.executeOnStream(
      streamId,
      accountStream,
      (state) => decideAccount({ type: 'EnableAccount', data: { username }, metadata: envelope }, state),
      { envelope },
    );
    return requireAccountView(result.state);
  }
}
