import { isDeepStrictEqual } from 'node:util';
import { LRUCache } from 'lru-cache';
import { toDomainEvent, upcastEvent, type DomainEvent, type StoredEventLike } from '@dti/domain';
import type { AppendResult, EventStore, NewEvent, RecordedEvent } from '@dti/event-store';
import { readState, type CommandResult, type LoadedEvent, type StreamFold } from './read-state';

/**
 * What a cache keeps by default, in events folded: ~60 of the busiest unit-quarters (~1,700 events each) or
 * thousands of short streams (units, accounts, plans). An assessment state holds ~0.7 KB per event folded
 * (measured on a generated busy quarter), so ~70 MB when full.
 */
export const FOLD_CACHE_MAX_EVENTS = 100_000;

export interface FoldCacheOptions {
  /** Bound of the cache, in events folded into the kept states (a stream of n events counts n); 0 keeps nothing. */
  maxEvents?: number;
}

/** A stream's state as a command reads it: from the cache and the events after it, or from a full read. */
export interface FoldedRead<TEvent extends DomainEvent, TState> {
  state: TState;
  /** Revision of the last event folded; null when the stream does not exist. */
  revision: bigint | null;
  /** Set when a `commandId` was given and the stream holds that command's events (always from a full read). */
  applied?: Omit<CommandResult<TEvent, TState>, 'replayed'>;
  /** The kept entry this read is (internal: how handleCommand stores the state after its append). */
  readonly basis?: unknown;
}

/** One stream's folded state, as kept. */
interface Entry {
  /** The fold that made it: the same stream read with another fold is not answered from it. */
  readonly folder: unknown;
  /** Deep-frozen: handed to deciders and callers, never changed by anyone. */
  readonly state: unknown;
  readonly revision: bigint;
  /** The last folded event's id and global position: a tail read checks the stream still holds it there. */
  readonly lastId: string;
  readonly lastPosition: bigint;
  /**
   * Set when the state was folded from events this process appended (as it sent them, through JSON), not as
   * read back: the next read reads them back from the store and uses the state only if they are the same.
   */
  readonly unverified?: readonly RecordedEvent[];
  /**
   * Every command id folded into the state. Grows only and is shared by the stream's successive entries, so it
   * may hold ids past this entry's revision: a false "maybe" only costs a full read, a miss would be a defect.
   */
  readonly commandIds: Set<string>;
}

/**
 * The command side's cache of folded streams (issue #12): a command reads only the events after the kept
 * revision, folds them onto the kept state and goes on, so its cost no longer grows with the stream's history.
 *
 * Never an answer a full fold would not give:
 * - the tail is read from the kept revision itself, and the event found there must be the kept one (id and
 *   global position), else the stream is not the one kept (a reset store) and it is read whole again;
 * - events appended behind the cache's back (another process, a script) are in the tail and folded;
 * - a command whose id is, or may be, in the stream already (kept ids, or found in the tail) is read whole,
 *   so a retried command is answered exactly as handleCommand always did (from its first events);
 * - the state after an append is folded from the appended events as sent (through JSON), and used only once
 *   the next read has read them back from the store and found them the same;
 * - every kept state is deep-frozen, so neither a decider, a fold nor a caller can change it in place (the
 *   domain's folds copy on write; a mutation would throw instead of corrupting later answers).
 *
 * Bounded by events folded (lru-cache, least recently used out first); one process's memory, each API
 * process keeps its own. Framework-free: the API provides one per process, the bench its own.
 */
export class FoldCache {
  private readonly entries: LRUCache<string, Entry>;
  /** maxEvents 0: nothing is kept, every read is a whole one (as without a cache). */
  private readonly keeps: boolean;
  /** Objects already deep-frozen, so freezing a state that shares most of its parts with the last is cheap. */
  private readonly frozen = new WeakSet<object>();
  private readonly reads = { tail: 0, whole: 0 };

  constructor(options: FoldCacheOptions = {}) {
    const maxEvents = options.maxEvents ?? FOLD_CACHE_MAX_EVENTS;
    this.keeps = maxEvents > 0;
    this.entries = new LRUCache<string, Entry>({
      // lru-cache wants a positive bound; with 0 nothing is ever set.
      maxSize: Math.max(maxEvents, 1),
      // Events folded (revision + 1): what the state and the ids grow with.
      sizeCalculation: (entry) => Number(entry.revision) + 1,
    });
  }

