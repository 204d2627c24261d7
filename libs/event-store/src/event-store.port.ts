/**
 * The one event-store port the whole system uses. Its semantics are EventStoreDB's; the PostgreSQL
 * adapter (default) and the EventStoreDB adapter both implement it and both pass test/event-store's
 * contract suite.
 */

/** Who did what, when, and as part of which request: every event carries it. */
export interface EventMetadata {
  actor: string;
  role: string;
  /** ISO-8601 instant the command was accepted. */
  occurredAt: string;
  commandId: string;
  correlationId: string;
  causationId?: string;
  [key: string]: unknown;
}

export interface NewEvent<TData extends object = Record<string, unknown>> {
  /** uuid; appending the same id again (a retried command) stores nothing new. */
  id: string;
  type: string;
  schemaVersion: number;
  data: TData;
  metadata: EventMetadata;
}

export interface RecordedEvent<TData extends object = Record<string, unknown>> extends NewEvent<TData> {
  streamId: string;
  /** 0-based position of the event in its stream. */
  revision: bigint;
  /** Position in the global log, strictly increasing in commit order. */
  position: bigint;
  recordedAt: Date;
}

/** A revision (the last event's 0-based revision), or EventStoreDB's symbolic expectations. */
export type ExpectedRevision = bigint | 'no_stream' | 'stream_exists' | 'any';

export interface AppendResult {
  /** Revision of the last event now in the stream. */
  nextExpectedRevision: bigint;
  /** Global position of the last event appended (or of the already-stored one on an idempotent retry). */
  position: bigint;
}

export interface ReadStreamOptions {
  /** Inclusive revision to start from; defaults to the start (forwards) or the end (backwards). */
  from?: bigint | 'start' | 'end';
  direction?: 'forwards' | 'backwards';
  maxCount?: number;
}

export interface EventFilter {
  /** Keep events whose stream id starts with one of these prefixes (e.g. "assessment-"). */
  streamPrefixes?: string[];
  /** Keep events whose type is one of these. */
  eventTypes?: string[];
}

export interface ReadAllOptions {
  /** Exclusive: events strictly after this global position. Omitted = from the beginning. */
  fromPosition?: bigint;
  /** At most this many events; the adapters pass the bound to the server, never read past it. */
  maxCount?: number;
  filter?: EventFilter;
  /**
   * Aborting ends the read: the iterator rejects with the signal's reason (even mid-page) and releases
   * what it holds. For callers with a deadline (health checks, lag probes) that stop waiting.
   */
  signal?: AbortSignal;
}

export interface SubscribeToAllOptions {
  /** Exclusive checkpoint: the subscription delivers events strictly after it. Omitted = from the beginning. */
  fromPosition?: bigint;
  filter?: EventFilter;
}

/**
 * Catch-up then live. Iterate with `for await`: the next event is not fetched until the consumer's
 * loop body has finished (back-pressure). Never skips an event whose transaction commits after a
 * later-numbered one.
 */
export interface EventSubscription extends AsyncIterable<RecordedEvent> {
  close(): Promise<void>;
}

/** Upgrades an old schema version of an event type by one version, on read. */
export interface Upcaster {
  type: string;
  fromVersion: number;
  upcast(data: Record<string, unknown>, metadata: EventMetadata): Record<string, unknown>;
}

export interface EventStore {
  /**
   * Appends atomically. Throws WrongExpectedVersionError (with the actual revision) when the expectation
   * fails, EventIdConflictError when some ids are already stored but not as this exact append, and
   * EventStoreInputError for malformed input. Re-appending exactly the stored ids to the same stream (a
   * retried command) stores nothing and returns the stored result, even if `expectedRevision` is stale.
   */
  append(streamId: string, events: NewEvent[], expectedRevision: ExpectedRevision): Promise<AppendResult>;
  /** Events of one stream; a stream that does not exist yields nothing. Read lazily, page by page. */
  readStream(streamId: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent>;
  /** Every event in global position order (system events excluded). Read lazily, page by page. */
  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent>;
  /** Revision of the stream's last event, or null when the stream does not exist. */
  streamRevision(streamId: string): Promise<bigint | null>;
  /** Stream ids in ascending order, optionally those starting with a prefix (a category such as "assessment-"). */
  listStreams(prefix?: string): Promise<string[]>;
  /** Global position of the last committed event (0n for an empty store). */
  headPosition(): Promise<bigint>;
  subscribeToAll(options?: SubscribeToAllOptions): EventSubscription;
  /** Liveness of the underlying connection, for /health/ready. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EVENT_STORE');

export class WrongExpectedVersionError extends Error {
  override readonly name = 'WrongExpectedVersionError';
  /** Stable code for the HTTP layer's error mapping. */
  readonly code = 'WRONG_EXPECTED_VERSION' as const;
  constructor(
    readonly streamId: string,
    readonly expected: ExpectedRevision,
    /** The stream's actual last revision, or 'no_stream'. */
    readonly actual: bigint | 'no_stream',
  ) {
    super(`Wrong expected version on ${streamId}: expected ${String(expected)}, actual ${String(actual)}`);
  }
}

/**
 * Some of the appended event ids are already stored, but not as this exact append: only part of the batch,
 * in another stream, or in another order. A retried command re-sends exactly the same ids, so this is a
 * bug (ids reused for different facts), not a race. Nothing was stored.
 */
export class EventIdConflictError extends Error {
  override readonly name = 'EventIdConflictError';
  readonly code = 'EVENT_ID_CONFLICT' as const;
  constructor(
    readonly streamId: string,
    /** The appended ids that were already stored. */
    readonly storedIds: readonly string[],
    readonly reason: string,
  ) {
    super(`Event ids already stored conflict with the append to ${streamId} (${reason}): ${storedIds.join(', ')}`);
  }
}

export type EventStoreInputErrorCode =
  | 'INVALID_STREAM_ID'
  | 'EMPTY_APPEND'
  | 'INVALID_EVENT'
  | 'DUPLICATE_EVENT_ID'
  | 'INVALID_EXPECTED_REVISION'
  | 'INVALID_READ_OPTIONS'
  | 'INVALID_FILTER';

/** A malformed argument, rejected before anything is read or written. `input` names the offending argument. */
export class EventStoreInputError extends Error {
  override readonly name = 'EventStoreInputError';
  constructor(
    readonly code: EventStoreInputErrorCode,
    /** Path of the bad input, e.g. `events[2].metadata.actor`. */
    readonly input: string,
    message: string,
  ) {
    super(`${input}: ${message}`);
  }
}
