import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication, ModuleMetadata } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Logger } from 'nestjs-pino';
import type { Role } from '@dti/domain';
import { EVENT_STORE, type EventStore } from '@dti/event-store';
import { configureHttpEdge } from '@dti/platform';
import { createReadModelDataSource, migrateReadModel } from '@dti/read-model';
import { AppModule } from '../../../apps/api/src/app.module';
import { demoAccounts, seedDemoAccounts } from '../../../scripts/seed/dev-accounts.seeder';
import { seedUnitRegister } from '../../../scripts/seed/units.seeder';
import { TEST_DATABASE_URL, platformTestEnv, useEnv } from '../../platform/support/platform-test-env';
import { httpClient, type HttpClient } from './http-client';
import { startTestProjector, type TestProjector } from './test-projector';

export interface TestAccount {
  username: string;
  password: string;
  role: Role;
  unit?: string;
}

/** The known password of a seeded test account (the seeding of `npm start` draws random ones). */
export function testPasswordOf(username: string): string {
  return `test-password-of-${username}`;
}

/**
 * One demo account per role, as `npm start` seeds them: admin, reviewer, reviewer2, lead (lead_reviewer),
 * inspector, leader (leadership), and sub-<unit code in lower case> (submitter) for every seeded unit,
 * e.g. sub-stttt (STTTT), sub-snv (SNV), sub-hue (HUE, a district).
 */
export const TEST_ACCOUNTS: readonly TestAccount[] = demoAccounts().map(({ username, role, unit }) => ({
  username,
  password: testPasswordOf(username),
  role,
  ...(unit === undefined ? {} : { unit }),
}));

/** A username holding each role, for tests that only care about the role. */
export const USERNAME_OF_ROLE: Readonly<Record<Role, string>> = {
  admin: 'admin',
  reviewer: 'reviewer',
  lead_reviewer: 'lead',
  inspector: 'inspector',
  leadership: 'leader',
  submitter: 'sub-stttt',
};

export interface ApiTestApp {
  app: INestApplication;
  server: Server;
  /** The settings the app was booted with (unique EVENT_STORE_SCHEMA, READ_MODEL_SCHEMA, BULLMQ_PREFIX). */
  env: Readonly<Record<string, string>>;
  /** The app's own event store (already migrated): to look at streams or append fixtures. */
  store: EventStore;
  accounts: readonly TestAccount[];
  /** POST /auth/login; the token is cached per username unless `fresh` (each login counts against the throttle). */
  login(username: string, options?: { password?: string; fresh?: boolean }): Promise<string>;
  /** A client logged in as this account: `const admin = await api.as('admin')`. */
  as(username: string): Promise<HttpClient>;
  /** A client with this token (or none). */
  client(token?: string): HttpClient;
  anonymous: HttpClient;
  /** Forgets cached tokens (after a password change or a disable, say). */
  forgetTokens(): void;
  /**
   * With `projector: true`: waits until the projector has projected every event appended so far. The
   * clients already do this before every GET; call it before reading the read model directly.
   */
  settle(): Promise<void>;
  close(): Promise<void>;
}

export interface ApiTestAppOptions {
  /** Extra modules, controllers or providers booted beside AppModule. */
  metadata?: ModuleMetadata;
  /** Setting overrides (e.g. JWT_TTL). */
  env?: Record<string, string>;
  /** Register the province's units (default true). */
  seedUnits?: boolean;
  /** Create TEST_ACCOUNTS with testPasswordOf(username) (default true; needs seedUnits). */
  seedAccounts?: boolean;
  /**
   * Run the real projector beside the app (default false). Queries are served from the read model, which
   * the projector fills asynchronously: with it, every GET of the harness's clients first waits until the
   * projection reaches the event store's head. Specs that start their own projector leave it off.
   */
  projector?: boolean;
}

