import type { CliCommand } from '../../cli-command';
import { registerProjectionsCheck } from './projections-check.command';
import { registerProjectionsRebuild } from './projections-rebuild.command';
import { registerProjectionsRetryParked } from './projections-retry-parked.command';
import { registerProjectionsStatus } from './projections-status.command';

export const projectionsCommand: CliCommand = {
  name: 'projections',
  register(program, context) {
    const projections = program
      .command('projections')
      .description('the read model built from events: status, check, rebuild, retry-parked / dữ liệu chiếu từ sự kiện');
    registerProjectionsStatus(projections, context);
    registerProjectionsCheck(projections, context);
    registerProjectionsRebuild(projections, context);
    registerProjectionsRetryParked(projections, context);
  },
};
