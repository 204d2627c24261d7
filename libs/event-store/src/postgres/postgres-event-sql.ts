import { escapeIdentifier, escapeLiteral } from 'pg';
import { EventFilter, EventMetadata, RecordedEvent } from '../event-store.port';
import { appendChannel } from './postgres.migrations';

/** Every SQL statement the adapter runs, rendered once for its schema. */
export class PostgresEventSql {
  readonly events: string;
  readonly streams: string;
  /** LISTEN/NOTIFY channel woken by every append in this schema. */
  readonly channel: string;

  constructor(readonly schema: string) {
    this.events = this.qualified('events');
    this.streams = this.qualified('streams');
    this.channel = appendChannel(schema);
  }

  private qualified(name: string): string {
    return `${escapeIdentifier(this.schema)}.${name}`;
  }

  /**
   * $1 stream id, $2 jsonb array of events, $3 expectation kind ('any' | 'no_stream' | 'stream_exists' |
   * 'revision'), $4 the revision when the kind is 'revision'. See the append_events migration.
   */
  appendEvents(): string {
    return `SELECT appended, current_revision, stored, last_revision, last_position
              FROM ${this.qualified('append_events')}($1::text, $2::jsonb, $3::text, $4::bigint)`;
  }

  migrationLock(): string {
    return `SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_CLASS}, hashtext(${escapeLiteral(this.schema)}))`;
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

/**
 * Arbitrary constant naming the migration lock (first key of the two-key advisory lock form; the append
 * lock's, 0x45534150 "ESAP", lives in the append_events migration).
 */
const MIGRATION_LOCK_CLASS = 0x45_53_4d_47; // "ESMG"

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
