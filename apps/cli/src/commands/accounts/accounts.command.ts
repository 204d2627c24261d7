import type { CliCommand } from '../../cli-command';
import { registerCreateAdmin } from './create-admin.command';

export const accountsCommand: CliCommand = {
  name: 'accounts',
  register(program, context) {
    const accounts = program.command('accounts').description('user accounts / tài khoản người dùng');
    registerCreateAdmin(accounts, context);
  },
};
