import { Query } from '@nestjs/cqrs';
import type { AccountView } from '../account.view';

export class ListAccountsQuery extends Query<AccountView[]> {}
