import { readState, type LoadedEvent as Loaded, type StreamFold as Fold } from '@dti/command-handling';
import type { DomainEvent, DomainEventType } from '@dti/domain';
import type { EventStore, RecordedEvent } from '@dti/event-store';

/**
 * The older name of @dti/command-handling's stream reading, for the session check (auth/account-session.ts)
 * until it moves. New code: `readState` / `handleCommand`.
 */
export type LoadedEvent<TType extends DomainEventType> = Loaded<Extract<DomainEvent, { type: TType }>>;
export type StreamFold<TState, TType extends DomainEventType> = Fold<Extract<DomainEvent, { type: TType }>, TState>;

export interface LoadedStream<TState, TType extends DomainEventType> {
  streamId: string;
  state: TState;
  /** Revision of the last event; null when the stream does not exist. */
  revision: bigint | null;
  events: ReadonlyArray<{
    event: LoadedEvent<TType>;
    recorded: Pick<RecordedEvent, 'revision' | 'position' | 'metadata'>;
  }>;
}

/** One stream read and folded: readState, with each event's stored revision, position and metadata. */
export async function loadStream<TState, TType extends DomainEventType>(
  store: Pick<EventStore, 'readStream'>,
  streamId: string,
  fold: StreamFold<TState, TType>,
): Promise<LoadedStream<TState, TType>> {
  const read = await readState(store, streamId, fold);
  const events = read.events.map(({ event, revision, position, metadata }) => ({
    event,
    recorded: { revision, position, metadata },
  }));
  return { streamId, state: read.state, revision: read.revision, events };
}
