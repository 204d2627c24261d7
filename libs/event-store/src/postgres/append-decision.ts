import { AppendResult, EventIdConflictError, ExpectedRevision, WrongExpectedVersionError } from '../event-store.port';

/** What the append transaction read under the global lock, before deciding. */
export interface AppendState {
  /** Revision of the stream's last event, or null when the stream does not exist. */
  currentRevision: bigint | null;
  /** Rows already stored under any of the appended ids, in position order. */
  stored: readonly StoredEventRef[];
}

export interface StoredEventRef {
  id: string;
  streamId: string;
  revision: bigint;
  position: bigint;
}

export type AppendDecision =
  { kind: 'append'; firstRevision: bigint } | { kind: 'already-stored'; result: AppendResult };

/**
 * EventStoreDB's append rules, decided in one pure function: idempotency by event id first (a retried
 * command succeeds even though its expected revision is now stale), then the expected-revision check.
 * Throws the port's typed errors; the caller rolls back.
 */
export function decideAppend(
  streamId: string,
  eventIds: readonly string[],
  expected: ExpectedRevision,
  state: AppendState,
): AppendDecision {
  if (state.stored.length > 0) return decideRetry(streamId, eventIds, state.stored);

  const actual = state.currentRevision;
  if (!expectationHolds(expected, actual)) {
    throw new WrongExpectedVersionError(streamId, expected, actual ?? 'no_stream');
  }
  return { kind: 'append', firstRevision: actual === null ? 0n : actual + 1n };
}

function expectationHolds(expected: ExpectedRevision, actual: bigint | null): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return actual === null;
    case 'stream_exists':
      return actual !== null;
    default:
      return actual === expected;
  }
}

function decideRetry(streamId: string, eventIds: readonly string[], stored: readonly StoredEventRef[]): AppendDecision {
  const storedIds = stored.map((event) => event.id);
  if (stored.length !== eventIds.length) {
    throw new EventIdConflictError(
      streamId,
      storedIds,
      `${stored.length} of the ${eventIds.length} ids are already stored`,
    );
  }
  const elsewhere = stored.find((event) => event.streamId !== streamId);
  if (elsewhere) {
    throw new EventIdConflictError(streamId, storedIds, `id ${elsewhere.id} is stored in stream ${elsewhere.streamId}`);
  }
  // Same ids, same stream: it is the same append only if it also stored them in this order, back to back.
  const inRevisionOrder = [...stored].sort((a, b) => (a.revision < b.revision ? -1 : a.revision > b.revision ? 1 : 0));
  const sameAppend = inRevisionOrder.every(
    (event, index) => event.id === eventIds[index] && event.revision === inRevisionOrder[0].revision + BigInt(index),
  );
  if (!sameAppend) {
    throw new EventIdConflictError(streamId, storedIds, 'the ids are stored in another order or in separate appends');
  }
  const last = inRevisionOrder[inRevisionOrder.length - 1];
  return { kind: 'already-stored', result: { nextExpectedRevision: last.revision, position: last.position } };
}
