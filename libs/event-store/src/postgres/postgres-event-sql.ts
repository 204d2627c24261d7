import { escapeIdentifier } from 'pg';
import { EventFilter, EventMetadata, RecordedEvent } from '../event-store.port';

/** Every SQL statement the adapter runs, rendered once for its schema. */
export class PostgresEventSql {
  readonly events: string;
  readonly streams: string;
  /** LISTEN/NOTIFY channel woken by every append in this schema. */
  readonly channel: string;

  constructor(readonly schema: string) {
    const quoted = escapeIdentifier(schema);
    this.events = `${quoted}.events`;
    this.streams = `${quoted}.streams`;
    this.channel = `${schema}_appended`;
  }

  /** Serialises appenders of this schema (see PostgresEventStore.append). One key per schema. */
  appendLock(): string {
    return `SELECT pg_advisory_xact_lock(${APPEND_LOCK_CLASS}, hashtext(${literal(this.schema)}))`;
  }

  migrationLock(): string {
    return `SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_CLASS}, hashtext(${literal(this.schema)}))`;
  }

  /** $1 stream id, $2 uuid[] of the appended ids. */
  appendState(): string {
    return `
      SELECT
        (SELECT revision FROM ${this.streams} WHERE stream_id = $1::text) AS current_revision,
        COALESCE(
          (SELECT json_agg(json_build_object(
                    'id', event_id, 'streamId', stream_id, 'revision', revision::text, 'position', position::text)
                  ORDER BY position)
             FROM ${this.events} WHERE event_id = ANY($2::uuid[])),
          '[]'::json) AS stored`;
  }

  /**
   * $1 stream id, $2 jsonb array of events, $3 first revision. One statement inserts the events (positions
   * drawn in input order), moves the stream's head and queues the NOTIFY, which PostgreSQL delivers only
   * at commit.
   */
  insertEvents(): string {
    return `
      WITH input AS (
        SELECT (e->>'id')::uuid AS event_id, e->>'type' AS type, (e->>'schemaVersion')::integer AS schema_version,
               e->'data' AS data, e->'metadata' AS metadata, ord
          FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS t(e, ord)
      ), inserted AS (
        INSERT INTO ${this.events} (event_id, stream_id, revision, type, schema_version, data, metadata)
        SELECT event_id, $1::text, $3::bigint + ord - 1, type, schema_version, data, metadata FROM input ORDER BY ord
        RETURNING position, revision
      ), head AS (
        SELECT max(position) AS position, max(revision) AS revision FROM inserted
      ), moved AS (
        INSERT INTO ${this.streams} (stream_id, revision, last_position)
        SELECT $1::text, revision, position FROM head
        ON CONFLICT (stream_id) DO UPDATE
          SET revision = excluded.revision, last_position = excluded.last_position, updated_at = clock_timestamp()
      )
      SELECT position, revision, pg_notify(${literal(this.channel)}, position::text) FROM head`;
  }

  /** $1 stream id, $2 bound revision, $3 page size. */
  readStreamPage(direction: 'forwards' | 'backwards'): string {
    const forwards = direction === 'forwards';
    return `
      SELECT ${EVENT_COLUMNS} FROM ${this.events}
       WHERE stream_id = $1::text AND revision ${forwards ? '>=' : '<='} $2::bigint
       ORDER BY revision ${forwards ? 'ASC' : 'DESC'} LIMIT $3`;
  }

  /** Keyset page of the global log: $1 exclusive position, $2 page size, then the filter's parameters. */
  readAllPage(filter: EventFilter | undefined): { sql: string; filterParams: unknown[] } {
    const { clause, params } = filterClause(filter, 3);
    return {
      sql: `
        SELECT ${EVENT_COLUMNS} FROM ${this.events}
         WHERE position > $1::bigint ${clause}
         ORDER BY position LIMIT $2`,
      filterParams: params,
    };
  }

  /**
   * A subscription page, plus the head of the log seen by the SAME snapshot. When the page is not full the
   * subscription may move its cursor to that head even if the filter dropped everything in between: the
   * global lock guarantees nothing at or below a visible position can still commit.
   */
  subscriptionPage(filter: EventFilter | undefined): { sql: string; filterParams: unknown[] } {
    const { clause, params } = filterClause(filter, 3);
    return {
      sql: `
        WITH head AS (SELECT COALESCE(max(position), 0) AS position FROM ${this.events})
        SELECT head.position AS head, page.* FROM head LEFT JOIN LATERAL (
          SELECT ${EVENT_COLUMNS} FROM ${this.events}
           WHERE position > $1::bigint AND position <= head.position ${clause}
           ORDER BY position LIMIT $2
        ) page ON true`,
      filterParams: params,
    };
  }

  streamRevision(): string {
    return `SELECT revision FROM ${this.streams} WHERE stream_id = $1::text`;
  }

  /** $1 LIKE pattern. The "C" collation of stream_id lets the primary key serve the prefix match. */
  listStreams(withPrefix: boolean): string {
    return `SELECT stream_id FROM ${this.streams} ${withPrefix ? 'WHERE stream_id LIKE $1::text' : ''} ORDER BY stream_id`;
  }

  headPosition(): string {
    return `SELECT COALESCE(max(position), 0) AS position FROM ${this.events}`;
  }
}

/** Arbitrary constants naming this library's advisory locks (first key of the two-key form). */
export const APPEND_LOCK_CLASS = 0x45_53_41_50; // "ESAP"
export const MIGRATION_LOCK_CLASS = 0x45_53_4d_47; // "ESMG"

const EVENT_COLUMNS = 'position, event_id, stream_id, revision, type, schema_version, data, metadata, recorded_at';

/** A row as node-postgres returns it: bigint columns arrive as strings. */
export interface EventRow {
  position: string;
  event_id: string;
  stream_id: string;
  revision: string;
  type: string;
  schema_version: number;
  data: Record<string, unknown>;
  metadata: EventMetadata;
  recorded_at: Date;
}

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    type: row.type,
    schemaVersion: row.schema_version,
    data: row.data,
    metadata: row.metadata,
    streamId: row.stream_id,
    revision: BigInt(row.revision),
    position: BigInt(row.position),
    recordedAt: row.recorded_at,
  };
}

/** The SQL form of matchesEventFilter (event-filter.ts): prefixes OR-ed, types OR-ed, the two AND-ed. */
function filterClause(filter: EventFilter | undefined, firstParam: number): { clause: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (filter?.streamPrefixes) {
    params.push(filter.streamPrefixes.map(likePrefix));
    parts.push(`AND stream_id LIKE ANY($${firstParam + params.length - 1}::text[])`);
  }
  if (filter?.eventTypes) {
    params.push(filter.eventTypes);
    parts.push(`AND type = ANY($${firstParam + params.length - 1}::text[])`);
  }
  return { clause: parts.join(' '), params };
}

/** A LIKE pattern matching strings that start with `prefix` literally. */
export function likePrefix(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}
