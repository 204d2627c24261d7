import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { Client } from 'pg';
import pino from 'pino';
import { loadPlatformConfig } from '@dti/platform';
import { migrateAll } from '../../scripts/migrate';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDevAccountsSeeder } from '../../scripts/seed/dev-accounts.seeder';
import { Seeder, runSeeders, seeders } from '../../scripts/seed/index';
import { TEST_DATABASE_URL, TEST_REDIS_URL, platformTestEnv } from './support/platform-test-env';

const ROOT = resolve(__dirname, '..', '..');
const silent = pino({ level: 'silent' });

async function tablesIn(schema: string): Promise<string[]> {
  const client = new Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ table_name: string }>(
      'select table_name from information_schema.tables where table_schema = $1 order by table_name',
      [schema],
    );
    return rows.map((row) => row.table_name);
  } finally {
    await client.end();
  }
}

describe('scripts/ensure-services.sh', () => {
  it('finds PostgreSQL (with the project databases) and Redis up, one line each', () => {
    const result = spawnSync('bash', ['scripts/ensure-services.sh'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: TEST_DATABASE_URL, TEST_DATABASE_URL, REDIS_URL: TEST_REDIS_URL },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^ensure-services: PostgreSQL is up at /m);
    expect(result.stdout).toMatch(/^ensure-services: PostgreSQL databases reachable as role /m);
    expect(result.stdout).toMatch(/^ensure-services: Redis is up at /m);
  });

  it('names the setting it cannot read', () => {
    const result = spawnSync('bash', ['scripts/ensure-services.sh'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: 'not-a-url' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/cannot read a PostgreSQL URL .* from 'not-a-url'/);
  });
});

describe('scripts/migrate.ts', () => {
  const run = platformTestEnv();
  afterAll(() => run.cleanUp());

  it('creates the event store and read model schemas, and a second run changes nothing', async () => {
    const config = loadPlatformConfig(run.env);
    const first = await migrateAll(config, silent);
    expect(first.eventStore).toBe('postgres');
    expect(await tablesIn(config.EVENT_STORE_SCHEMA)).not.toHaveLength(0);
    expect(await tablesIn(config.READ_MODEL_SCHEMA)).toContain('read_model_migrations');

    const second = await migrateAll(config, silent);
    expect(second.readModelMigrationsApplied).toEqual([]);
  });
});

describe('scripts/seed', () => {
  const run = platformTestEnv();
  // The developer's var/dev-accounts.json belongs to the dev database: a test must never overwrite it.
  const accountsDir = mkdtempSync(join(tmpdir(), 'dti-seed-'));
  const testSeeders = seeders.map((seeder) =>
    seeder.name === 'dev-accounts' ? createDevAccountsSeeder({ file: join(accountsDir, 'dev-accounts.json') }) : seeder,
  );
  afterAll(async () => {
    rmSync(accountsDir, { recursive: true, force: true });
    await run.cleanUp();
  });

  it('runs the registered seeders after the migrations (the catalogue check first), twice without harm', async () => {
    expect(seeders[0].name).toBe('catalogue');
    const config = loadPlatformConfig(run.env);
    await migrateAll(config, silent);
    await expect(runSeeders({ config, log: silent }, testSeeders)).resolves.toBeUndefined();
    // npm start seeds on every start: seeders must be idempotent.
    await expect(runSeeders({ config, log: silent }, testSeeders)).resolves.toBeUndefined();
  });

  it('gives seeders lazily opened connections and closes them', async () => {
    const config = loadPlatformConfig(run.env);
    await migrateAll(config, silent);
    const seen: string[] = [];
    const probe: Seeder = {
      name: 'probe',
      async run(context) {
        seen.push(String(await (await context.eventStore()).headPosition()));
        seen.push(String((await (await context.readModel()).query('select 1 as one'))[0].one));
      },
    };
    await runSeeders({ config, log: silent }, [probe, probe]);
    expect(seen[1]).toBe('1');
    expect(seen).toEqual([seen[0], '1', seen[0], '1']);
  });
});
