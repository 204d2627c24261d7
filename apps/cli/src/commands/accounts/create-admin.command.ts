import { randomBytes, randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { isDomainError, type CommandEnvelope } from '@dti/domain';
import { createEventStore } from '@dti/event-store';
import { ConfigurationRefusedError, loadPlatformConfig } from '@dti/platform';
import { PASSWORD_MIN_LENGTH, provisionAccount, WeakPasswordError } from '@dti/accounts';
import type { CliContext } from '../../cli-context';
import { ExitCode, writeLine } from '../../cli-context';

interface CreateAdminOptions {
  username: string;
  displayName?: string;
  passwordStdin?: boolean;
}

/**
 * The operators' way to the first administrator, in production too (where `npm start` creates no demo
 * accounts): the same account creation as POST /accounts, against the event store the settings name
 * (DATABASE_URL / EVENT_STORE_SCHEMA or EVENTSTORE_CONNECTION_STRING). The event names the operating
 * system user as its actor ("cli:<user>").
 */
export function registerCreateAdmin(parent: Command, context: CliContext): void {
  parent
    .command('create-admin')
    .description(
      'create an administrator account (e.g. the first one) / tạo tài khoản quản trị\n' +
        'Without --password-stdin a random password is generated and printed once.',
    )
    .requiredOption('--username <name>', '3–64 lower-case letters, digits, ".", "_" or "-"')
    .option('--display-name <text>', 'name shown in the application')
    .option(
      '--password-stdin',
      `read the password (at least ${PASSWORD_MIN_LENGTH} characters) from the first line of stdin`,
    )
    .action(async (options: CreateAdminOptions) => context.exit(await createAdmin(options, context)));
}

async function createAdmin(options: CreateAdminOptions, context: CliContext): Promise<ExitCode> {
  const { stdout, stderr } = context.io;
  let config;
  try {
    config = loadPlatformConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigurationRefusedError)) throw error;
    writeLine(stderr, error.message);
    return ExitCode.failure;
  }
  const generated = !options.passwordStdin;
  const password = generated ? randomBytes(15).toString('base64url') : await firstLine(context.io.stdin);
  const store = createEventStore({
    eventStoreConnectionString: config.EVENTSTORE_CONNECTION_STRING,
    databaseUrl: config.DATABASE_URL,
    schema: config.EVENT_STORE_SCHEMA,
  });
  try {
    await store.migrate();
    const envelope: CommandEnvelope = {
      // A new command each run: running it again for the same username is refused, not replayed.
      commandId: randomUUID(),
      correlationId: randomUUID(),
      actor: `cli:${operatorName()}`,
      role: 'admin',
      occurredAt: new Date().toISOString(),
    };
    const result = await provisionAccount(
      store,
      { username: options.username, password, role: 'admin', displayName: options.displayName },
      envelope,
    );
    const username = result.events[0]?.data.username ?? options.username;
    writeLine(stdout, `Đã tạo tài khoản quản trị / Administrator created: ${username}`);
    if (generated) {
      writeLine(stdout, `Mật khẩu (chỉ hiện một lần) / Password (shown once): ${password}`);
      writeLine(stdout, 'Change it after the first login: POST /auth/password.');
    }
    return ExitCode.ok;
  } catch (error) {
    if (isDomainError(error) || error instanceof WeakPasswordError) {
      writeLine(stderr, `${error.code}: ${error.message}`);
      return ExitCode.failure;
    }
    throw error;
  } finally {
    await store.close();
  }
}

async function firstLine(input: NodeJS.ReadableStream): Promise<string> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return '';
}

function operatorName(): string {
  try {
    return userInfo().username.slice(0, 40) || 'operator';
  } catch {
    return 'operator';
  }
}
