import { toDomainEvent, upcastEvent, type DomainEvent, type DomainEventType, type StoredEventLike } from '@dti/domain';
import type { EventStore, RecordedEvent } from '@dti/event-store';

/** A domain event as read back, with the metadata it was stored with (deciders spot retries by it). */
export type LoadedEvent<TType extends DomainEventType> = Extract<DomainEvent, { type: TType }> & {
  metadata?: StoredEventLike['metadata'];
};

/**
 * How one kind of stream folds into state: its decider's `initialState` and `evolve`, and the event
 * types it may hold at their current schema versions (e.g. ACCOUNT_EVENT_VERSIONS).
 */
export interface StreamFold<TState, TType extends DomainEventType> {
  readonly initialState: TState;
  evolve(state: TState, event: LoadedEvent<TType>): TState;
  readonly eventVersions: Readonly<Record<TType, number>>;
  /**
   * Folds a whole stream at once where stepping through `evolve` would copy the state per event (an
   * assessment holds thousands of submissions: see the domain's AssessmentFolder). Without it, `evolve`.
   */
  folder?(): StreamFolder<TState, LoadedEvent<TType>>;
}

export interface StreamFolder<TState, TEvent> {
  apply(event: TEvent): unknown;
  /** The state so far, never changed by later `apply` calls. */
  result(): TState;
}

function evolvingFolder<TState, TType extends DomainEventType>(
  fold: StreamFold<TState, TType>,
): StreamFolder<TState, LoadedEvent<TType>> {
  let state = fold.initialState;
  return {
    apply: (event) => (state = fold.evolve(state, event)),
    result: () => state,
  };
}

export interface LoadedStream<TState, TType extends DomainEventType> {
  streamId: string;
  state: TState;
  /** Revision of the last event; null when the stream does not exist. */
  revision: bigint | null;
  events: ReadonlyArray<{ event: LoadedEvent<TType>; recorded: RecordedEvent }>;
  /** Set when `commandId` was given and the stream already holds that command's events. */
  applied?: AppliedCommand<TState, TType>;
}

/** A command whose events are already in the stream: what it produced, and the state right after. */
export interface AppliedCommand<TState, TType extends DomainEventType> {
  events: LoadedEvent<TType>[];
  state: TState;
  revision: bigint;
  position: bigint;
}

/**
 * Reads a stream (one indexed read), upcasts each event to its current schema version, turns it into a
 * domain event of the fold's family and folds it. Upcasting here is harmless when the store already
 * upcasts: an event at its current version has no upcaster step. With `commandId`, also finds that
 * command's events (a command's events are one append, so they are contiguous) and the state right
 * after them, so a retried command can answer exactly as the first time.
 */
export async function loadStream<TState, TType extends DomainEventType>(
  store: Pick<EventStore, 'readStream'>,
  streamId: string,
  fold: StreamFold<TState, TType>,
  commandId?: string,
): Promise<LoadedStream<TState, TType>> {
  const folder = fold.folder?.() ?? evolvingFolder(fold);
  let revision: bigint | null = null;
  const events: Array<{ event: LoadedEvent<TType>; recorded: RecordedEvent }> = [];
  let applied: AppliedCommand<TState, TType> | undefined;
  for await (const recorded of store.readStream(streamId)) {
    const event = toDomainEvent(upcastEvent(recorded), fold.eventVersions) as LoadedEvent<TType>;
    folder.apply(event);
    revision = recorded.revision;
    events.push({ event, recorded });
    if (commandId !== undefined && recorded.metadata.commandId === commandId) {
      applied = {
        events: [...(applied?.events ?? []), event],
        state: folder.result(),
        revision: recorded.revision,
        position: recorded.position,
      };
    }
  }
  return { streamId, state: folder.result(), revision, events, ...(applied === undefined ? {} : { applied }) };
}
