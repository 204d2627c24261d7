import { Module } from '@nestjs/common';
import { CommandHandlingModule } from '../command-handling/command-handling.module';
import { AccountCommands } from './account-commands';
import { AccountsController } from './accounts.controller';
import { ChangeOwnPasswordHandler } from './commands/change-own-password.handler';
import { GetAccountHandler } from './queries/get-account.handler';
import { ListAccountsHandler } from './queries/list-accounts.handler';

/**
 * Accounts: the admin routes call AccountCommands (handleCommand on the account's stream); the holder's
 * own password change arrives from POST /auth/password through the CommandBus.
 */
@Module({
  imports: [CommandHandlingModule],
  controllers: [AccountsController],
  providers: [AccountCommands, ChangeOwnPasswordHandler, ListAccountsHandler, GetAccountHandler],
})
export class AccountsModule {}
