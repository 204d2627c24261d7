import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';

const ROOT = resolve(__dirname, '../../..');

/**
 * Starts the system the browser tests use, as `npm start` does after its build: migrate, seed (units,
 * demo accounts with their passwords in a file), then the compiled API (which serves the web app) and
 * projector as child processes, on schemas, a BullMQ prefix and ports of their own. Returns the teardown.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const api = join(ROOT, 'dist/apps/api/src/main.js');
  const projector = join(ROOT, 'dist/apps/projector/src/main.js');
  for (const file of [api, projector, join(ROOT, 'dist/web/index.html')]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first (npm test does)`);
  }
  const suffix = `b${Date.now().toString(36)}${process.pid.toString(36)}`;
  const workDir = join(ROOT, 'var/browser', suffix);
  mkdirSync(workDir, { recursive: true });
  const port = Number(process.env.DTI_BROWSER_PORT);
  const databaseUrl = process.env.TEST_DATABASE_URL ?? 'postgres://dti:dti@127.0.0.1:5432/dti_test';
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    EVENT_STORE_SCHEMA: `es_${suffix}`,
    READ_MODEL_SCHEMA: `rm_${suffix}`,
    BULLMQ_PREFIX: `dti-${suffix}`,
    PORT: String(port),
    PROJECTOR_PORT: String(port + 1),
    DEV_ACCOUNTS_FILE: join(workDir, 'accounts.json'),
    EVIDENCE_DIR: join(workDir, 'evidence'),
    LOG_LEVEL: process.env.BROWSER_TEST_LOG_LEVEL ?? 'warn',
  };
  delete env.EVENTSTORE_CONNECTION_STRING;

  // The demo province (every unit, 2024-Q1…2025-Q4, built by the real decider) gives the leadership and
  // audit pages a history; specs that submit use quarters after it. The rebuild projects it in one batch.
  for (const [script, ...args] of [
    ['scripts/migrate.ts'],
    ['scripts/seed.ts', '--demo'],
    ['apps/cli/src/main.ts', 'projections', 'rebuild', '--json'],
  ]) {
    // Quiet unless it fails: then its output tells why.
    const run = spawnSync(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', script, ...args],
      { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    if (run.status !== 0) process.stderr.write(`${run.stdout}\n${run.stderr}\n`);
    if (run.status !== 0) throw new Error(`${script} ${args.join(' ')} failed (exit ${run.status})`);
  }

  const children: ChildProcess[] = [api, projector].map((entry) =>
    spawn(process.execPath, ['--enable-source-maps', entry], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    }),
  );
  const teardown = async (): Promise<void> => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
    await Promise.all(
      children.map((child) => (child.exitCode === null ? new Promise((done) => child.once('exit', done)) : undefined)),
    );
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      await client.query(`DROP SCHEMA IF EXISTS "${env.EVENT_STORE_SCHEMA}" CASCADE`);
      await client.query(`DROP SCHEMA IF EXISTS "${env.READ_MODEL_SCHEMA}" CASCADE`);
    } finally {
      await client.end();
    }
    if (!process.env.KEEP_BROWSER_WORKDIR) rmSync(workDir, { recursive: true, force: true });
  };

  try {
    for (const [name, probe] of [
      ['api', port],
      ['projector', port + 1],
    ] as const) {
      await waitForReady(name, probe, children);
    }
  } catch (error) {
    await teardown();
    throw error;
  }
  process.env.DTI_BROWSER_ACCOUNTS = env.DEV_ACCOUNTS_FILE;
  process.env.DTI_BROWSER_WORKDIR = workDir;
  return teardown;
}

async function waitForReady(name: string, port: number, children: ChildProcess[]): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt++) {
    if (children.some((child) => child.exitCode !== null)) throw new Error(`${name}: a service exited during start-up`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health/ready`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`${name} was not ready on port ${port} within 60 s`);
}
