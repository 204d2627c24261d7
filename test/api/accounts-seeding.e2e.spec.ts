import { mkdtemp, readFile, rm, stat, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { readState } from '@dti/command-handling';
import {
  accountDecider,
  accountStreamId,
  loadTthUnitSeed,
  unitStreamId,
  ACCOUNT_STREAM_PREFIX,
  UNIT_STREAM_PREFIX,
} from '@dti/domain';
import { createEventStore, type ManagedEventStore } from '@dti/event-store';
import { loadPlatformConfig, type PlatformConfig } from '@dti/platform';
import { verifyPassword } from '@dti/accounts';
import {
  createDevAccountsSeeder,
  DemoAccountsRefusedError,
  seedDemoAccounts,
  type DevAccountEntry,
} from '../../scripts/seed/dev-accounts.seeder';
import { runSeeders } from '../../scripts/seed/index';
import { unitsSeeder } from '../../scripts/seed/units.seeder';
import { platformTestEnv } from '../platform/support/platform-test-env';

const silent = pino({ level: 'silent' });

/** `npm start`'s seeding of units and demo accounts, against the real PostgreSQL event store. */
describe('seeding units and demo accounts', () => {
  const run = platformTestEnv();
  let config: PlatformConfig;
  let store: ManagedEventStore;
  let directory: string;
  let file: string;

  const seed = (environment: Partial<PlatformConfig> = {}) =>
    runSeeders({ config: { ...config, ...environment }, log: silent }, [
      unitsSeeder,
      createDevAccountsSeeder({ file }),
    ]);

  beforeAll(async () => {
    config = loadPlatformConfig(run.env);
    store = createEventStore({ databaseUrl: config.DATABASE_URL, schema: config.EVENT_STORE_SCHEMA });
    await store.migrate();
    directory = await mkdtemp(join(tmpdir(), 'dti-seed-test-'));
    file = join(directory, 'dev-accounts.json');
  });

  afterAll(async () => {
    await store?.close();
    await run.cleanUp();
    await rm(directory, { recursive: true, force: true });
  });

  it('refuses demo accounts in production, and creates none', async () => {
    await expect(seedDemoAccounts(store, { environment: 'production', file })).rejects.toBeInstanceOf(
      DemoAccountsRefusedError,
    );
    await seed({ NODE_ENV: 'production' });
    expect(await store.listStreams(ACCOUNT_STREAM_PREFIX)).toEqual([]);
    await expect(stat(file)).rejects.toMatchObject({ code: 'ENOENT' });
    // The register of units is the province's own data, seeded in every environment.
    expect(await store.listStreams(UNIT_STREAM_PREFIX)).toHaveLength(loadTthUnitSeed().units.length);
  });

  it('on an empty store: registers every unit and creates one account per role and one submitter per unit', async () => {
    await seed();
    const units = loadTthUnitSeed().units;
    expect(await store.streamRevision(unitStreamId('STTTT'))).toBe(0n);
    const entries = JSON.parse(await readFile(file, 'utf8')) as DevAccountEntry[];
    expect(entries.slice(0, 6).map(({ username, role }) => ({ username, role }))).toEqual([
      { username: 'admin', role: 'admin' },
      { username: 'reviewer', role: 'reviewer' },
      { username: 'reviewer2', role: 'reviewer' },
      { username: 'lead', role: 'lead_reviewer' },
      { username: 'inspector', role: 'inspector' },
      { username: 'leader', role: 'leadership' },
    ]);
    expect(entries.slice(6)).toEqual(
      units.map((unit) => ({
        username: `sub-${unit.code.toLowerCase()}`,
        password: expect.any(String),
        role: 'submitter',
        unit: unit.code,
      })),
    );
    for (const entry of entries.slice(0, 6))
      expect(Object.keys(entry).sort()).toEqual(['password', 'role', 'username']);
    expect(new Set(entries.map((entry) => entry.password)).size).toBe(entries.length);
    for (const entry of entries) expect(entry.password.length).toBeGreaterThanOrEqual(10);
    expect((await stat(file)).mode & 0o777).toBe(0o600);

    // The passwords in the file are the accounts' passwords.
    const admin = await readState(store, accountStreamId('admin'), accountDecider);
    expect(admin.state).toMatchObject({ status: 'active', role: 'admin' });
    if (admin.state.status === 'none') throw new Error('admin missing');
    expect(await verifyPassword(admin.state.passwordHash, entries[0].password)).toBe(true);
    expect(admin.events[0].metadata).toMatchObject({ actor: 'system:seed', role: 'admin' });
  });

  it('is idempotent: a second start creates nothing and keeps the file', async () => {
    const head = await store.headPosition();
    const before = await readFile(file, 'utf8');
    await seed();
    expect(await store.headPosition()).toBe(head);
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('says which passwords it cannot know when the file is gone, and still creates nothing', async () => {
    const head = await store.headPosition();
    await unlink(file);
    const report = await seedDemoAccounts(store, { environment: 'development', file });
    expect(report.created).toEqual([]);
    expect(report.passwordUnknown).toContain('admin');
    expect(await store.headPosition()).toBe(head);
  });
});
