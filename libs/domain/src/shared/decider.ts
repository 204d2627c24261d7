/**
 * The shape of every aggregate here: `decide` turns a command and the current state into new events
 * (or throws a DomainError and changes nothing); `evolve` folds one event into the state. The command
 * handler loads the stream, folds it from `initialState`, decides, and appends with the expected revision.
 */
export interface Decider<TCommand, TEvent, TState> {
  decide(command: TCommand, state: TState): TEvent[];
  evolve(state: TState, event: TEvent): TState;
  readonly initialState: TState;
}

/**
 * A decider as its stream is read: the event types the stream holds at their current schema versions (a
 * stored event of another type or version is a defect) and, where `evolve` copies the state per event,
 * the aggregate's whole-stream fold (linear time; equal to folding with `evolve` one by one).
 */
export interface StreamDecider<TCommand, TEvent extends { type: string }, TState> extends Decider<
  TCommand,
  TEvent,
  TState
> {
  readonly eventVersions: Readonly<Record<TEvent['type'], number>>;
  fold?(events: Iterable<TEvent>, state: TState): TState;
}

/** Folds a stream's events into state. */
export function foldEvents<TCommand, TEvent, TState>(
  decider: Decider<TCommand, TEvent, TState>,
  events: Iterable<TEvent>,
  state: TState = decider.initialState,
): TState {
  let current = state;
  for (const event of events) current = decider.evolve(current, event);
  return current;
}

/** Ends every exhaustive switch: a new command or event type that is not handled fails to compile. */
export function assertNever(value: never, what: string): never {
  throw new TypeError(`Unhandled ${what}: ${JSON.stringify(value)}`);
}
