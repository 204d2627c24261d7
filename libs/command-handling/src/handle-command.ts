import { toNewEvents, type CommandEnvelope, type DomainEvent, type StreamDecider } from '@dti/domain';
import { EventIdConflictError, WrongExpectedVersionError, type EventStore } from '@dti/event-store';
import type { FoldCache } from './fold-cache';
import { readState, type CommandResult, type LoadedEvent } from './read-state';

export interface HandleOptions {
  /** The command's envelope: its commandId makes the appended event ids and recognises a retried command. */
  envelope: CommandEnvelope;
  /** How many times to read and decide again after losing a race for the stream. Default 3. */
  maxRetries?: number;
  /** Told the stream's revision each time it is read (null: no stream), refused or not. */
  onRead?(revision: bigint | null): void;
  /**
   * The process's cache of folded streams: read only the events after the kept revision (see FoldCache).
   * Without it the whole stream is read and folded on every attempt.
   */
  cache?: FoldCache;
}

export const DEFAULT_MAX_RETRIES = 3;

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
    const read = options.cache
      ? await options.cache.read(store, streamId, decider, envelope.commandId)
      : await readState(store, streamId, decider, envelope.commandId);
    options.onRead?.(read.revision);
    if (read.applied !== undefined) return { ...read.applied, replayed: true };
    const decided = decider.decide(
      typeof command === 'function' ? await (command as (state: TState) => TCommand)(read.state) : command,
      read.state,
    ) as LoadedEvent<TEvent>[];
    if (decided.length === 0) return { events: [], state: read.state, revision: read.revision, replayed: false };
    try {
      const newEvents = toNewEvents(streamId, decided, envelope);
      const appended = await store.append(streamId, newEvents, read.revision === null ? 'no_stream' : read.revision);
      options.cache?.appended(streamId, decider, read, newEvents, appended);
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
