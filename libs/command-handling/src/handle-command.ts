import {
  toDomainEvent,
  toNewEvents,
  upcastEvent,
  type CommandEnvelope,
  type DomainEvent,
  type StoredEventLike,
  type StreamDecider,
} from '@dti/domain';
import { EventIdConflictError, WrongExpectedVersionError, type EventMetadata, type EventStore } from '@dti/event-store';

/** A domain event as read back, with the metadata it was stored with (a retried command is found by it). */
export type LoadedEvent<TEvent extends DomainEvent> = TEvent & { metadata?: StoredEventLike['metadata'] };

/** How a stream folds, as far as reading it needs: the domain's decider for it (StreamDecider) fits. */
export type StreamFold<TEvent extends DomainEvent, TState> = Omit<StreamDecider<never, TEvent, TState>, 'decide'>;

export interface HandleOptions {
  /** The command's envelope: its commandId makes the appended event ids and recognises a retried command. */
  envelope: CommandEnvelope;
  /** How many times to read and decide again after losing a race for the stream. Default 3. */
  maxRetries?: number;
  /** Told the stream's revision each time it is read (null: no stream), refused or not. */
  onRead?(revision: bigint | null): void;
}

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
  events: Array<{ event: LoadedEvent<TEvent>; revision: bigint; position: bigint; metadata: EventMetadata }>;
  /** Set when `commandId` was given and the stream holds that command's events. */
  applied?: Omit<CommandResult<TEvent, TState>, 'replayed'>;
}

export const DEFAULT_MAX_RETRIES = 3;

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
    events.push({ event, revision: recorded.revision, position: recorded.position, metadata: recorded.metadata });
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

/**
 * The one way a command changes a stream: read it (upcast, fold), decide, append with the expected
 * revision. `command` may be a function of the state (async, to read facts such as the unit's register
 * afresh on every attempt). Losing a race (WrongExpectedVersionError) reads and decides again, so the
 * command is checked against what won; if it no longer holds, the decider's DomainError surfaces. After
 * `maxRetries` lost races the WrongExpectedVersionError surfaces.
 *
 * A retried command (its commandId already in the stream) is answered from the events it stored the
 * first time, without deciding again, even if the stream has moved on since. Two copies racing append
 * the same event ids: the store stores nothing twice, or refuses the append as an id conflict; both end
 * here, reading again and answering from the stored events.
 */
export async function handleCommand<TCommand, TEvent extends DomainEvent, TState>(
  store: Pick<EventStore, 'readStream' | 'append'>,
  streamId: string,
  decider: StreamDecider<TCommand, TEvent, TState>,
  command: TCommand | ((state: TState) => TCommand | Promise<TCommand>),
  options: HandleOptions,
): Promise<CommandResult<TEvent, TState>> {
  const { envelope } = options;
  const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  for (let attempt = 0; ; attempt += 1) {
    const read = await readState(store, streamId, decider, envelope.commandId);
    options.onRead?.(read.revision);
    if (read.applied !== undefined) return { ...read.applied, replayed: true };
    const decided = decider.decide(
      typeof command === 'function' ? await (command as (state: TState) => TCommand)(read.state) : command,
      read.state,
    ) as LoadedEvent<TEvent>[];
    if (decided.length === 0) return { events: [], state: read.state, revision: read.revision, replayed: false };
    try {
      const appended = await store.append(
        streamId,
        toNewEvents(streamId, decided, envelope),
        read.revision === null ? 'no_stream' : read.revision,
      );
      const state = decided.reduce((current, event) => decider.evolve(current, event), read.state);
      return { events: decided, state, revision: appended.nextExpectedRevision, replayed: false };
    } catch (error) {
      const lostRace = error instanceof WrongExpectedVersionError || error instanceof EventIdConflictError;
      if (!lostRace || attempt >= maxRetries) throw error;
      await pause(attempt);
    }
  }
}

/** A little jittered back-off, so writers that collided do not collide again in lockstep. */
function pause(attempt: number): Promise<void> {
  const ms = Math.floor(Math.random() * 10 * (attempt + 1));
  return new Promise((resolve) => setTimeout(resolve, ms));
}
