import { toNewEvents, type CommandEnvelope, type DomainEvent, type DomainEventType } from '@dti/domain';
import { EventIdConflictError, WrongExpectedVersionError, type EventStore } from '@dti/event-store';
import { loadStream, type LoadedEvent, type StreamFold } from './stream-loading';

export interface ExecuteOptions {
  /** The command's envelope: its commandId makes the appended event ids and recognises a retry. */
  envelope: CommandEnvelope;
  /** How many times to reload and decide again after losing a race for the stream. Default 3. */
  maxRetries?: number;
}

/**
 * Decides on the current state. May be async to read the facts the command needs (does the unit exist
 * today?) afresh on every attempt; throws a DomainError to refuse, which changes nothing.
 */
export type DecideOnState<TState, TType extends DomainEventType> = (
  state: TState,
) => Extract<DomainEvent, { type: TType }>[] | Promise<Extract<DomainEvent, { type: TType }>[]>;

export interface StreamCommandResult<TState, TType extends DomainEventType> {
  streamId: string;
  /** The command's events: decided now, or, for a retried command, the ones stored the first time. */
  events: LoadedEvent<TType>[];
  /** The state right after the command's events (the current state when it decided nothing). */
  state: TState;
  /** Revision of the command's last event (of the stream when nothing was decided); null: no stream. */
  revision: bigint | null;
  /** True when this command id had already been applied: the answer is the first one's. */
  replayed: boolean;
}

export const DEFAULT_MAX_RETRIES = 3;

/**
 * The one way a command changes a stream: load (readStream, upcast, fold), decide, append with the
 * expected revision. Losing a race (WrongExpectedVersionError) reloads and decides again, so the command
 * is re-checked against what won; if it no longer holds, the decider's DomainError surfaces (e.g. a
 * 409 "already disabled"). After `maxRetries` lost races the WrongExpectedVersionError surfaces (409).
 *
 * Retries of the same command (same commandId, see idempotency-key.ts) are answered from the events the
 * first attempt stored, found by their metadata.commandId, without deciding again: the client gets the
 * first result even if the state has moved on since. If two copies race, the loser's append carries the
 * same event ids and the store either stores nothing (same batch) or refuses it as an id conflict; both
 * end here reloading and answering from the stored events.
 */
export async function executeOnStream<TState, TType extends DomainEventType>(
  store: Pick<EventStore, 'readStream' | 'append'>,
  streamId: string,
  fold: StreamFold<TState, TType>,
  decide: DecideOnState<TState, TType>,
  options: ExecuteOptions,
): Promise<StreamCommandResult<TState, TType>> {
  const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  const { envelope } = options;
  for (let attempt = 0; ; attempt += 1) {
    const loaded = await loadStream(store, streamId, fold, envelope.commandId);
    if (loaded.applied !== undefined) {
      const { events, state, revision } = loaded.applied;
      return { streamId, events, state, revision, replayed: true };
    }
    const decided = await decide(loaded.state);
    if (decided.length === 0) {
      return { streamId, events: [], state: loaded.state, revision: loaded.revision, replayed: false };
    }
    try {
      const appended = await store.append(
        streamId,
        toNewEvents(streamId, decided, envelope),
        loaded.revision === null ? 'no_stream' : loaded.revision,
      );
      const events = decided as LoadedEvent<TType>[];
      const state = events.reduce((current, event) => fold.evolve(current, event), loaded.state);
      return { streamId, events, state, revision: appended.nextExpectedRevision, replayed: false };
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
