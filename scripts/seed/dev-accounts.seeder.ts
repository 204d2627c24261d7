import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { accountStreamId, loadTthUnitSeed, type Role, type UnitSeed } from '@dti/domain';
import type { EventStore } from '@dti/event-store';
import { provisionAccount } from '@dti/accounts';
import type { Seeder } from './seeder';
import { seedEnvelope } from './seed-issuer';

/** One line of var/dev-accounts.json. */
export interface DevAccountEntry {
  username: string;
  password: string;
  role: Role;
  /** Submitters only. */
  unit?: string;
}

interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  unit?: string;
}

/** Where `npm start` writes the demo accounts' passwords (var/ is gitignored); DEV_ACCOUNTS_FILE moves it (browser tests). */
export const DEFAULT_DEV_ACCOUNTS_FILE = resolve(process.cwd(), process.env.DEV_ACCOUNTS_FILE ?? 'var/dev-accounts.json');

/** One account per role, two reviewers (so separation of duties can be tried), one submitter per unit. */
export function demoAccounts(seed: UnitSeed = loadTthUnitSeed()): DemoAccount[] {
  return [
    { username: 'admin', displayName: 'Quản trị hệ thống (demo)', role: 'admin' },
    { username: 'reviewer', displayName: 'Chuyên viên thẩm định (demo)', role: 'reviewer' },
    { username: 'reviewer2', displayName: 'Chuyên viên thẩm định 2 (demo)', role: 'reviewer' },
    { username: 'lead', displayName: 'Lãnh đạo phụ trách thẩm định (demo)', role: 'lead_reviewer' },
    { username: 'inspector', displayName: 'Thanh tra (demo)', role: 'inspector' },
    { username: 'leader', displayName: 'Lãnh đạo tỉnh (demo)', role: 'leadership' },
    ...seed.units.map((unit) => ({
      username: `sub-${unit.code.toLowerCase()}`,
      displayName: `Đầu mối ${unit.name} (demo)`,
      role: 'submitter' as const,
      unit: unit.code,
    })),
  ];
}

export interface DemoAccountOptions {
  /** NODE_ENV: production refuses. */
  environment: string;
  /** Default var/dev-accounts.json; tests give a temporary file. */
  file?: string;
  /** Default: 16 random base64url characters. Tests give known passwords. */
  passwordFor?: (username: string) => string;
  seed?: UnitSeed;
}

export interface DemoAccountReport {
  file: string;
  created: string[];
  alreadyPresent: string[];
  /** Accounts that exist but whose password the file does not hold (the file was deleted or edited). */
  passwordUnknown: string[];
}

export class DemoAccountsRefusedError extends Error {
  override readonly name = 'DemoAccountsRefusedError';
  constructor() {
    super(
      'Demo accounts with known passwords are never created in production. Create the first administrator ' +
        'with `npm run cli -- accounts create-admin --username <name> --password-stdin` instead.',
    );
  }
}

/**
 * Creates the demo accounts that do not exist yet (development and test only), each with a random
 * password, through the same path as POST /accounts, and records {username, password, role, unit?} in
 * the file. Idempotent: an account whose stream exists is left alone, and the file keeps its entry.
 */
export async function seedDemoAccounts(
  store: Pick<EventStore, 'append' | 'readStream' | 'streamRevision'>,
  options: DemoAccountOptions,
): Promise<DemoAccountReport> {
  if (options.environment === 'production') throw new DemoAccountsRefusedError();
  const file = options.file ?? DEFAULT_DEV_ACCOUNTS_FILE;
  const passwordFor = options.passwordFor ?? (() => randomBytes(12).toString('base64url'));
  const known = new Map((await readEntries(file)).map((entry) => [entry.username, entry]));
  const report: DemoAccountReport = { file, created: [], alreadyPresent: [], passwordUnknown: [] };
  const entries: DevAccountEntry[] = [];
  for (const account of demoAccounts(options.seed)) {
    const { username, role, unit } = account;
    if ((await store.streamRevision(accountStreamId(username))) !== null) {
      report.alreadyPresent.push(username);
      const entry = known.get(username);
      if (entry === undefined) report.passwordUnknown.push(username);
      else entries.push(entry);
      continue;
    }
    const password = passwordFor(username);
    const result = await provisionAccount(store, { ...account, password }, seedEnvelope(`dev-accounts:${username}`));
    // A concurrent seeding created it first with its own password: ours was never stored.
    if (result.replayed) {
      report.alreadyPresent.push(username);
      report.passwordUnknown.push(username);
      continue;
    }
    report.created.push(username);
    entries.push({ username, password, role, ...(unit === undefined ? {} : { unit }) });
  }
  if (report.created.length > 0) await writeEntries(file, entries);
  return report;
}

async function readEntries(file: string): Promise<DevAccountEntry[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const parsed = JSON.parse(text) as unknown;
  if (!Array.isArray(parsed)) throw new Error(`${file} is not a list of {username, password, role, unit?}`);
  return parsed.filter(
    (entry): entry is DevAccountEntry =>
      typeof entry === 'object' &&
      entry !== null &&
      typeof (entry as DevAccountEntry).username === 'string' &&
      typeof (entry as DevAccountEntry).password === 'string',
  );
}

/** Written whole, then renamed: a crash never leaves half a file. Readable by its owner only. */
async function writeEntries(file: string, entries: DevAccountEntry[]): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(entries, null, 2)}\n`, { mode: 0o600 });
  await rename(temporary, file);
}

/** The seeder `npm start` runs: demo accounts in development, a pointer to the operator path in production. */
export function createDevAccountsSeeder(options: Omit<DemoAccountOptions, 'environment'> = {}): Seeder {
  return {
    name: 'dev-accounts',
    async run({ config, eventStore, log }) {
      if (config.NODE_ENV === 'production') {
        log.warn(new DemoAccountsRefusedError().message);
        return;
      }
      const report = await seedDemoAccounts(await eventStore(), { ...options, environment: config.NODE_ENV });
      log.info(
        { file: report.file, created: report.created.length, alreadyPresent: report.alreadyPresent.length },
        report.created.length > 0
          ? `Created ${report.created.length} demo accounts; usernames and passwords are in ${report.file}`
          : `Demo accounts already exist; their passwords are in ${report.file}`,
      );
      if (report.passwordUnknown.length > 0) {
        log.warn(
          { accounts: report.passwordUnknown, file: report.file },
          `${report.file} does not hold the password of ${report.passwordUnknown.join(', ')}: an admin can set one ` +
            'with POST /accounts/{username}/password, or drop the event-store schema to start afresh',
        );
      }
    },
  };
}

export const devAccountsSeeder: Seeder = createDevAccountsSeeder();
