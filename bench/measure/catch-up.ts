import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { EventStore } from '@dti/event-store';
import { readCheckpoint } from '@dti/read-model';
import type { DataSource } from 'typeorm';

export interface CatchUpResult {
  events: number;
  seconds: number;
  eventsPerSec: number;
}

/**
 * How fast the live projector (already started, in its own process, on an empty read model) works through
 * the whole log: the time until its stored checkpoint reaches the event store's head.
 */
export async function waitForCatchUp(
  store: EventStore,
  dataSource: DataSource,
  startedAt: number,
  timeoutMs: number,
  progress: (line: string) => void,
): Promise<CatchUpResult> {
  const head = await store.headPosition();
  const deadline = Date.now() + timeoutMs;
  let lastReport = performance.now();
  for (;;) {
    const checkpoint = await readCheckpoint(dataSource.manager);
    if (checkpoint >= head) break;
    if (Date.now() > deadline)
      throw new Error(`The projector did not catch up within ${timeoutMs} ms (${checkpoint}/${head})`);
    if (performance.now() - lastReport > 10_000) {
      lastReport = performance.now();
      progress(`projector catch-up: checkpoint ${checkpoint} of ${head}`);
    }
    await sleep(100);
  }
  const seconds = (performance.now() - startedAt) / 1000;
  return { events: Number(head), seconds, eventsPerSec: Math.round(Number(head) / seconds) };
}
