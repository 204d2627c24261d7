import { GuardedPgClient } from './guarded-pg-client';
import { Pool, PoolClient } from 'pg';
import {
  AppendResult,
  EventStore,
  EventSubscription,
  ExpectedRevision,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeToAllOptions,
  Upcaster,
} from '../event-store.port';
import {
  assertReadAllOptions,
  assertReadStreamOptions,
  assertStreamId,
  assertStreamPrefix,
  assertSubscribeOptions,
  prepareAppend,
} from '../event-store.validation';
import { UpcasterChain } from '../upcasting/upcaster-chain';
import { decideAppend, StoredEventRef } from './append-decision';
import { AppendNotifications } from './append-notifications';
import { EventRow, likePrefix, PostgresEventSql, toRecordedEvent } from './postgres-event-sql';
import { applyMigrations, assertSchemaName } from './postgres.migrations';
import { PostgresSubscription, SubscriptionPage } from './postgres-subscription';

export interface PostgresEventStoreOptions {
  /** A pool owned by the caller (not ended by close()), or a connection string for a pool the store owns. */
  pool?: Pool;
  connectionString?: string;
  /** PostgreSQL schema holding the store's tables; default 'event_store'. */
  schema?: string;
  upcasters?: readonly Upcaster[];
  /** Rows per read page (readStream, readAll, subscriptions); default 1000. */
  pageSize?: number;
  /** How long a live subscription waits for a NOTIFY before polling anyway; default 1000 ms. */
  pollIntervalMs?: number;
  /**
   * TEST SEAM ONLY: awaited inside the append transaction after the events are inserted and before COMMIT,
   * so the contract suite can hold a transaction open and prove subscriptions never skip a late committer.
   */
  beforeCommit?: (append: { streamId: string; lastPosition: bigint }) => Promise<void>;
}

const MAX_REVISION = 9_223_372_036_854_775_807n;

/**
 * The default event store: one PostgreSQL schema with an append-only `events` log and a `streams` table.
 *
 * Ordering (the "sequence gap" problem): `position` comes from an identity sequence, and a sequence hands
 * out numbers at INSERT time, not at COMMIT. Two transactions can commit in the opposite order of their
 * numbers, so a reader that has seen position 11 could later find a 10 appear behind its cursor and skip
 * it forever. We prevent it at the source: every append (the append_events function, migration 3) takes
 * a transaction-scoped advisory lock, one key per schema, BEFORE drawing positions and keeps it until
 * COMMIT. PostgreSQL makes a committed transaction visible before it releases its locks, so when the next
 * appender draws N+1, N is already visible. Hence `position` is a single bigint, strictly increasing in
 * commit order, and a checkpoint "everything <= P seen" is always true; readers need no gap detection.
 *
 * Cost: appends to the same schema serialize, including each commit's WAL flush, so single-event appends
 * top out near one commit per fsync however many writers there are (bench/append-rate.ts measures it).
 * Reads never take the lock. When throughput matters, put many events in one append: the lock and the
 * flush are paid once per append, not per event.
 */
export class PostgresEventStore implements EventStore {
  readonly kind = 'postgres' as const;
  private readonly sql: PostgresEventSql;
  private readonly pool: Pool;
  private readonly ownsPool: boolean;
  private readonly upcasters: UpcasterChain;
  private readonly pageSize: number;
  private readonly pollIntervalMs: number;
  private readonly beforeCommit: PostgresEventStoreOptions['beforeCommit'];
  private readonly notifications: AppendNotifications;
  private readonly subscriptions = new Set<PostgresSubscription>();
  private closing: Promise<void> | undefined;

  constructor(options: PostgresEventStoreOptions) {
    const schema = options.schema ?? 'event_store';
    assertSchemaName(schema);
    if (options.pool) {
      this.pool = options.pool;
      this.ownsPool = false;
    } else if (options.connectionString) {
      this.pool = new Pool({
        connectionString: options.connectionString,
        application_name: 'dti-event-store',
        Client: GuardedPgClient,
      });
      // An idle client dying (server restart) must not crash the process; the next query reconnects.
      this.pool.on('error', () => undefined);
      this.ownsPool = true;
    } else {
      throw new Error('PostgresEventStore needs either a pool or a connectionString');
    }
    this.sql = new PostgresEventSql(schema);
    this.upcasters = new UpcasterChain(options.upcasters);
    this.pageSize = options.pageSize ?? 1000;
    this.pollIntervalMs = options.pollIntervalMs ?? 1000;
    this.beforeCommit = options.beforeCommit;
    this.notifications = new AppendNotifications(this.pool, this.sql.channel);
  }

