import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { AccountNotFoundError } from '@dti/domain';
import { findAccounts } from '@dti/read-model';
import { DataSource } from 'typeorm';
import { OwnWrites } from '../../command-handling/own-writes';
import { accountAddress } from '@dti/accounts';
import type { AccountView } from '../account.view';
import { GetAccountQuery } from './get-account.query';
import { accountViewOf } from './list-accounts.handler';

@QueryHandler(GetAccountQuery)
export class GetAccountHandler implements IQueryHandler<GetAccountQuery, AccountView> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ownWrites: OwnWrites,
  ) {}

  async execute({ username: raw, reader }: GetAccountQuery): Promise<AccountView> {
    const { username, streamId } = accountAddress(raw);
    if (reader !== undefined) await this.ownWrites.awaitProjected(reader, (id) => id === streamId);
    const [row] = await findAccounts(this.dataSource.manager, username);
    if (row === undefined) throw AccountNotFoundError.because(username);
    return accountViewOf(row);
  }
}
