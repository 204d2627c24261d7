import { Command } from '@nestjs/cqrs';
import type { CommandEnvelope, Role } from '@dti/domain';
import type { AccountView } from '../account.view';

export class ChangeAccountRoleCommand extends Command<AccountView> {
  constructor(
    readonly username: string,
    readonly role: Role,
    readonly unit: string | null,
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}
