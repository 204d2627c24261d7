/** Runs commands one after another as a handler would: decide on the state so far, fold what was decided. */
export function runCommands<TCommand, TEvent, TState>(
  decide: (command: TCommand, state: TState) => TEvent[],
  evolve: (state: TState, event: TEvent) => TState,
  commands: readonly TCommand[],
  state: TState,
): { events: TEvent[]; state: TState } {
  const events: TEvent[] = [];
  let current = state;
  for (const command of commands) {
    const decided = decide(command, current);
    events.push(...decided);
    current = decided.reduce(evolve, current);
  }
  return { events, state: current };
}