  /** Streams kept now (for specs and measures). */
  get size(): number {
    return this.entries.size;
  }

  /** Events folded into the kept states (for specs and measures). */
  get eventsKept(): number {
    return this.entries.calculatedSize;
  }

  /** Reads answered from a kept state and its tail, and reads of whole streams (for specs and measures). */
  get counts(): { tailReads: number; wholeReads: number } {
    return { tailReads: this.reads.tail, wholeReads: this.reads.whole };
  }

  /** Revision kept for a stream, if any (for specs and measures). */
  revisionOf(streamId: string): bigint | undefined {
    return this.entries.peek(streamId)?.revision;
  }

  /** Forgets every stream (after a store is reset under a running process, e.g. in tests). */
  clear(): void {
    this.entries.clear();
  }

  /**
   * The stream's current state (and, given `commandId`, that command's stored answer) as readState would fold
   * it: from the kept state and the events after it when the stream is kept, else from a full read (kept then).
   */
  async read<TEvent extends DomainEvent, TState>(
    store: Pick<EventStore, 'readStream'>,
    streamId: string,
    stream: StreamFold<TEvent, TState>,
    commandId?: string,
  ): Promise<FoldedRead<TEvent, TState>> {
    const entry = this.entries.get(streamId);
    const kept = entry !== undefined && entry.folder === folderOf(stream) ? entry : undefined;
    if (kept === undefined || (commandId !== undefined && kept.commandIds.has(commandId))) {
      return this.readWhole(store, streamId, stream, commandId);
    }
    // Read from the kept event (or the first of the kept appended ones): the stream must still hold them.
    const checks = kept.unverified?.length ?? 1;
    const from = kept.revision - BigInt(checks - 1);
    const tail: RecordedEvent[] = [];
    let checked = 0;
    for await (const recorded of store.readStream(streamId, { from })) {
      if (checked < checks) {
        if (!isKept(kept, recorded, from + BigInt(checked))) break;
        checked += 1;
        continue;
      }
      // The command's events may be here: answer it as a retry, from the whole stream.
      if (commandId !== undefined && recorded.metadata.commandId === commandId) {
        return this.readWhole(store, streamId, stream, commandId);
      }
      tail.push(recorded);
    }
    if (checked < checks) {
      this.entries.delete(streamId);
      return this.readWhole(store, streamId, stream, commandId);
    }
    this.reads.tail += 1;
    if (tail.length === 0) {
      const verified = kept.unverified === undefined ? kept : this.keep(streamId, { ...kept, unverified: undefined });
      return { state: verified.state as TState, revision: verified.revision, basis: verified };
    }
    const events = tail.map((recorded) => loaded(recorded, stream));
    const last = tail[tail.length - 1];
    for (const recorded of tail) rememberCommand(kept.commandIds, recorded.metadata);
    const next = this.keep(streamId, {
      folder: kept.folder,
      state: foldOnto(stream, events, kept.state as TState),
      revision: last.revision,
      lastId: last.id,
      lastPosition: last.position,
      commandIds: kept.commandIds,
    });
    return { state: next.state as TState, revision: next.revision, basis: next };
  }

  /**
   * After handleCommand appended `appended` onto the state `read` answered: keeps the state right after them,
   * folded from the events as sent through JSON (as the store keeps them), to be checked against the store on
   * the next read. Only when they landed right after `read`'s revision; anything else forgets the stream (the
   * next read is a full one).
   */
  appended<TEvent extends DomainEvent, TState>(
    streamId: string,
    stream: StreamFold<TEvent, TState>,
    read: FoldedRead<TEvent, TState>,
    appended: readonly NewEvent[],
    result: AppendResult,
  ): void {
    const basis = read.basis as Entry | undefined;
    const from = read.revision === null ? 0n : read.revision + 1n;
    const expected = from + BigInt(appended.length) - 1n;
    if (appended.length === 0 || result.nextExpectedRevision !== expected || (read.revision !== null && !basis)) {
      this.entries.delete(streamId);
      return;
    }
    try {
      const stored = appended.map((event, index): RecordedEvent => ({
        ...(JSON.parse(JSON.stringify(event)) as NewEvent),
        streamId,
        revision: from + BigInt(index),
        position: result.position,
        recordedAt: new Date(0),
      }));
      const commandIds = basis?.commandIds ?? new Set<string>();
      for (const event of stored) rememberCommand(commandIds, event.metadata);
      const last = stored[stored.length - 1];
      const state = foldOnto(
        stream,
        stored.map((event) => loaded(event, stream)),
        read.state,
      );
      this.keep(streamId, {
        folder: folderOf(stream),
        state,
        revision: last.revision,
        lastId: last.id,
        lastPosition: result.position,
        commandIds,
        unverified: stored,
      });
    } catch {
      // An event the fold cannot read back is the next full read's to report, not the append's.
      this.entries.delete(streamId);
    }
  }

