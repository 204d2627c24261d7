import {
  AllStreamSubscription,
  BACKWARDS,
  END,
  excludeSystemEvents,
  FORWARDS,
  KurrentDBClient,
} from '@kurrent/kurrentdb-client';
import {
  AppendResult,
  EventIdConflictError,
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
import { matchesEventFilter } from '../event-filter';
import {
  assertReadAllOptions,
  assertReadStreamOptions,
  assertStreamId,
  assertStreamPrefix,
  assertSubscribeOptions,
  prepareAppend,
  PreparedEvent,
} from '../event-store.validation';
import { UpcasterChain } from '../upcasting/upcaster-chain';
import {
  fromKurrentRecord,
  isAfter,
  isKurrentStreamNotFound,
  isKurrentWrongExpectedVersion,
  KurrentRecord,
  toEventData,
  toReadPosition,
  toReadRevision,
  toServerFilter,
  toClientConnectionString,
  toStreamState,
  toWrongExpectedVersionError,
} from './eventstoredb.mapping';
import { ServerFeaturesClient } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/serverfeatures_grpc_pb';
import { Empty } from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/shared_pb';

export interface EventStoreDbEventStoreOptions {
  /** A client owned by the caller (not disposed by close()), or a connection string for one the store owns. */
  client?: KurrentDBClient;
  connectionString?: string;
  upcasters?: readonly Upcaster[];
}

type Resolved = { event?: KurrentRecord; commitPosition?: bigint };

/**
 * Events per server read of $all. The client's native reader (@kurrent/bridge) cannot be cancelled once
 * started: leaving a `for await` early only stops pulling, so the server read is bounded by the maxCount
 * it was given. Reads therefore go in pages of at most this many events.
 */
export const READ_ALL_PAGE_SIZE = 500;

/** A KurrentDB client, reconnect-safe, from any connection string the client accepts (esdb:// without its warning). */
export function createKurrentClient(connectionString: string): KurrentDBClient {
  return KurrentDBClient.connectionString(toClientConnectionString(connectionString));
}

/**
 * The port over EventStoreDB / KurrentDB (20+), through the official client. The server already has the
 * port's semantics (expected revisions, idempotent appends by event id, a commit-ordered $all), so this
 * adapter mostly translates; see eventstoredb.mapping.ts for the details of each mapping.
 */
export class EventStoreDbEventStore implements EventStore {
  readonly kind = 'eventstoredb' as const;
  private readonly client: KurrentDBClient;
  private readonly ownsClient: boolean;
  private readonly upcasters: UpcasterChain;
  private readonly subscriptions = new Set<EventStoreDbSubscription>();
  private closing: Promise<void> | undefined;

  constructor(options: EventStoreDbEventStoreOptions) {
    if (options.client) {
      this.client = options.client;
      this.ownsClient = false;
    } else if (options.connectionString) {
      this.client = createKurrentClient(options.connectionString);
      this.ownsClient = true;
    } else {
      throw new Error('EventStoreDbEventStore needs either a client or a connectionString');
    }
    this.upcasters = new UpcasterChain(options.upcasters);
  }

  /** Nothing to migrate: the server owns its storage. Present so callers can treat both adapters alike. */
  async migrate(): Promise<void> {}

  async append(streamId: string, events: NewEvent[], expectedRevision: ExpectedRevision): Promise<AppendResult> {
    const prepared = prepareAppend(streamId, events, expectedRevision);
    let written;
    try {
      written = await this.client.appendToStream(streamId, prepared.map(toEventData), {
        streamState: toStreamState(expectedRevision),
      });
    } catch (error) {
      if (!isKurrentWrongExpectedVersion(error)) throw error;
      await this.rejectIdConflict(streamId, prepared, expectedRevision);
      throw toWrongExpectedVersionError(streamId, expectedRevision, error);
    }
    // An idempotent retry may come back without a position: look up the stored last event's.
    const position = written.position?.commit ?? (await this.positionOf(streamId, written.nextExpectedRevision));
    return { nextExpectedRevision: written.nextExpectedRevision, position };
  }

  readStream(streamId: string, options: ReadStreamOptions = {}): AsyncIterable<RecordedEvent> {
    assertStreamId(streamId);
    assertReadStreamOptions(options);
    const client = this.client;
    const upcast = (event: RecordedEvent) => this.upcasters.upcast(event);
    return {
      async *[Symbol.asyncIterator]() {
        if (options.maxCount === 0) return;
        try {
          const read = client.readStream(streamId, {
            direction: options.direction === 'backwards' ? BACKWARDS : FORWARDS,
            fromRevision: toReadRevision(options),
            ...(options.maxCount === undefined ? {} : { maxCount: options.maxCount }),
            // A command folds its stream and appends with the revision it saw: a follower lagging behind
            // the leader would turn every such command into a conflict, and a read just after an append
            // (positionOf) would miss it. Stream reads are small; the leader serves them.
            requiresLeader: true,
          });
          for await (const resolved of read) {
            const event = fromKurrentRecord(resolved as Resolved);
            if (event) yield upcast(event);
          }
        } catch (error) {
          // The port's reading of a missing stream: it has no events.
          if (isKurrentStreamNotFound(error)) return;
          throw error;
        }
      },
    };
  }

  readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    assertReadAllOptions(options);
    const scan = (): AsyncGenerator<RecordedEvent> => this.scanAll(options);
    const upcast = (event: RecordedEvent) => this.upcasters.upcast(event);
    return {
      async *[Symbol.asyncIterator]() {
        for await (const event of scan()) yield upcast(event);
      },
    };
  }

  async streamRevision(streamId: string): Promise<bigint | null> {
    assertStreamId(streamId);
    try {
      for await (const resolved of this.client.readStream(streamId, {
        direction: BACKWARDS,
        fromRevision: END,
        maxCount: 1,
        requiresLeader: true,
      })) {
        return (resolved as Resolved).event?.revision ?? null;
      }
      return null;
    } catch (error) {
      if (isKurrentStreamNotFound(error)) return null;
      throw error;
    }
  }

  /**
   * Scans $all (server-side filtered by the prefix, in bounded pages) and collects distinct stream ids.
   * Chosen over reading the `$streams` system projection because that needs system projections enabled on
   * the server, which is not the default; the cost is a read proportional to the matching events,
   * acceptable for the operator-facing uses of listStreams (replays, audits), not for request paths.
   */
  async listStreams(prefix?: string): Promise<string[]> {
    assertStreamPrefix(prefix);
    const streams = new Set<string>();
    for await (const event of this.scanAll({ filter: prefix ? { streamPrefixes: [prefix] } : undefined })) {
      streams.add(event.streamId);
    }
    return [...streams].sort();
  }

  /** The last user event's commit position: system events are invisible to consumers, so they must not count. */
  async headPosition(): Promise<bigint> {
    const read = this.client.readAll({
      direction: BACKWARDS,
      fromPosition: END,
      maxCount: 1,
      filter: excludeSystemEvents(),
    });
    for await (const resolved of read) {
      const event = fromKurrentRecord(resolved as Resolved);
      if (event) return event.position;
    }
    return 0n;
  }

  subscribeToAll(options: SubscribeToAllOptions = {}): EventSubscription {
    assertSubscribeOptions(options);
    if (this.closing) throw new Error('The event store is closed');
    const subscription = new EventStoreDbSubscription(
      this.client.subscribeToAll({
        fromPosition: toReadPosition(options.fromPosition),
        filter: toServerFilter(options.filter),
      }),
      (resolved) => {
        const event = fromKurrentRecord(resolved);
        if (!event || !isAfter(event.position, options.fromPosition)) return undefined;
        if (!matchesEventFilter(options.filter, event.streamId, event.type)) return undefined;
        return this.upcasters.upcast(event);
      },
      (closed) => this.subscriptions.delete(closed),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  /**
   * Proves both of the client's paths: reads go through its native bridge, appends and subscriptions
   * through grpc-js with its own node discovery, and either can fail while the other works. The read is
   * the newest event of $all (one event, bounded on the server); the grpc-js call is the server's feature
   * list, made afresh each time (the client caches its own copy), which also names the server version.
   */
  async ping(): Promise<void> {
    await Promise.all([
      (async () => {
        for await (const _ of this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 })) break;
      })(),
      this.serverVersion(),
    ]);
  }

  /**
   * The version the server reports through its gRPC ServerFeatures service (EventStoreDB 21.10 and later,
   * every KurrentDB), e.g. "24.10.0.0"; 'unknown' when the server does not implement the service. The
   * adapter requires no particular version: it uses only calls every supported server has.
   */
  async serverVersion(): Promise<string> {
    // `execute` is the client's own gRPC entry point (channel, discovery, reconnect on failure); it is
    // protected in the typings only.
    const execute = (this.client as unknown as GrpcExecutor).execute;
    return execute(ServerFeaturesClient, 'getSupportedMethods', (grpc) => {
      return new Promise<string>((resolve, reject) => {
        grpc.getSupportedMethods(new Empty(), (error, methods) => {
          if (error?.code === GRPC_UNIMPLEMENTED) return resolve('unknown');
          if (error) return reject(error);
          resolve(methods.getEventStoreServerVersion());
        });
      });
    });
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
      if (this.ownsClient) await this.client.dispose();
    })();
    return this.closing;
  }

  /**
   * $all after `fromPosition` in pages of at most READ_ALL_PAGE_SIZE events, each page's bound passed to
   * the server: mapped and filtered, not upcast. The server reads from a position inclusively (isAfter
   * drops that event), hence one more per page; the client-side filter may drop events of a page, in which
   * case the next page carries on from the last position seen. A short page is the end of the log.
   */
  private async *scanAll(options: ReadAllOptions): AsyncGenerator<RecordedEvent> {
    const { filter, signal } = options;
    signal?.throwIfAborted();
    let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
    let from = options.fromPosition;
    while (remaining > 0) {
      const pageSize = Math.min(remaining, READ_ALL_PAGE_SIZE) + (from === undefined ? 0 : 1);
      const read = this.client.readAll({
        direction: FORWARDS,
        fromPosition: toReadPosition(from),
        filter: toServerFilter(filter),
        maxCount: pageSize,
      });
      const pageStart = from;
      let received = 0;
      for await (const resolved of abortable(read, signal)) {
        received += 1;
        const event = fromKurrentRecord(resolved as Resolved);
        const position = (resolved as Resolved).event?.position?.commit ?? (resolved as Resolved).commitPosition;
        if (position !== undefined) from = position;
        if (!event || !isAfter(event.position, pageStart)) continue;
        if (!matchesEventFilter(filter, event.streamId, event.type)) continue;
        yield event;
        remaining -= 1;
        if (remaining <= 0) return;
      }
      if (received < pageSize) return;
    }
  }

  /**
   * EventStoreDB reports a retry that only partly matches the stored events as a wrong expected version.
   * When the expectation names a revision we can see whether the events after it carry our ids, and give
   * the port's more precise error instead.
   */
  private async rejectIdConflict(
    streamId: string,
    prepared: PreparedEvent[],
    expected: ExpectedRevision,
  ): Promise<void> {
    if (expected !== 'no_stream' && typeof expected !== 'bigint') return;
    const ids = new Set(prepared.map((event) => event.id));
    const storedIds: string[] = [];
    for await (const event of this.readStream(streamId, {
      from: expected === 'no_stream' ? 0n : expected + 1n,
      maxCount: prepared.length,
    })) {
      if (ids.has(event.id)) storedIds.push(event.id);
    }
    if (storedIds.length > 0) {
      throw new EventIdConflictError(
        streamId,
        storedIds,
        `${storedIds.length} of the ${prepared.length} ids are already stored`,
      );
    }
  }

  /** Stream reads go to the leader (readStream), so the append this follows is visible. */
  private async positionOf(streamId: string, revision: bigint): Promise<bigint> {
    for await (const event of this.readStream(streamId, { from: revision, maxCount: 1 })) return event.position;
    throw new Error(`Event ${revision} of ${streamId} was reported written but cannot be read back`);
  }
}

