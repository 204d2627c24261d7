import { getCatalogue } from '@dti/catalogue';
import type { EventStore } from '@dti/event-store';
import { rebuildReadModel } from '@dti/read-model';
import type { DataSource } from 'typeorm';

export interface RebuildResult {
  /** What was measured. */
  method: string;
  events: number;
  seconds: number;
  eventsPerSec: number;
  streams: number;
  periods: number;
  phases: { prepareSeconds: number; streamsSeconds: number; periodsSeconds: number; swapSeconds: number };
}

export interface RebuildContext {
  store: EventStore;
  dataSource: DataSource;
  log: (line: string) => void;
}

/**
 * The batch rebuild (`projections rebuild`: libs/read-model/src/rebuild) of the whole read model from the log,
 * into a fresh schema swapped in at the end, timed end to end (its own events ÷ wall time, swap included).
 */
export async function measureRebuild(context: RebuildContext): Promise<RebuildResult> {
  let lastReport = 0;
  const report = await rebuildReadModel({
    store: context.store,
    dataSource: context.dataSource,
    catalogues: getCatalogue,
    applicationName: 'dti-bench-rebuild',
    // BENCH_REBUILD_WORKERS=2 measures the rebuild on worker threads (off by default: see BENCHMARKS.md).
    workers: Number(process.env.BENCH_REBUILD_WORKERS ?? 0),
    progressIntervalMs: 1_000,
    onProgress: (progress) => {
      if (progress.elapsedMs - lastReport < 10_000 && progress.phase !== 'done') return;
      lastReport = progress.elapsedMs;
      context.log(
        `rebuild: ${progress.phase}, ${progress.streamsDone}/${progress.streamsTotal} streams, ` +
          `${progress.events.toLocaleString('en-US')} events (${Math.round(progress.eventsPerSecond).toLocaleString('en-US')}/s)`,
      );
    },
  });
  return {
    method: `projections rebuild (rebuildReadModel: fresh schema, per-stream folds${
      report.workers.threads > 0 ? ` on ${report.workers.threads} worker threads` : ''
    }, COPY batches, swap)`,
    events: report.events,
    seconds: report.seconds,
    eventsPerSec: Math.round(report.eventsPerSecond),
    streams: report.streams,
    periods: report.periods,
    phases: report.phases,
  };
}
