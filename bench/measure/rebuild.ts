import { performance } from 'node:perf_hooks';
import { getCatalogue } from '@dti/catalogue';
import type { EventStore } from '@dti/event-store';
import { advanceCheckpoint, recomputePeriod, recomputeStream } from '@dti/read-model';
import type { DataSource } from 'typeorm';

export interface RebuildResult {
  /** What was measured. */
  method: string;
  events: number;
  seconds: number;
  eventsPerSec: number;
  streams: number;
  periods: number;
}

export interface RebuildContext {
  store: EventStore;
  dataSource: DataSource;
  log: (line: string) => void;
}

/**
 * Builds the whole read model from the log into the (empty, migrated) read-model schema and says how fast.
 *
 * The batch rebuild (`projections rebuild`, libs/read-model/src/rebuild) had not landed when this bench was
 * written, so this drives the projector's own writers directly, each key exactly once and in the projector's
 * order: every unit stream, every assessment stream (`recomputeStream`: read the stream, fold it with the
 * domain's evolve, score, write its rows), every quarter (`recomputePeriod`), then the checkpoint at the head
 * so the live projector starts from there. Two keys at a time, so one key's SQL overlaps another's fold.
 */
export async function rebuildReadModel(context: RebuildContext): Promise<RebuildResult> {
  const { store, dataSource, log } = context;
  const started = performance.now();
  const head = await store.headPosition();
  const streams = [...(await store.listStreams('unit-')), ...(await store.listStreams('assessment-'))];
  const periods = new Set<string>();
  let next = 0;
  let done = 0;
  let lastReport = started;
  const worker = async (): Promise<void> => {
    while (next < streams.length) {
      const streamId = streams[next];
      next += 1;
      await recomputeStream(store, dataSource, streamId, { catalogues: getCatalogue });
      const match = /^assessment-[A-Z0-9]+-(\d{4})Q([1-4])$/.exec(streamId);
      if (match) periods.add(`${match[1]}-Q${match[2]}`);
      done += 1;
      if (performance.now() - lastReport > 10_000) {
        lastReport = performance.now();
        log(`rebuild: ${done} of ${streams.length} streams (${((performance.now() - started) / 1000).toFixed(0)} s)`);
      }
    }
  };
  await Promise.all([worker(), worker()]);
  for (const period of [...periods].sort()) await recomputePeriod(dataSource, period);
  await advanceCheckpoint(dataSource.manager, head);
  const seconds = (performance.now() - started) / 1000;
  return {
    method:
      'each key once through the projector’s own writers (recomputeStream per stream, recomputePeriod per quarter); ' +
      'the batch rebuild had not landed',
    events: Number(head),
    seconds,
    eventsPerSec: Math.round(Number(head) / seconds),
    streams: streams.length,
    periods: periods.size,
  };
}