/**
 * Wraps the client's catch-up subscription (a Node Readable) as the port's async iterator, consumed with
 * `for await` so the stream's own buffering gives back-pressure.
 */
class EventStoreDbSubscription implements EventSubscription {
  private closed = false;
  private iterating = false;

  constructor(
    private readonly subscription: AllStreamSubscription,
    private readonly map: (resolved: Resolved) => RecordedEvent | undefined,
    private readonly onClosed: (subscription: EventStoreDbSubscription) => void,
  ) {
    // Errors surface through the iterator; this keeps an unconsumed subscription from crashing the process.
    subscription.on('error', () => undefined);
  }

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    if (this.iterating)
      throw new Error('This subscription is already being iterated; subscribe again for a second consumer');
    this.iterating = true;
    return this.run();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.onClosed(this);
    await this.subscription.unsubscribe();
    // Cancelling the gRPC call does not end the piped Readable: destroy it so a pending `for await` returns.
    this.subscription.destroy();
  }

  private async *run(): AsyncGenerator<RecordedEvent> {
    try {
      for await (const resolved of this.subscription) {
        if (this.closed) return;
        const event = this.map(resolved as Resolved);
        if (event) yield event;
      }
    } catch (error) {
      if (this.closed) return;
      throw error;
    } finally {
      await this.close();
    }
  }
}

/** gRPC status UNIMPLEMENTED: a server without the ServerFeatures service. */
const GRPC_UNIMPLEMENTED = 12;

interface GrpcExecutor {
  execute<T>(
    client: typeof ServerFeaturesClient,
    debugName: string,
    action: (client: ServerFeaturesClient) => Promise<T>,
  ): Promise<T>;
}

/**
 * Iterates `source`, giving up as soon as `signal` aborts (with its reason) even while a page is still on
 * its way, and always closing `source` when the loop ends early (break, return, throw or abort).
 */
export async function* abortable<T>(source: AsyncIterable<T>, signal: AbortSignal | undefined): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  let finished = false;
  try {
    while (true) {
      signal?.throwIfAborted();
      const next = signal ? await raceAbort(iterator.next(), signal) : await iterator.next();
      if (next.done) {
        finished = true;
        return;
      }
      yield next.value;
    }
  } finally {
    // Not awaited: after an abort the pending next() may never settle, and return() queues behind it.
    if (!finished) void iterator.return?.()?.catch(() => undefined);
  }
}

function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
