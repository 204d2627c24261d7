import { escapeIdentifier, escapeLiteral, PoolClient } from 'pg';

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
  {
    version: 3,
    name: 'append function',
    sql: `
      -- One call does the whole append, so the global lock is held only for this body and the commit,
      -- never across client round trips. Run it as a single statement (its own implicit transaction).
      --
      -- The lock: positions come from an identity sequence, handed out at INSERT time, not at COMMIT. Without
      -- serialization two appends can commit in the opposite order of their positions, and a reader that saw
      -- N+1 would skip N for ever. Taking this transaction-scoped lock BEFORE drawing positions, and keeping
      -- it until COMMIT (PostgreSQL makes a commit visible before releasing locks), means N is visible before
      -- anyone can draw N+1: positions are strictly increasing in commit order.
      --
      -- When it does not append (ids already stored, or the expectation fails) it changes nothing and
      -- returns what it saw; the adapter's decideAppend turns that into a result or a typed error.
      CREATE FUNCTION {schema}.append_events(
        p_stream_id text, p_events jsonb, p_expected_kind text, p_expected_revision bigint
      ) RETURNS TABLE (appended boolean, current_revision bigint, stored json, last_revision bigint, last_position bigint)
      LANGUAGE plpgsql AS $$
      DECLARE
        v_ids uuid[];
        v_current bigint;
        v_stored json;
        v_expectation_holds boolean;
        v_last_revision bigint;
        v_last_position bigint;
      BEGIN
        PERFORM pg_advisory_xact_lock(1163084112, hashtext({schemaLiteral})); -- the global append lock

        -- An id array (not a sub-select) so the lookup probes the unique index however large the log is.
        SELECT array_agg((x->>'id')::uuid) INTO v_ids FROM jsonb_array_elements(p_events) x;
        SELECT json_agg(json_build_object('id', e.event_id, 'streamId', e.stream_id,
                                          'revision', e.revision::text, 'position', e.position::text)
                        ORDER BY e.position)
          INTO v_stored
          FROM {schema}.events e
         WHERE e.event_id = ANY (v_ids);
        SELECT s.revision INTO v_current FROM {schema}.streams s WHERE s.stream_id = p_stream_id;

        v_expectation_holds := CASE p_expected_kind
          WHEN 'any' THEN true
          WHEN 'no_stream' THEN v_current IS NULL
          WHEN 'stream_exists' THEN v_current IS NOT NULL
          ELSE v_current IS NOT DISTINCT FROM p_expected_revision
        END;
        IF v_stored IS NOT NULL OR NOT v_expectation_holds THEN
          RETURN QUERY SELECT false, v_current, COALESCE(v_stored, '[]'::json), NULL::bigint, NULL::bigint;
          RETURN;
        END IF;

        WITH inserted AS (
          INSERT INTO {schema}.events (event_id, stream_id, revision, type, schema_version, data, metadata)
          SELECT (x->>'id')::uuid, p_stream_id, COALESCE(v_current, -1) + t.ord, x->>'type',
                 (x->>'schemaVersion')::integer, x->'data', x->'metadata'
            FROM jsonb_array_elements(p_events) WITH ORDINALITY AS t(x, ord)
           ORDER BY t.ord
          RETURNING position, revision
        )
        SELECT max(i.position), max(i.revision) INTO v_last_position, v_last_revision FROM inserted i;

        INSERT INTO {schema}.streams (stream_id, revision, last_position)
        VALUES (p_stream_id, v_last_revision, v_last_position)
        ON CONFLICT (stream_id) DO UPDATE
          SET revision = excluded.revision, last_position = excluded.last_position, updated_at = clock_timestamp();

        -- Delivered at COMMIT only; wakes live subscriptions (they also poll, so a lost one costs latency only).
        PERFORM pg_notify({channelLiteral}, v_last_position::text);
        RETURN QUERY SELECT true, v_current, '[]'::json, v_last_revision, v_last_position;
      END;
      $$;
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

/** The LISTEN/NOTIFY channel of a schema's appends. */
export function appendChannel(schema: string): string {
  return `${schema}_appended`;
}

/** Replaces `{schema}` with the quoted schema name, `{schemaLiteral}` and `{channelLiteral}` with string literals. */
export function renderMigrationSql(sql: string, schema: string): string {
  return sql
    .replaceAll('{schemaLiteral}', escapeLiteral(schema))
    .replaceAll('{channelLiteral}', escapeLiteral(appendChannel(schema)))
    .replaceAll('{schema}', escapeIdentifier(schema));
}

/**
 * Creates the schema and applies the pending migrations. Call inside a transaction holding the schema's
 * migration lock: DDL is transactional in PostgreSQL, so a failed migration leaves nothing half-done and
 * concurrent callers apply each version exactly once.
 */
export async function applyMigrations(client: PoolClient, schema: string): Promise<number[]> {
  await client.query(renderMigrationSql('CREATE SCHEMA IF NOT EXISTS {schema}', schema));
  await client.query(
    renderMigrationSql(
      `CREATE TABLE IF NOT EXISTS {schema}.schema_migrations (
         version    integer PRIMARY KEY,
         name       text NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now())`,
      schema,
    ),
  );
  const { rows } = await client.query<{ version: number }>(
    renderMigrationSql('SELECT version FROM {schema}.schema_migrations', schema),
  );
  const done = new Set(rows.map((row) => row.version));
  const applied: number[] = [];
  for (const migration of EVENT_STORE_MIGRATIONS) {
    if (done.has(migration.version)) continue;
    await client.query(renderMigrationSql(migration.sql, schema));
    await client.query(
      renderMigrationSql('INSERT INTO {schema}.schema_migrations (version, name) VALUES ($1, $2)', schema),
      [migration.version, migration.name],
    );
    applied.push(migration.version);
  }
  return applied;
}
