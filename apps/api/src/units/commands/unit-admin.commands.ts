import { Command } from '@nestjs/cqrs';
import type { CommandEnvelope } from '@dti/domain';
import type { DissolveUnitDto, MergeUnitDto, RegisterUnitDto, RenameUnitDto } from '../dto/unit-requests.dto';
import type { UnitView } from '../unit.view';

/** The four changes to the register of units; each is one event in the unit's stream. */
export class RegisterUnitCommand extends Command<UnitView> {
  constructor(
    readonly unit: RegisterUnitDto,
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}

export class RenameUnitCommand extends Command<UnitView> {
  constructor(
    readonly code: string,
    readonly change: RenameUnitDto,
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}

export class MergeUnitCommand extends Command<UnitView> {
  constructor(
    readonly code: string,
    readonly change: MergeUnitDto,
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}

export class DissolveUnitCommand extends Command<UnitView> {
  constructor(
    readonly code: string,
    readonly change: DissolveUnitDto,
    readonly envelope: CommandEnvelope,
  ) {
    super();
  }
}
