import type { Command } from 'commander';
import type { EventStore } from '@dti/event-store';
import { readProjectionLag, readProjectionStatus, rebuildRunning } from '@dti/read-model';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import type { CliContext } from '../../cli-context';
import { ExitCode, writeLine } from '../../cli-context';
import { describeFailure, openProjectionConnections } from './projection-connections';

/** Counting the lag stops here; beyond it the status says "at least". */
const LAG_COUNT_LIMIT = 100_000;

export interface ProjectionsStatusReport {
  checkpoint: string;
  checkpointUpdatedAt: string | null;
  headPosition: string;
  lag: { events: number; atLeast: boolean; seconds: number };
  queue: Record<string, number>;
  parked: Array<{
    jobKey: string;
    jobId: string;
    covers: string | null;
    attempts: number;
    errorCode: string | null;
    error: string;
    failedAt: string;
  }>;
  periodsBehind: string[];
  unrecognizedEvents: number;
  /** A `projections rebuild` holds the rebuild lock of this read model right now. */
  rebuildRunning: boolean;
}

/** Where the projector stands: checkpoint against the head, the queue, and what is parked. */
export async function projectionsStatus(
  store: EventStore,
  dataSource: DataSource,
  queue: Queue,
  now: Date = new Date(),
): Promise<ProjectionsStatusReport> {
  const status = await readProjectionStatus(dataSource.manager);
  const lag = await readProjectionLag(store, dataSource.manager, { limit: LAG_COUNT_LIMIT, now });
  const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'failed', 'completed');
  return {
    checkpoint: lag.checkpoint.toString(),
    checkpointUpdatedAt: status.checkpointUpdatedAt?.toISOString() ?? null,
    headPosition: lag.head.toString(),
    // The oldest event not yet projected: how long it has waited.
    lag: { events: lag.events, atLeast: lag.atLeast, seconds: lag.seconds },
    queue: counts,
    parked: status.parked.map((job) => ({
      jobKey: job.jobKey,
      jobId: job.jobId,
      covers: job.covers,
      attempts: job.attempts,
      errorCode: job.errorCode,
      error: job.error,
      failedAt: job.failedAt.toISOString(),
    })),
    periodsBehind: status.periodsBehind,
    unrecognizedEvents: status.unrecognizedEvents,
    rebuildRunning: await rebuildRunning(dataSource),
  };
}

export function registerProjectionsStatus(parent: Command, context: CliContext): void {
  parent
    .command('status')
    .description('checkpoint, head, lag, queue depths and parked jobs / tình trạng bộ chiếu dữ liệu')
    .option('--json', 'print one JSON object')
    .action(async (options: { json?: boolean }) => {
      const { stdout, stderr } = context.io;
      let connections;
      try {
        connections = await openProjectionConnections({ queue: true });
      } catch (error) {
        writeLine(stderr, `Không kết nối được / Cannot connect: ${describeFailure(error)}`);
        context.exit(ExitCode.failure);
        return;
      }
      try {
        const report = await projectionsStatus(connections.store, connections.dataSource, connections.queue as Queue);
        if (options.json) {
          writeLine(stdout, JSON.stringify(report));
        } else {
          for (const line of statusLines(report)) writeLine(stdout, line);
        }
        context.exit(ExitCode.ok);
      } catch (error) {
        writeLine(stderr, `Không đọc được tình trạng / Cannot read the status: ${describeFailure(error)}`);
        context.exit(ExitCode.failure);
      } finally {
        await connections.close();
      }
    });
}

export function statusLines(report: ProjectionsStatusReport): string[] {
  const queue = Object.entries(report.queue)
    .map(([state, count]) => `${state} ${count}`)
    .join(', ');
  const lines = [
    `Checkpoint / Điểm đã chiếu: ${report.checkpoint}${report.checkpointUpdatedAt ? ` (${report.checkpointUpdatedAt})` : ''}`,
    `Head / Đầu nhật ký sự kiện: ${report.headPosition}`,
    `Lag / Độ trễ: ${report.lag.atLeast ? '≥ ' : ''}${report.lag.events} events, ${report.lag.seconds.toFixed(1)} s`,
    `Queue / Hàng đợi: ${queue}`,
    `Periods behind / Kỳ chưa tính lại: ${report.periodsBehind.length === 0 ? '—' : report.periodsBehind.join(', ')}`,
    `Unrecognized events / Sự kiện không nhận diện: ${report.unrecognizedEvents}`,
    `Rebuild running / Đang dựng lại: ${report.rebuildRunning ? 'yes / có' : 'no / không'}`,
    `Parked jobs / Công việc bị treo: ${report.parked.length}`,
  ];
  for (const job of report.parked) {
    lines.push(
      `  ${job.jobKey}  covers ${job.covers ?? '?'}  attempts ${job.attempts}  ${job.errorCode ?? ''} ${job.error}`.trimEnd(),
    );
  }
  return lines;
}
