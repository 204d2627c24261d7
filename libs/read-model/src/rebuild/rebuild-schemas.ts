import { createHash } from 'node:crypto';
import type { ClientConfig } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { assertReadModelSchema, readModelSchemaOf } from '../read-model-schema';

/**
 * The schemas of a rebuild of the read model `live`: it builds in `<live>_rebuild` and, at the swap,
 * renames `live` to `<live>_retired` and the build to `live`, then drops the retired one. Fixed names
 * (one rebuild at a time holds the rebuild lock), so a run killed at any point leaves nothing the next
 * run cannot recognise and drop. A name that would pass PostgreSQL's 63 bytes is shortened with a hash.
 */
export function rebuildSchemaNames(live: string): { live: string; build: string; retired: string } {
  assertReadModelSchema(live);
  return { live, build: derived(live, 'rebuild'), retired: derived(live, 'retired') };
}

function derived(live: string, suffix: string): string {
  const name = `${live}_${suffix}`;
  if (name.length <= 63) return name;
  const hash = createHash('sha256').update(live).digest('hex').slice(0, 8);
  return assertReadModelSchema(`${live.slice(0, 63 - suffix.length - 10)}_${hash}_${suffix}`);
}

/** The database URL a read-model DataSource connects with (built from its parts when it has none). */
export function databaseUrlOf(dataSource: DataSource): string {
  const options = dataSource.options as PostgresConnectionOptions;
  if (options.url) return options.url;
  const user = options.username ? encodeURIComponent(options.username) : '';
  const password = typeof options.password === 'string' ? `:${encodeURIComponent(options.password)}` : '';
  const auth = user ? `${user}${password}@` : '';
  return `postgres://${auth}${options.host ?? 'localhost'}:${options.port ?? 5432}/${options.database ?? ''}`;
}

/** node-postgres settings for the database a read-model DataSource connects to, under its own name. */
export function connectionConfigOf(dataSource: DataSource, applicationName: string): ClientConfig {
  return { connectionString: withApplicationName(databaseUrlOf(dataSource), applicationName) };
}

/**
 * The URL with `application_name` set: what operators (and the fault tests) find the connections by in
 * pg_stat_activity. In the URL rather than beside it, because node-postgres lets the URL's parameters
 * override the options given next to it.
 */
export function withApplicationName(url: string, applicationName: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('application_name', applicationName.slice(0, 63));
  return parsed.toString();
}

export function liveSchemaOf(dataSource: DataSource): string {
  return readModelSchemaOf(dataSource);
}
