import { Module } from '@nestjs/common';
import { CommandHandlingModule } from '../command-handling/command-handling.module';
import { GetUnitHandler, ListUnitsHandler } from './queries/unit.query-handlers';
import { UnitCommands } from './unit-commands';
import { UnitsController } from './units.controller';

@Module({
  imports: [CommandHandlingModule],
  controllers: [UnitsController],
  providers: [UnitCommands, ListUnitsHandler, GetUnitHandler],
})
export class UnitsModule {}
