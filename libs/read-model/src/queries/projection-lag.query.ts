import type { EventStore } from '@dti/event-store';
import type { EntityManager } from 'typeorm';
import { readCheckpoint } from '../bookkeeping/checkpoint';

export interface ProjectionLag {
  /** Exclusive: every event at or below it is projected (or parked). */
  checkpoint: bigint;
  /** The log's last position. */
  head: bigint;
  /** Events after the checkpoint, counted up to the limit (then `atLeast`). */
  events: number;
  atLeast: boolean;
  /** How long the oldest unprojected event has waited (0 when there is none). */
  seconds: number;
  oldestUnprojectedAt: Date | null;
}

/**
 * How far the read model is behind the log: events after the checkpoint and the age of the oldest of
 * them (its recordedAt). Counting reads the events through the port, so it stops at `limit`: an operator
 * needs "at least 10,000 behind", not the exact figure, and a probe must stay cheap.
 */
export async function readProjectionLag(
  store: EventStore,
  manager: EntityManager,
  options: { limit?: number; now?: Date } = {},
): Promise<ProjectionLag> {
  const limit = options.limit ?? 10_000;
  const checkpoint = await readCheckpoint(manager);
  const head = await store.headPosition();
  let events = 0;
  let oldest: Date | null = null;
  if (head > checkpoint) {
    for await (const event of store.readAll({ fromPosition: checkpoint, maxCount: limit })) {
      oldest ??= event.recordedAt;
      events += 1;
    }
  }
  const now = options.now ?? new Date();
  return {
    checkpoint,
    head,
    events,
    atLeast: events >= limit,
    seconds: oldest === null ? 0 : Math.max(0, (now.getTime() - oldest.getTime()) / 1000),
    oldestUnprojectedAt: oldest,
  };
}
