import type { Command } from 'commander';
import { checkProjection, type ProjectionCheck } from '@dti/read-model';
import type { CliContext } from '../../cli-context';
import { ExitCode, writeLine } from '../../cli-context';
import { describeFailure, openProjectionConnections } from './projection-connections';

export function registerProjectionsCheck(parent: Command, context: CliContext): void {
  parent
    .command('check')
    .argument('<unit>', 'unit code, e.g. STTTT')
    .argument('<period>', 'quarter, e.g. 2021-Q1')
    .description(
      'replay a unit-quarter from the event store and compare it with its projection / ' +
        'tính lại từ sự kiện và đối chiếu với dữ liệu đã chiếu\n' +
        'exit 0: match; 1: mismatch, missing or error; 2: no such assessment',
    )
    .option('--json', 'print one JSON object')
    .action(async (unit: string, period: string, options: { json?: boolean }) => {
      const { stdout, stderr } = context.io;
      let connections;
      try {
        connections = await openProjectionConnections({ queue: false });
      } catch (error) {
        writeLine(stderr, `Không kết nối được / Cannot connect: ${describeFailure(error)}`);
        context.exit(ExitCode.failure);
        return;
      }
      try {
        const check = await checkProjection(connections.store, connections.dataSource.manager, { unit, period });
        if (options.json) writeLine(stdout, JSON.stringify(checkJson(check)));
        else for (const line of checkLines(check)) writeLine(stdout, line);
        context.exit(
          check.outcome === 'match'
            ? ExitCode.ok
            : check.outcome === 'no-stream'
              ? ExitCode.notFound
              : ExitCode.failure,
        );
      } catch (error) {
        writeLine(stderr, describeFailure(error));
        context.exit(ExitCode.failure);
      } finally {
        await connections.close();
      }
    });
}

function checkJson(check: ProjectionCheck) {
  return {
    ...check,
    projectedPosition: check.projectedPosition?.toString() ?? null,
    streamPosition: check.streamPosition?.toString() ?? null,
  };
}

export function checkLines(check: ProjectionCheck): string[] {
  const verdict: Record<ProjectionCheck['outcome'], string> = {
    match: 'khớp / matches the replay',
    mismatch: 'KHÔNG khớp / does NOT match the replay',
    missing: 'chưa được chiếu / not projected',
    'no-stream': 'không có hồ sơ đánh giá / no such assessment',
  };
  const lines = [
    `${check.unit} ${check.period} (${check.streamId}): ${verdict[check.outcome]}`,
    `Projected up to / Đã chiếu đến vị trí: ${check.projectedPosition ?? '—'}; stream ends at / luồng kết thúc ở: ${check.streamPosition ?? '—'}` +
      (check.eventsBehind > 0 ? `; ${check.eventsBehind} event(s) not projected yet` : ''),
  ];
  for (const difference of check.differences) {
    lines.push(
      `  ${difference.table} ${difference.row} ${difference.column}: projected ${String(difference.projected)}, replay ${String(difference.replayed)}`,
    );
  }
  return lines;
}
