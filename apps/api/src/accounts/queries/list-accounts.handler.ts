import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ACCOUNT_STREAM_PREFIX, type Role } from '@dti/domain';
import { findAccounts, type AccountRow } from '@dti/read-model';
import { DataSource } from 'typeorm';
import { OwnWrites } from '../../command-handling/own-writes';
import type { AccountView } from '../account.view';
import { ListAccountsQuery } from './list-accounts.query';

/** The account register from the read model's `accounts` table (no stream is read on this path). */
@QueryHandler(ListAccountsQuery)
export class ListAccountsHandler implements IQueryHandler<ListAccountsQuery, AccountView[]> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ownWrites: OwnWrites,
  ) {}

  async execute({ reader }: ListAccountsQuery): Promise<AccountView[]> {
    if (reader !== undefined) {
      await this.ownWrites.awaitProjected(reader, (streamId) => streamId.startsWith(ACCOUNT_STREAM_PREFIX));
    }
    return (await findAccounts(this.dataSource.manager)).map(accountViewOf);
  }
}

/** A projected row as the API shows an account (the same fields, in the same order, as toAccountView). */
export function accountViewOf(row: AccountRow): AccountView {
  return {
    username: row.username,
    displayName: row.displayName,
    role: row.role as Role,
    unit: row.unit,
    status: row.status as AccountView['status'],
    disabledReason: row.disabledReason,
  };
}
