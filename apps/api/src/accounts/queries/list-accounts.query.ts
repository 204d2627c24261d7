import { Query } from '@nestjs/cqrs';
import type { AccountView } from '../account.view';

/** `reader`: whose own writes to wait for. */
export class ListAccountsQuery extends Query<AccountView[]> {
  constructor(readonly reader?: string) {
    super();
  }
}
