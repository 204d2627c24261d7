import type { Command } from 'commander';
import type { EventStore } from '@dti/event-store';
import { readProjectionStatus } from '@dti/read-model';
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
}

/** Where the projector stands: checkpoint against the head, the queue, and what is parked. */
export async function projectionsStatus(
  store: EventStore,
  dataSource: DataSource,
  queue: Queue,
  now: Date = new Date(),
): Promise<ProjectionsStatusReport> {
  const status = await readProjectionStatus(dataSource.manager);
  const head = await store.headPosition();
  let events = 0;
  let oldest: Date | undefined;
  for await (const event of store.readAll({ fromPosition: status.checkpoint, maxCount: LAG_COUNT_LIMIT })) {
    oldest ??= event.recordedAt;
    events += 1;
  }
  const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'failed', 'completed');
  return {
    checkpoint: status.checkpoint.toString(),
    checkpointUpdatedAt: status.checkpointUpdatedAt?.toISOString() ?? null,
    headPosition: head.toString(),
    lag: {
      events,
      atLeast: events >= LAG_COUNT_LIMIT,
      // The oldest event not yet projected: how long it has waited.
      seconds: oldest === undefined ? 0 : Math.max(0, (now.getTime() - oldest.getTime()) / 1000),
    },
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
    `Parked jobs / Công việc bị treo: ${report.parked.length}`,
  ];
  for (const job of report.parked) {
    lines.push(
      `  ${job.jobKey}  covers ${job.covers ?? '?'}  attempts ${job.attempts}  ${job.errorCode ?? ''} ${job.error}`.trimEnd(),
    );
  }
  return lines;
}
