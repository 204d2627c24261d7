import { performance } from 'node:perf_hooks';
import type { EventStore } from '@dti/event-store';
import { readProvince } from '../province/generate-province';

export interface LoadResult {
  events: number;
  /** ANALYZE runs of the events table during the load (see `analyzeEvery`). */
  analyzes: number;
  appends: number;
  seconds: number;
  eventsPerSec: number;
  concurrency: number;
}

/**
 * Appends the province file through the real adapter (`EventStore.append`: validation, the append_events
 * function, the global append lock, one commit per append), `concurrency` appends in flight, each stream's
 * appends in order with their expected revision. Wall time includes reading and parsing the file, as an
 * importer would.
 */
export async function loadProvince(
  store: EventStore,
  file: string,
  concurrency: number,
  progress: (line: string) => void,
  /**
   * Called after every doubling of the log (1k, 2k, 4k… events): the bench ANALYZEs the events table there,
   * as autovacuum would. Without statistics append_events' id check (`event_id = ANY(ids)`) is planned as a
   * sequential scan, so each append costs O(log size) and the load slows down quadratically.
   */
  analyze: () => Promise<void> = async () => undefined,
): Promise<LoadResult> {
  const started = performance.now();
  const tails = new Map<string, Promise<void>>();
  const inFlight = new Set<Promise<void>>();
  let events = 0;
  let appends = 0;
  let failure: unknown;
  let lastReport = started;
  let analyzes = 0;
  let nextAnalyzeAt = 1_000;
  for await (const append of readProvince(file)) {
    if (failure !== undefined) break;
    while (inFlight.size >= concurrency) await Promise.race(inFlight);
    if (events >= nextAnalyzeAt) {
      nextAnalyzeAt *= 2;
      await Promise.all(inFlight);
      await analyze();
      analyzes += 1;
    }
    const expected = append.expectedRevision === 'no_stream' ? 'no_stream' : BigInt(append.expectedRevision);
    const previous = tails.get(append.streamId) ?? Promise.resolve();
    const task: Promise<void> = previous
      .then(async () => {
        await store.append(append.streamId, append.events, expected);
        events += append.events.length;
        appends += 1;
      })
      .catch((error: unknown) => {
        failure ??= error;
      })
      .finally(() => inFlight.delete(task));
    tails.set(append.streamId, task);
    inFlight.add(task);
    const now = performance.now();
    if (now - lastReport > 5_000) {
      lastReport = now;
      progress(
        `loaded ${events.toLocaleString('en-US')} events (${Math.round(events / ((now - started) / 1000)).toLocaleString('en-US')}/s)`,
      );
    }
  }
  await Promise.all(inFlight);
  if (failure !== undefined) throw failure;
  const seconds = (performance.now() - started) / 1000;
  return { events, analyzes, appends, seconds, eventsPerSec: Math.round(events / seconds), concurrency };
}
