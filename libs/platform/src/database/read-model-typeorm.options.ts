import type { TypeOrmModuleOptions } from '@nestjs/typeorm';
import { join, resolve } from 'node:path';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { GuardedPgClient } from '@dti/event-store';
import { PlatformConfig } from '../config/platform-config.schema';

/** The repository root, or `dist/` when running the compiled build (this file sits 4 levels down). */
const ROOT = resolve(__dirname, '..', '..', '..', '..');

/**
 * Where the read model's migrations live. Matches .ts under ts-node/jest and .js in `dist/`, so
 * adding a migration file is all it takes.
 */
export const READ_MODEL_MIGRATIONS = join(ROOT, 'libs', 'read-model', 'src', 'migrations', '*.{ts,js}');

/** Connection settings shared by the apps' TypeORM module and the migration script. */
export function readModelConnectionOptions(config: PlatformConfig): PostgresConnectionOptions {
  return {
    type: 'postgres',
    url: config.DATABASE_URL,
    schema: config.READ_MODEL_SCHEMA,
    // Schema changes only ever happen through reviewed migrations (`npm run migrate`), never at boot.
    synchronize: false,
    migrationsRun: false,
    migrations: [READ_MODEL_MIGRATIONS],
    migrationsTableName: 'read_model_migrations',
    // GuardedPgClient: a session killed while being checked out must not crash the app (see its comment).
    extra: { max: config.DATABASE_POOL_MAX, application_name: 'dti-hue', Client: GuardedPgClient },
  };
}

export function readModelTypeOrmOptions(config: PlatformConfig): TypeOrmModuleOptions {
  return {
    ...readModelConnectionOptions(config),
    // The apps never run migrations (`npm run migrate` does): no reason to load the files at boot.
    migrations: [],
    // Feature modules register their entities with TypeOrmModule.forFeature; no global entity list.
    autoLoadEntities: true,
    retryAttempts: 5,
    retryDelay: 2_000,
  };
}
