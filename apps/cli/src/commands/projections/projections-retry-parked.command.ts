import type { Command } from 'commander';
import type { Queue } from 'bullmq';
import { jobNameOf, openParkedJobs, projectionJobOptions } from '@dti/read-model';
import type { DataSource } from 'typeorm';
import type { CliContext } from '../../cli-context';
import { ExitCode, writeLine } from '../../cli-context';
import { describeFailure, openProjectionConnections } from './projection-connections';

export interface RetriedParkedJob {
  jobKey: string;
  jobId: string;
}

/**
 * Gives every parked job one more round: a new job per parked key on the projection queue, with the
 * projector's attempts and backoff. A job that succeeds resolves its parked row; one that fails again
 * parks again (its attempts add up). The projector itself does the same at every start.
 */
export async function retryParkedJobs(
  dataSource: DataSource,
  queue: Queue,
  now = new Date(),
): Promise<RetriedParkedJob[]> {
  const parked = await openParkedJobs(dataSource.manager);
  const retried: RetriedParkedJob[] = [];
  for (const job of parked) {
    // BullMQ job ids may not contain ":"; keys never do.
    const jobId = `${job.jobKey}|retry-${now.getTime()}|1`;
    await queue.add(jobNameOf(job.jobKey), { key: job.jobKey }, { ...projectionJobOptions(), jobId });
    retried.push({ jobKey: job.jobKey, jobId });
  }
  return retried;
}

export function registerProjectionsRetryParked(parent: Command, context: CliContext): void {
  parent
    .command('retry-parked')
    .description('re-enqueue every parked projection job / đưa lại các công việc bị treo vào hàng đợi')
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
        const retried = await retryParkedJobs(connections.dataSource, connections.queue as Queue);
        if (options.json) writeLine(stdout, JSON.stringify({ retried }));
        else {
          writeLine(stdout, `Re-enqueued / Đã đưa lại vào hàng đợi: ${retried.length} parked job(s)`);
          for (const job of retried) writeLine(stdout, `  ${job.jobKey}  (${job.jobId})`);
        }
        context.exit(ExitCode.ok);
      } catch (error) {
        writeLine(stderr, `Không đưa lại được / Cannot re-enqueue: ${describeFailure(error)}`);
        context.exit(ExitCode.failure);
      } finally {
        await connections.close();
      }
    });
}
