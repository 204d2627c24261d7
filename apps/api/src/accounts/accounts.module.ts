import { Module } from '@nestjs/common';
import { CommandHandlingModule } from '../command-handling/command-handling.module';
import { AccountsController } from './accounts.controller';
import { ChangeAccountRoleHandler } from './commands/change-account-role.handler';
import { ChangeOwnPasswordHandler } from './commands/change-own-password.handler';
import { CreateAccountHandler } from './commands/create-account.handler';
import { DisableAccountHandler } from './commands/disable-account.handler';
import { EnableAccountHandler } from './commands/enable-account.handler';
import { ResetAccountPasswordHandler } from './commands/reset-account-password.handler';
import { GetAccountHandler } from './queries/get-account.handler';
import { ListAccountsHandler } from './queries/list-accounts.handler';

@Module({
  imports: [CommandHandlingModule],
  controllers: [AccountsController],
  providers: [
    CreateAccountHandler,
    ChangeAccountRoleHandler,
    ResetAccountPasswordHandler,
    ChangeOwnPasswordHandler,
    DisableAccountHandler,
    EnableAccountHandler,
    ListAccountsHandler,
    GetAccountHandler,
  ],
})
export class AccountsModule {}
