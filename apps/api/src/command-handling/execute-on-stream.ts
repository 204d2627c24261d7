import { handleCommand, type CommandResult, type HandleOptions } from '@dti/command-handling';
import type { DomainEvent, DomainEventType, StreamDecider } from '@dti/domain';
import type { EventStore } from '@dti/event-store';
import type { StreamFold } from './stream-loading';

export type ExecuteOptions = HandleOptions;

/** Decides on the current state (may read facts afresh on every attempt); throws a DomainError to refuse. */
export type DecideOnState<TState, TType extends DomainEventType> = (
  state: TState,
) => Extract<DomainEvent, { type: TType }>[] | Promise<Extract<DomainEvent, { type: TType }>[]>;

export type StreamCommandResult<TState, TType extends DomainEventType> = CommandResult<
  Extract<DomainEvent, { type: TType }>,
  TState
> & { streamId: string };

/**
 * handleCommand for a decision written as a function of the state (the units commands' form, until they
 * move): the "command" handed to handleCommand is that function, and deciding is applying it.
 */
export async function executeOnStream<TState, TType extends DomainEventType>(
  store: Pick<EventStore, 'readStream' | 'append'>,
  streamId: string,
  fold: StreamFold<TState, TType>,
  decide: DecideOnState<TState, TType>,
  options: ExecuteOptions,
): Promise<StreamCommandResult<TState, TType>> {
  type Event = Extract<DomainEvent, { type: TType }>;
  const decider = { ...fold, decide: (events: Event[]) => events } as StreamDecider<Event[], Event, TState>;
  const result = await handleCommand(store, streamId, decider, decide, options);
  return { ...result, streamId };
}
