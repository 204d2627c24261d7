import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ACCOUNT_STREAM_PREFIX } from '@dti/domain';
import { StreamCommandExecutor } from '../../command-handling/stream-command-executor';
import { accountStream } from '../account-stream';
import { toAccountView, type AccountView } from '../account.view';
import { ListAccountsQuery } from './list-accounts.query';

/** Folds every account stream (a few hundred short streams); the read model will take this over. */
@QueryHandler(ListAccountsQuery)
export class ListAccountsHandler implements IQueryHandler<ListAccountsQuery, AccountView[]> {
  constructor(private readonly streams: StreamCommandExecutor) {}

  async execute(): Promise<AccountView[]> {
    const loaded = await this.streams.loadStreamsByPrefix(ACCOUNT_STREAM_PREFIX, accountStream);
    return loaded.flatMap((stream) => toAccountView(stream.state) ?? []);
  }
}
