import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  decideUnit,
  finalizedQuartersScopeOf,
  successorBlockOn,
  type UnitCode,
  type UnitCommand,
  type UnitState,
} from '@dti/domain';
import { DataSource } from 'typeorm';
import { StreamCommandExecutor } from '../../command-handling/stream-command-executor';
import { findFinalizedQuarters } from '../queries/finalized-quarters.query';
import { unitAddress } from '../unit-address';
import { unitStream } from '../unit-stream';
import { registeredUnit, toUnitView, type UnitView } from '../unit.view';
import { DissolveUnitCommand, MergeUnitCommand, RegisterUnitCommand, RenameUnitCommand } from './unit-admin.commands';

/** The fact every unit change is decided with: the finalized quarters in its scope (the domain says whose). */
function finalizedQuartersFor(dataSource: DataSource, type: UnitCommand['type'], code: UnitCode): Promise<string[]> {
  return findFinalizedQuarters(dataSource.manager, finalizedQuartersScopeOf(type, code));
}

/** Load the unit's stream, decide with the unit decider, append; answer the unit as it now stands. */
async function changeUnit(
  streams: StreamCommandExecutor,
  streamId: string,
  command: (state: UnitState) => UnitCommand | Promise<UnitCommand>,
  envelope: UnitCommand['metadata'],
): Promise<UnitView> {
  const result = await streams.executeOnStream(
    streamId,
    unitStream,
    async (state) => decideUnit(await command(state), state),
    { envelope },
  );
  const unit = registeredUnit(result.state);
  if (unit === undefined) throw new Error('A unit command succeeded but the unit is not registered');
  return toUnitView(unit);
}

@CommandHandler(RegisterUnitCommand)
export class RegisterUnitHandler implements ICommandHandler<RegisterUnitCommand, UnitView> {
  constructor(
    private readonly streams: StreamCommandExecutor,
    private readonly dataSource: DataSource,
  ) {}

  execute({ unit, envelope }: RegisterUnitCommand): Promise<UnitView> {
    const { code, streamId } = unitAddress(unit.code);
    return changeUnit(
      this.streams,
      streamId,
      // Read again on every attempt, like every fact: a retry decides with what holds then.
      async () => ({
        type: 'RegisterUnit',
        data: { ...unit, code, finalizedQuarters: await finalizedQuartersFor(this.dataSource, 'RegisterUnit', code) },
        metadata: envelope,
      }),
      envelope,
    );
  }
}

@CommandHandler(RenameUnitCommand)
export class RenameUnitHandler implements ICommandHandler<RenameUnitCommand, UnitView> {
  constructor(
    private readonly streams: StreamCommandExecutor,
    private readonly dataSource: DataSource,
  ) {}

  execute({ code: raw, change, envelope }: RenameUnitCommand): Promise<UnitView> {
    const { code, streamId } = unitAddress(raw);
    return changeUnit(
      this.streams,
      streamId,
      async () => ({
        type: 'RenameUnit',
        data: { ...change, code, finalizedQuarters: await finalizedQuartersFor(this.dataSource, 'RenameUnit', code) },
        metadata: envelope,
      }),
      envelope,
    );
  }
}

@CommandHandler(MergeUnitCommand)
export class MergeUnitHandler implements ICommandHandler<MergeUnitCommand, UnitView> {
  constructor(
    private readonly streams: StreamCommandExecutor,
    private readonly dataSource: DataSource,
  ) {}

  execute({ code: raw, change, envelope }: MergeUnitCommand): Promise<UnitView> {
    const { code, streamId } = unitAddress(raw);
    const successor = unitAddress(change.into);
    return changeUnit(
      this.streams,
      streamId,
      // The successor is read again on every attempt: it must exist on the effective date when we append.
      async () => ({
        type: 'MergeUnit',
        data: {
          code,
          into: successor.code,
          effectiveOn: change.effectiveOn,
          legalBasis: change.legalBasis,
          retroactiveReason: change.retroactiveReason,
          finalizedQuarters: await finalizedQuartersFor(this.dataSource, 'MergeUnit', code),
          successorBlock: successorBlockOn(
            (await this.streams.loadStream(successor.streamId, unitStream)).state,
            change.effectiveOn,
          ),
        },
        metadata: envelope,
      }),
      envelope,
    );
  }
}

@CommandHandler(DissolveUnitCommand)
export class DissolveUnitHandler implements ICommandHandler<DissolveUnitCommand, UnitView> {
  constructor(
    private readonly streams: StreamCommandExecutor,
    private readonly dataSource: DataSource,
  ) {}

  execute({ code: raw, change, envelope }: DissolveUnitCommand): Promise<UnitView> {
    const { code, streamId } = unitAddress(raw);
    return changeUnit(
      this.streams,
      streamId,
      async () => ({
        type: 'DissolveUnit',
        data: { ...change, code, finalizedQuarters: await finalizedQuartersFor(this.dataSource, 'DissolveUnit', code) },
        metadata: envelope,
      }),
      envelope,
    );
  }
}