/**
 * The real API (AppModule) against the real PostgreSQL event store in a schema of its own, the real Redis
 * under a prefix of its own, seeded like `npm start` seeds (units, then demo accounts with known
 * passwords). `close()` shuts the app down and drops the schemas and Redis keys.
 *
 *   const api = await startApiTestApp();            // in beforeAll
 *   const admin = await api.as('admin');
 *   await admin.get('/accounts').expect(200);
 *   await api.close();                              // in afterAll
 */
export async function startApiTestApp(options: ApiTestAppOptions = {}): Promise<ApiTestApp> {
  const run = platformTestEnv(options.env);
  useEnv(run.env);
  const directory = await mkdtemp(join(tmpdir(), 'dti-api-test-'));
  let app: INestApplication | undefined;
  let projector: TestProjector | undefined;
  try {
    await migrateReadModelOf(run.env);
    const metadata = options.metadata ?? {};
    const moduleRef = await Test.createTestingModule({
      ...metadata,
      imports: [AppModule, ...(metadata.imports ?? [])],
    }).compile();
    app = moduleRef.createNestApplication({ bufferLogs: true });
    app.useLogger(app.get(Logger));
    // As startHttpApp does in main.ts: security headers and CORS before anything else.
    configureHttpEdge(app);
    await app.init();
    const store = app.get<EventStore>(EVENT_STORE);
    const seedUnits = options.seedUnits ?? true;
    if (seedUnits) await seedUnitRegister(store);
    const seedAccounts = seedUnits && (options.seedAccounts ?? true);
    if (seedAccounts) {
      await seedDemoAccounts(store, {
        environment: 'test',
        file: join(directory, 'dev-accounts.json'),
        passwordFor: testPasswordOf,
      });
    }
    if (options.projector === true) projector = await startTestProjector(run.env, 'api-test-projector');
    return harness(app, run, store, seedAccounts ? TEST_ACCOUNTS : [], projector, async () => {
      await rm(directory, { recursive: true, force: true });
    });
  } catch (error) {
    await projector?.stop();
    await app?.close();
    await run.cleanUp();
    await rm(directory, { recursive: true, force: true });
    throw error;
  }
}

/** As `npm run migrate` does before the apps start: the read side's tables must exist for its queries. */
async function migrateReadModelOf(env: Readonly<Record<string, string>>): Promise<void> {
  // Two connections: the migration lock is held on one while the migrations run on another.
  const dataSource = createReadModelDataSource({ url: TEST_DATABASE_URL, schema: env.READ_MODEL_SCHEMA, poolMax: 2 });
  await dataSource.initialize();
  try {
    await migrateReadModel(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

function harness(
  app: INestApplication,
  run: ReturnType<typeof platformTestEnv>,
  store: EventStore,
  accounts: readonly TestAccount[],
  projector: TestProjector | undefined,
  removeFiles: () => Promise<void>,
): ApiTestApp {
  const settle = async (): Promise<void> => projector?.settle();
  const server = app.getHttpServer() as Server;
  const tokens = new Map<string, string>();
  const passwordOf = (username: string): string =>
    accounts.find((account) => account.username === username)?.password ?? testPasswordOf(username);

  const login: ApiTestApp['login'] = async (username, loginOptions = {}) => {
    const cached = tokens.get(username);
    if (cached !== undefined && !loginOptions.fresh && loginOptions.password === undefined) return cached;
    const response = await httpClient(server).post('/auth/login', {
      username,
      password: loginOptions.password ?? passwordOf(username),
    });
    if (response.status !== 200) {
      throw new Error(`Login of ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
    }
    const token = (response.body as { accessToken: string }).accessToken;
    tokens.set(username, token);
    return token;
  };

  return {
    app,
    server,
    env: run.env,
    store,
    accounts,
    login,
    as: async (username) => httpClient(server, await login(username), projector && settle),
    client: (token) => httpClient(server, token, projector && settle),
    anonymous: httpClient(server, undefined, projector && settle),
    forgetTokens: () => tokens.clear(),
    settle,
    close: async () => {
      try {
        await projector?.stop();
        await app.close();
      } finally {
        await run.cleanUp();
        await removeFiles();
      }
    },
  };
}
