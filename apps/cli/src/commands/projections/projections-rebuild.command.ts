import { Presets, SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { RebuildInProgressError, rebuildReadModel, type RebuildProgress, type RebuildReport } from '@dti/read-model';
import type { CliContext } from '../../cli-context';
import { ExitCode, writeLine } from '../../cli-context';
import { describeFailure, openProjectionConnections } from './projection-connections';

/** The name the rebuild's PostgreSQL sessions carry (pg_stat_activity.application_name). */
export const REBUILD_APPLICATION_NAME = 'dti-rebuild';

export function registerProjectionsRebuild(parent: Command, context: CliContext): void {
  parent
    .command('rebuild')
    .description(
      'rebuild every projection from the events into fresh tables and swap them in atomically, ' +
        'without stopping the API or the projector / dựng lại toàn bộ dữ liệu chiếu từ sự kiện\n' +
        'progress on stderr; exit 0 done, 1 failed or another rebuild running',
    )
    .option('--json', 'progress as JSON lines on stderr, the report as one JSON object on stdout')
    .option('--lanes <n>', 'streams read and folded at once (default 2)', (value: string) => Number(value))
    .action(async (options: { json?: boolean; lanes?: number }) => {
      const { stdout, stderr } = context.io;
      if (options.lanes !== undefined && !(Number.isInteger(options.lanes) && options.lanes >= 1)) {
        writeLine(stderr, 'INVALID_OPTION: --lanes must be a whole number ≥ 1');
        context.exit(ExitCode.failure);
        return;
      }
      let connections;
      try {
        connections = await openProjectionConnections({ queue: false, applicationName: REBUILD_APPLICATION_NAME });
      } catch (error) {
        writeLine(stderr, `Không kết nối được / Cannot connect: ${describeFailure(error)}`);
        context.exit(ExitCode.failure);
        return;
      }
      const progress = options.json ? jsonProgress(stderr) : barProgress(stderr);
      try {
        const report = await rebuildReadModel({
          store: connections.store,
          dataSource: connections.dataSource,
          lanes: options.lanes,
          applicationName: REBUILD_APPLICATION_NAME,
          onProgress: progress.update,
          onRetry: (what, attempt, error) =>
            progress.note(`retrying ${what} (attempt ${attempt + 1}): ${describeFailure(error)}`),
        });
        progress.stop();
        if (options.json) writeLine(stdout, JSON.stringify(report));
        else for (const line of rebuildLines(report)) writeLine(stdout, line);
        context.exit(ExitCode.ok);
      } catch (error) {
        progress.stop();
        const prefix = error instanceof RebuildInProgressError ? `${error.code}: ` : '';
        writeLine(stderr, `Dựng lại thất bại / Rebuild failed: ${prefix}${describeFailure(error)}`);
        context.exit(ExitCode.failure);
      } finally {
        await connections.close();
      }
    });
}

interface ProgressOutput {
  update(progress: RebuildProgress): void;
  note(line: string): void;
  stop(): void;
}

/** For machines: one JSON object per progress tick, on stderr (stdout keeps the report alone). */
function jsonProgress(stderr: NodeJS.WritableStream): ProgressOutput {
  return {
    update: (progress) => writeLine(stderr, JSON.stringify({ progress })),
    note: (line) => writeLine(stderr, JSON.stringify({ note: line })),
    stop: () => undefined,
  };
}

/** For people: a bar over the streams, with events and events/s, on stderr. */
function barProgress(stderr: NodeJS.WritableStream): ProgressOutput {
  const bar = new SingleBar(
    {
      stream: stderr,
      format: '{phase} |{bar}| {value}/{total} streams | {events} events | {rate} events/s | {elapsed}s',
      hideCursor: true,
      // Without a terminal (a log file, CI), a line every few seconds instead of redrawing.
      noTTYOutput: true,
      notTTYSchedule: 5_000,
    },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update(progress) {
      const payload = {
        phase: progress.phase.padEnd(9),
        events: progress.events.toLocaleString('en-US'),
        rate: progress.eventsPerSecond.toLocaleString('en-US'),
        elapsed: (progress.elapsedMs / 1000).toFixed(1),
      };
      if (!started) {
        bar.start(Math.max(progress.streamsTotal, 1), progress.streamsDone, payload);
        started = true;
        return;
      }
      bar.setTotal(Math.max(progress.streamsTotal, 1));
      bar.update(progress.streamsDone, payload);
    },
    note(line) {
      if (started) bar.stop();
      started = false;
      writeLine(stderr, line);
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}

export function rebuildLines(report: RebuildReport): string[] {
  const n = (value: number) => value.toLocaleString('en-US');
  const { phases } = report;
  return [
    `Đã dựng lại / Rebuilt "${report.schema}" up to position ${report.head}: ${n(report.events)} events in ${report.seconds.toFixed(1)} s (${n(report.eventsPerSecond)} events/s)`,
    `Streams / Luồng: ${n(report.streams)} (assessments ${n(report.keys.assessments)}, units ${n(report.keys.units)}, parked ${n(report.keys.parked)}); quarters ${n(report.periods)}; rows ${n(report.rows)}`,
    `Unrecognized events / Sự kiện không nhận diện: ${n(report.unrecognizedEvents)}`,
    `Phases: prepare ${phases.prepareSeconds.toFixed(1)} s, streams ${phases.streamsSeconds.toFixed(1)} s, quarters ${phases.periodsSeconds.toFixed(1)} s, swap ${phases.swapSeconds.toFixed(2)} s` +
      (report.retiredDropped ? '' : ' (the old tables are still held by readers: the next rebuild drops them)'),
  ];
}
