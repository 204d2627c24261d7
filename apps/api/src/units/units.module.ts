import { Module } from '@nestjs/common';
import { CommandHandlingModule } from '../command-handling/command-handling.module';
import {
  DissolveUnitHandler,
  MergeUnitHandler,
  RegisterUnitHandler,
  RenameUnitHandler,
} from './commands/unit-admin.handlers';
import { GetUnitHandler, ListUnitsHandler } from './queries/unit.query-handlers';
import { UnitsController } from './units.controller';

@Module({
  imports: [CommandHandlingModule],
  controllers: [UnitsController],
  providers: [
    RegisterUnitHandler,
    RenameUnitHandler,
    MergeUnitHandler,
    DissolveUnitHandler,
    ListUnitsHandler,
    GetUnitHandler,
  ],
})
export class UnitsModule {}