  get schema(): string {
    return this.sql.schema;
  }

  /**
   * Creates the schema and applies pending migrations, all in one transaction under an advisory lock, so
   * several processes starting at once apply each migration exactly once. Safe to call on every start.
   */
  async migrate(): Promise<void> {
    await this.inTransaction(async (client) => {
      await client.query(this.sql.migrationLock());
      await applyMigrations(client, this.sql.schema);
    });
  }

  async append(streamId: string, events: NewEvent[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    const prepared = prepareAppend(streamId, events, expectedRevision);
    const params = [
      streamId,
      JSON.stringify(prepared),
      typeof expectedRevision === 'bigint' ? 'revision' : expectedRevision,
      typeof expectedRevision === 'bigint' ? expectedRevision.toString() : null,
    ];
    const row = this.beforeCommit
      ? await this.appendHoldingCommit(streamId, params, this.beforeCommit)
      : // A single statement is its own transaction: the lock is released by the commit that ends it.
        (await this.pool.query<AppendRow>(this.sql.appendEvents(), params)).rows[0];
    if (row.appended) {
      return {
        nextExpectedRevision: BigInt(row.last_revision as string),
        position: BigInt(row.last_position as string),
      };
    }
    // Nothing was written. The same rules, in TypeScript, say why: a stored retry or a typed error.
    const decision = decideAppend(
      streamId,
      prepared.map((event) => event.id),
      expectedRevision,
      {
        currentRevision: row.current_revision === null ? null : BigInt(row.current_revision),
        stored: row.stored.map(toStoredRef),
      },
    );
    if (decision.kind === 'already-stored') return decision.result;
    throw new Error(
      `append_events refused an append to ${streamId} that decideAppend accepts: the SQL and TypeScript rules disagree`,
    );
  }

  /** The test seam's path: an explicit transaction, so beforeCommit runs while the lock is still held. */
  private appendHoldingCommit(
    streamId: string,
    params: unknown[],
    beforeCommit: NonNullable<PostgresEventStoreOptions['beforeCommit']>,
  ): Promise<AppendRow> {
    return this.inTransaction(async (client) => {
      const row = (await client.query<AppendRow>(this.sql.appendEvents(), params)).rows[0];
      if (row.appended) await beforeCommit({ streamId, lastPosition: BigInt(row.last_position as string) });
      return row;
    });
  }

  readStream(streamId: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    assertStreamId(streamId);
    assertReadStreamOptions(options);
    const direction = options.direction ?? 'forwards';
    const from = options.from ?? (direction === 'forwards' ? 'start' : 'end');
    const sql = this.sql.readStreamPage(direction);
    return this.paged(options.maxCount, undefined, () => {
      // Forwards from 'end' is empty, as in EventStoreDB: there is nothing after the last event.
      let bound: bigint | undefined =
        from === 'start' ? 0n : from === 'end' ? (direction === 'forwards' ? undefined : MAX_REVISION) : from;
      return async (limit) => {
        if (bound === undefined || bound < 0n) return [];
        const { rows } = await this.pool.query<EventRow>(sql, [streamId, bound.toString(), limit]);
        const last = rows[rows.length - 1];
        if (last) bound = direction === 'forwards' ? BigInt(last.revision) + 1n : BigInt(last.revision) - 1n;
        return rows;
      };
    });
  }

  readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    assertReadAllOptions(options);
    const { sql, filterParams } = this.sql.readAllPage(options.filter);
    return this.paged(options.maxCount, options.signal, () => {
      let after = options.fromPosition ?? 0n;
      return async (limit) => {
        const { rows } = await this.pool.query<EventRow>(sql, [after.toString(), limit, ...filterParams]);
        const last = rows[rows.length - 1];
        if (last) after = BigInt(last.position);
        return rows;
      };
    });
  }

