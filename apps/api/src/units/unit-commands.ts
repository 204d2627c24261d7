import { Inject, Injectable } from '@nestjs/common';
import { FoldCache, handleCommand } from '@dti/command-handling';
import {
  finalizedQuartersScopeOf,
  successorBlockOn,
  unitDecider,
  type CommandEnvelope,
  type UnitCode,
  type UnitCommand,
  type UnitState,
} from '@dti/domain';
import { EVENT_STORE, type EventStore } from '@dti/event-store';
import { DataSource } from 'typeorm';
import { OwnWrites } from '../command-handling/own-writes';
import type { DissolveUnitDto, MergeUnitDto, RegisterUnitDto, RenameUnitDto } from './dto/unit-requests.dto';
import { findFinalizedQuarters } from './queries/finalized-quarters.query';
import { unitAddress } from './unit-address';
import { registeredUnit, toUnitView, type UnitView } from './unit.view';

/**
 * The four changes to the register of units, each one event in the unit's stream through handleCommand.
 * The facts each is decided with are read again on every attempt, so a retry decides with what holds then:
 * the finalized quarters in its scope (the domain says whose) and, for a merger, the successor.
 */
@Injectable()
export class UnitCommands {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly ownWrites: OwnWrites,
    private readonly dataSource: DataSource,
    private readonly folds: FoldCache,
  ) {}

  register(unit: RegisterUnitDto, envelope: CommandEnvelope): Promise<UnitView> {
    const { code, streamId } = unitAddress(unit.code);
    return this.change(streamId, envelope, async () => ({
      type: 'RegisterUnit',
      data: { ...unit, code, finalizedQuarters: await this.finalizedQuarters('RegisterUnit', code) },
      metadata: envelope,
    }));
  }

  rename(raw: string, change: RenameUnitDto, envelope: CommandEnvelope): Promise<UnitView> {
    const { code, streamId } = unitAddress(raw);
    return this.change(streamId, envelope, async () => ({
      type: 'RenameUnit',
      data: { ...change, code, finalizedQuarters: await this.finalizedQuarters('RenameUnit', code) },
      metadata: envelope,
    }));
  }

  merge(raw: string, change: MergeUnitDto, envelope: CommandEnvelope): Promise<UnitView> {
    const { code, streamId } = unitAddress(raw);
    const successor = unitAddress(change.into);
    return this.change(streamId, envelope, async () => ({
      type: 'MergeUnit',
      data: {
        code,
        into: successor.code,
        effectiveOn: change.effectiveOn,
        legalBasis: change.legalBasis,
        retroactiveReason: change.retroactiveReason,
        finalizedQuarters: await this.finalizedQuarters('MergeUnit', code),
        // The successor must exist on the effective date when we append.
        successorBlock: successorBlockOn(
          (await this.folds.read(this.store, successor.streamId, unitDecider)).state,
          change.effectiveOn,
        ),
      },
      metadata: envelope,
    }));
  }

  dissolve(raw: string, change: DissolveUnitDto, envelope: CommandEnvelope): Promise<UnitView> {
    const { code, streamId } = unitAddress(raw);
    return this.change(streamId, envelope, async () => ({
      type: 'DissolveUnit',
      data: { ...change, code, finalizedQuarters: await this.finalizedQuarters('DissolveUnit', code) },
      metadata: envelope,
    }));
  }

  /** The fact every unit change is decided with: the finalized quarters in its scope. */
  private finalizedQuarters(type: UnitCommand['type'], code: UnitCode): Promise<string[]> {
    return findFinalizedQuarters(this.dataSource.manager, finalizedQuartersScopeOf(type, code));
  }

  /** handleCommand on the unit's stream; answers the unit as it now stands. */
  private async change(
    streamId: string,
    envelope: CommandEnvelope,
    command: (state: UnitState) => Promise<UnitCommand>,
  ): Promise<UnitView> {
    const result = await this.ownWrites.recording(envelope.actor, streamId, (onRead) =>
      handleCommand(this.store, streamId, unitDecider, command, { envelope, onRead, cache: this.folds }),
    );
    const unit = registeredUnit(result.state);
    if (unit === undefined) throw new Error('A unit command succeeded but the unit is not registered');
    return toUnitView(unit);
  }
}
