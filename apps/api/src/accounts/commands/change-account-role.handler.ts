import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideAccount } from '@dti/domain';
import { StreamCommandExecutor } from '../../command-handling/stream-command-executor';
import { accountAddress, accountStream } from '../account-stream';
import { requireAccountView, type AccountView } from '../account.view';
import { submitterUnitExists } from '../submitter-unit.fact';
import { ChangeAccountRoleCommand } from './change-account-role.command';

@CommandHandler(ChangeAccountRoleCommand)
export class ChangeAccountRoleHandler implements ICommandHandler<ChangeAccountRoleCommand, AccountView> {
  constructor(private readonly streams: StreamCommandExecutor) {}

  async execute({ username: raw, role, unit, envelope }: ChangeAccountRoleCommand): Promise<AccountView> {
    const { username, streamId } = accountAddress(raw);
    const result = await this.streams.executeOnStream(
      streamId,
      accountStream,
      async (state) =>
        decideAccount(
          {
            type: 'ChangeAccountRole',
            data: {
              username,
              role,
              unit,
              unitExists: await submitterUnitExists(this.streams.store, role, unit, envelope.occurredAt),
            },
            metadata: envelope,
          },
          state,
        ),
      { envelope },
    );
    return requireAccountView(result.state);
  }
}