  async streamRevision(streamId: string): Promise<bigint | null> {
    assertStreamId(streamId);
    const { rows } = await this.pool.query<{ revision: string }>(this.sql.streamRevision(), [streamId]);
    return rows.length === 0 ? null : BigInt(rows[0].revision);
  }

  async listStreams(prefix?: string): Promise<string[]> {
    assertStreamPrefix(prefix);
    const withPrefix = prefix !== undefined && prefix !== '';
    const { rows } = await this.pool.query<{ stream_id: string }>(
      this.sql.listStreams(withPrefix),
      withPrefix ? [likePrefix(prefix)] : [],
    );
    return rows.map((row) => row.stream_id);
  }

  async headPosition(): Promise<bigint> {
    const { rows } = await this.pool.query<{ position: string }>(this.sql.headPosition());
    return BigInt(rows[0].position);
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): EventSubscription {
    assertSubscribeOptions(options);
    if (this.closing) throw new Error('The event store is closed');
    const { sql, filterParams } = this.sql.subscriptionPage(options.filter);
    const subscription = new PostgresSubscription(
      {
        fetchPage: async (after): Promise<SubscriptionPage> => {
          const { rows } = await this.pool.query<EventRow & { head: string }>(sql, [
            after.toString(),
            this.pageSize,
            ...filterParams,
          ]);
          const events = rows.filter((row) => row.position !== null).map((row) => this.toEvent(row));
          const caughtUp = events.length < this.pageSize;
          const head = BigInt(rows[0].head);
          const lastDelivered = events.length > 0 ? events[events.length - 1].position : after;
          // Not full: everything up to the head this snapshot saw is settled, so skip filtered-out rows.
          const nextCursor = caughtUp && head > lastDelivered ? head : lastDelivered;
          return { events, nextCursor, caughtUp };
        },
        notificationGeneration: () => this.notifications.current,
        waitForAppend: (seen, cancelled) => this.notifications.wait(seen, this.pollIntervalMs, cancelled),
      },
      options.fromPosition ?? 0n,
      (closed) => this.subscriptions.delete(closed),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  /** Ends every subscription, the LISTEN connection and, if the store created it, the pool. Idempotent. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
      await this.notifications.close();
      if (this.ownsPool) await this.pool.end();
    })();
    return this.closing;
  }

  private toEvent(row: EventRow): RecordedEvent {
    return this.upcasters.upcast(toRecordedEvent(row));
  }

  /**
   * Lazily pulls keyset pages of at most pageSize rows until a short page or maxCount events, so a 100k-event
   * stream is never held in memory at once. Each iteration gets its own cursor from `startCursor`.
   */
  private paged(
    maxCount: number | undefined,
    signal: AbortSignal | undefined,
    startCursor: () => (limit: number) => Promise<EventRow[]>,
  ): AsyncIterable<RecordedEvent> {
    const pageSize = this.pageSize;
    const toEvent = (row: EventRow) => this.toEvent(row);
    return {
      async *[Symbol.asyncIterator]() {
        const fetch = startCursor();
        let remaining = maxCount ?? Number.POSITIVE_INFINITY;
        while (remaining > 0) {
          signal?.throwIfAborted();
          const limit = Math.min(pageSize, remaining);
          // Each page is one complete query, so there is no cursor to release: stopping between pages suffices.
          const rows = await fetch(limit);
          for (const row of rows) {
            signal?.throwIfAborted();
            yield toEvent(row);
          }
          remaining -= rows.length;
          if (rows.length < limit) return;
        }
      },
    };
  }

  private async inTransaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      try {
        await client.query('ROLLBACK');
      } catch (rollbackError) {
        // The connection is unusable; make the pool discard it.
        broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
      }
      throw error;
    } finally {
      client.release(broken);
    }
  }
}

/** A row of append_events(); bigint columns arrive as strings. */
interface AppendRow {
  appended: boolean;
  current_revision: string | null;
  stored: StoredRefJson[];
  last_revision: string | null;
  last_position: string | null;
}

interface StoredRefJson {
  id: string;
  streamId: string;
  revision: string;
  position: string;
}

function toStoredRef(json: StoredRefJson): StoredEventRef {
  return { id: json.id, streamId: json.streamId, revision: BigInt(json.revision), position: BigInt(json.position) };
}
