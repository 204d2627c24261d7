import { escapeIdentifier, PoolClient } from 'pg';

/**
 * The event store's own schema, as ordered, append-only migrations. A migration once released is never
 * edited: a change is a new version. `{schema}` is replaced by the quoted schema name.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const EVENT_STORE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'create events and streams',
    sql: `
      -- position: the global log. An identity column, but appends only draw from it while holding the
      -- global append lock (see postgres-event-store.ts), which makes position order equal commit order.
      CREATE TABLE {schema}.events (
        position       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        event_id       uuid NOT NULL,
        stream_id      text COLLATE "C" NOT NULL,
        revision       bigint NOT NULL CHECK (revision >= 0),
        type           text NOT NULL,
        schema_version integer NOT NULL CHECK (schema_version >= 1),
        data           jsonb NOT NULL,
        metadata       jsonb NOT NULL,
        recorded_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT events_event_id_key UNIQUE (event_id),
        -- Doubles as the index for reading one stream in either direction.
        CONSTRAINT events_stream_revision_key UNIQUE (stream_id, revision)
      );

      -- One row per stream: the expected-revision check and listStreams(prefix) read this small table
      -- instead of the log. COLLATE "C" lets the primary key serve LIKE 'prefix%' lookups.
      CREATE TABLE {schema}.streams (
        stream_id     text COLLATE "C" PRIMARY KEY,
        revision      bigint NOT NULL,
        last_position bigint NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
        updated_at    timestamptz NOT NULL DEFAULT clock_timestamp()
      );
    `,
  },
  {
    version: 2,
    name: 'forbid changing stored events',
    sql: `
      -- Events are the truth: a stored event is never updated or deleted. Old shapes are handled by
      -- upcasters on read, never by rewriting rows.
      CREATE FUNCTION {schema}.forbid_event_mutation() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'events are immutable: % on %.events is not allowed', TG_OP, TG_TABLE_SCHEMA
          USING ERRCODE = 'restrict_violation';
      END;
      $$;
      CREATE TRIGGER events_are_immutable BEFORE UPDATE OR DELETE ON {schema}.events
        FOR EACH ROW EXECUTE FUNCTION {schema}.forbid_event_mutation();
    `,
  },
];

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,47}$/;

/**
 * Schema names are restricted to lower-case identifiers so they are safe in SQL text and in the
 * LISTEN channel name (which must stay under PostgreSQL's 63-byte identifier limit).
 */
export function assertSchemaName(schema: string): void {
  if (!SCHEMA_NAME.test(schema)) {
    throw new Error(
      `Invalid event store schema name "${schema}": use 1-48 characters of [a-z0-9_], not starting with a digit`,
    );
  }
}

/** Replaces `{schema}` with the quoted schema name. */
export function renderSql(sql: string, schema: string): string {
  return sql.replaceAll('{schema}', escapeIdentifier(schema));
}

/**
 * Creates the schema and applies the pending migrations. Call inside a transaction holding the schema's
 * migration lock: DDL is transactional in PostgreSQL, so a failed migration leaves nothing half-done and
 * concurrent callers apply each version exactly once.
 */
export async function applyMigrations(client: PoolClient, schema: string): Promise<number[]> {
  await client.query(renderSql('CREATE SCHEMA IF NOT EXISTS {schema}', schema));
  await client.query(
    renderSql(
      `CREATE TABLE IF NOT EXISTS {schema}.schema_migrations (
         version    integer PRIMARY KEY,
         name       text NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now())`,
      schema,
    ),
  );
  const { rows } = await client.query<{ version: number }>(
    renderSql('SELECT version FROM {schema}.schema_migrations', schema),
  );
  const done = new Set(rows.map((row) => row.version));
  const applied: number[] = [];
  for (const migration of EVENT_STORE_MIGRATIONS) {
    if (done.has(migration.version)) continue;
    await client.query(renderSql(migration.sql, schema));
    await client.query(renderSql('INSERT INTO {schema}.schema_migrations (version, name) VALUES ($1, $2)', schema), [
      migration.version,
      migration.name,
    ]);
    applied.push(migration.version);
  }
  return applied;
}
