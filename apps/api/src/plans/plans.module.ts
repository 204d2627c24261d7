import { Module } from '@nestjs/common';
import { ReadModelModule } from '@dti/read-model';
import { CommandHandlingModule } from '../command-handling/command-handling.module';
import { PlanStreams } from './plan-streams.service';
import { PlansController } from './plans.controller';

/** Plan execution tracking (Kế hoạch 222): the plans as data, progress reports and their review, overviews (read model). */
@Module({
  imports: [CommandHandlingModule, ReadModelModule],
  controllers: [PlansController],
  providers: [PlanStreams],
  exports: [PlanStreams],
})
export class PlansModule {}