  private async readWhole<TEvent extends DomainEvent, TState>(
    store: Pick<EventStore, 'readStream'>,
    streamId: string,
    stream: StreamFold<TEvent, TState>,
    commandId: string | undefined,
  ): Promise<FoldedRead<TEvent, TState>> {
    this.reads.whole += 1;
    const read = await readState(store, streamId, stream, commandId);
    if (read.revision === null) {
      this.entries.delete(streamId);
      return { state: read.state, revision: null, ...(read.applied && { applied: read.applied }) };
    }
    const commandIds = new Set<string>();
    for (const { metadata } of read.events) rememberCommand(commandIds, metadata);
    const last = read.events[read.events.length - 1];
    const entry = this.keep(streamId, {
      folder: folderOf(stream),
      state: read.state,
      revision: last.revision,
      lastId: last.id,
      lastPosition: last.position,
      commandIds,
    });
    return {
      state: entry.state as TState,
      revision: read.revision,
      basis: entry,
      ...(read.applied && { applied: read.applied }),
    };
  }

  /** Keeps `entry` (its state deep-frozen) unless a later revision of the stream is kept already. */
  private keep(streamId: string, entry: Entry): Entry {
    if (!this.keeps) return entry;
    this.deepFreeze(entry.state);
    const current = this.entries.peek(streamId);
    if (current === undefined || current.folder !== entry.folder || current.revision <= entry.revision) {
      this.entries.set(streamId, entry);
    }
    return entry;
  }

  /** Freezes every object reachable from `value`, stopping at those frozen by an earlier call. */
  private deepFreeze(value: unknown): void {
    if (typeof value !== 'object' || value === null || this.frozen.has(value)) return;
    this.frozen.add(value);
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) this.deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
}

/**
 * Whether `recorded`, read at `revision`, is what the entry was folded from: the kept last event (id and global
 * position), and for events this process appended, the same event as sent (id, type, version, data, command).
 */
function isKept(entry: Entry, recorded: RecordedEvent, revision: bigint): boolean {
  if (recorded.revision !== revision) return false;
  if (revision === entry.revision && (recorded.id !== entry.lastId || recorded.position !== entry.lastPosition)) {
    return false;
  }
  const sent = entry.unverified?.[Number(revision - (entry.revision - BigInt(entry.unverified.length - 1)))];
  return (
    sent === undefined ||
    (recorded.id === sent.id &&
      recorded.type === sent.type &&
      recorded.schemaVersion === sent.schemaVersion &&
      recorded.metadata.commandId === sent.metadata.commandId &&
      isDeepStrictEqual(recorded.data, sent.data))
  );
}

/** What makes a stream's state: its whole-stream fold, else its evolve. */
function folderOf(stream: StreamFold<DomainEvent, unknown>): unknown {
  return stream.fold ?? stream.evolve;
}

function foldOnto<TEvent extends DomainEvent, TState>(
  stream: StreamFold<TEvent, TState>,
  events: readonly TEvent[],
  state: TState,
): TState {
  return stream.fold ? stream.fold(events, state) : events.reduce((s, e) => stream.evolve(s, e), state);
}

/** A stored event as readState reads it: upcast, checked to be one of the stream's, with its metadata. */
function loaded<TEvent extends DomainEvent>(
  recorded: RecordedEvent,
  stream: StreamFold<TEvent, unknown>,
): LoadedEvent<TEvent> {
  return toDomainEvent(upcastEvent(recorded), stream.eventVersions) as unknown as LoadedEvent<TEvent>;
}

function rememberCommand(commandIds: Set<string>, metadata: StoredEventLike['metadata']): void {
  const commandId = metadata?.commandId;
  if (typeof commandId === 'string') commandIds.add(commandId);
}
