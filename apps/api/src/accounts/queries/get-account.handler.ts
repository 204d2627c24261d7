import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccountNotFoundError } from '@dti/domain';
import { StreamCommandExecutor } from '../../command-handling/stream-command-executor';
import { accountAddress, accountStream } from '../account-stream';
import { toAccountView, type AccountView } from '../account.view';
import { GetAccountQuery } from './get-account.query';

@QueryHandler(GetAccountQuery)
export class GetAccountHandler implements IQueryHandler<GetAccountQuery, AccountView> {
  constructor(private readonly streams: StreamCommandExecutor) {}

  async execute({ username: raw }: GetAccountQuery): Promise<AccountView> {
    const { username, streamId } = accountAddress(raw);
    const view = toAccountView((await this.streams.loadStream(streamId, accountStream)).state);
    if (view === undefined) throw AccountNotFoundError.because(username);
    return view;
  }
}
