import { toDomainEvent, upcastEvent, type DomainEvent, type StoredEventLike, type StreamDecider } from '@dti/domain';
import type { EventMetadata, EventStore } from '@dti/event-store';

/** A domain event as read back, with the metadata it was stored with (a retried command is found by it). */
export type LoadedEvent<TEvent extends DomainEvent> = TEvent & { metadata?: StoredEventLike['metadata'] };

/** How a stream folds, as far as reading it needs: the domain's decider for it (StreamDecider) fits. */
export type StreamFold<TEvent extends DomainEvent, TState> = Omit<StreamDecider<never, TEvent, TState>, 'decide'>;

export interface CommandResult<TEvent extends DomainEvent, TState> {
  /** The command's events: decided now, or, for a retried command, the ones stored the first time. */
  events: LoadedEvent<TEvent>[];
  /** The state right after the command's events (the current state when it decided nothing). */
  state: TState;
  /** Revision of the command's last event (of the stream when nothing was decided); null: no stream. */
  revision: bigint | null;
  /** True when this command id had already been applied: the answer is the first one's. */
  replayed: boolean;
}

export interface ReadState<TEvent extends DomainEvent, TState> {
  state: TState;
  /** Revision of the last event; null when the stream does not exist. */
  revision: bigint | null;
  /** The events read, upcast, with their stored metadata and positions. */
  events: Array<{
    event: LoadedEvent<TEvent>;
    id: string;
    revision: bigint;
    position: bigint;
    metadata: EventMetadata;
  }>;
  /** Set when `commandId` was given and the stream holds that command's events. */
  applied?: Omit<CommandResult<TEvent, TState>, 'replayed'>;
}

/**
 * Reads a stream (one indexed read), upcasts each event to its current schema version and folds it with
 * the domain's fold. With `commandId`, also finds that command's events (one append, so contiguous) and
 * the state right after them, so a retried command answers exactly as the first time.
 */
export async function readState<TEvent extends DomainEvent, TState>(
  store: Pick<EventStore, 'readStream'>,
  streamId: string,
  stream: StreamFold<TEvent, TState>,
  commandId?: string,
): Promise<ReadState<TEvent, TState>> {
  const events: ReadState<TEvent, TState>['events'] = [];
  let lastOfCommand = -1;
  for await (const recorded of store.readStream(streamId)) {
    const event = toDomainEvent(upcastEvent(recorded), stream.eventVersions) as unknown as LoadedEvent<TEvent>;
    if (commandId !== undefined && recorded.metadata.commandId === commandId) lastOfCommand = events.length;
    events.push({
      event,
      id: recorded.id,
      revision: recorded.revision,
      position: recorded.position,
      metadata: recorded.metadata,
    });
  }
  const fold = (from: number, to: number, state: TState): TState => {
    const slice = events.slice(from, to).map((read) => read.event);
    return stream.fold ? stream.fold(slice, state) : slice.reduce((s, e) => stream.evolve(s, e), state);
  };
  const revision = events.length === 0 ? null : events[events.length - 1].revision;
  if (lastOfCommand < 0) return { state: fold(0, events.length, stream.initialState), revision, events };
  const stateAfter = fold(0, lastOfCommand + 1, stream.initialState);
  const applied = {
    events: events.filter((read) => read.metadata.commandId === commandId).map((read) => read.event),
    state: stateAfter,
    revision: events[lastOfCommand].revision,
  };
  return { state: fold(lastOfCommand + 1, events.length, stateAfter), revision, events, applied };
}
