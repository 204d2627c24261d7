import { Query } from '@nestjs/cqrs';
import type { AccountView } from '../account.view';

export class GetAccountQuery extends Query<AccountView> {
  constructor(
    readonly username: string,
    readonly reader?: string,
  ) {
    super();
  }
}
