import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { StreamCommandExecutor } from '../../command-handling/stream-command-executor';
import { requireAccountView, type AccountView } from '../account.view';
import { provisionAccount } from '../provision-account';
import { CreateAccountCommand } from './create-account.command';

@CommandHandler(CreateAccountCommand)
export class CreateAccountHandler implements ICommandHandler<CreateAccountCommand, AccountView> {
  constructor(private readonly streams: StreamCommandExecutor) {}

  async execute({ account, envelope }: CreateAccountCommand): Promise<AccountView> {
    const result = await provisionAccount(this.streams.store, account, envelope);
    // The admin's next GET /accounts waits for the new account's projection.
    if (result.events.length > 0) this.streams.ownWrites.record(envelope.actor, result.streamId, result.revision);
    return requireAccountView(result.state);
  }
}
