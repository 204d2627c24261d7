import { Injectable } from '@nestjs/common';
import {
  currentName,
  mayReadAssessment,
  NotOwnUnitError,
  parseUnitCode,
  unitNameIn,
  UnitNotFoundError,
  unitStreamId,
  type Actor,
  type RegisteredUnit,
  type UnitCode,
} from '@dti/domain';
import { findUnitStates } from '@dti/read-model';
import { DataSource } from 'typeorm';
import { OwnWrites } from '../command-handling/own-writes';
import { unitsOf } from '../units/queries/unit.query-handlers';

/**
 * Who may read what about one unit, and whether the unit exists. The rule (a submitter reads their own
 * unit only) is the domain's `mayReadAssessment`. Existence is the read model's register (`units`), like
 * everything else a read serves: no stream is read on a request path. A unit the reader registered a
 * moment ago is waited for (OwnWrites); one registered by someone else is a 404 for the few milliseconds
 * until the projector writes it.
 */
@Injectable()
export class ReadAccess {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ownWrites: OwnWrites,
  ) {}

  /** 403 NOT_OWN_UNIT for another unit's submitter (asked first: it reveals nothing), 404 UNIT_NOT_FOUND. */
  async unitFor(reader: Actor, unit: UnitCode): Promise<RegisteredUnit> {
    return (await this.unitWith(reader, unit, async () => null))[0];
  }

  /**
   * `unitFor`, with `read` (what the route reads of the unit) run beside the register's read once the
   * reader's own writes are projected: one round trip's wait instead of two in a row. A refused reader
   * is refused all the same; what `read` found is then dropped.
   */
  async unitWith<T>(reader: Actor, unit: UnitCode, read: (code: UnitCode) => Promise<T>): Promise<[RegisteredUnit, T]> {
    if (!mayReadAssessment(reader, unit)) {
      throw NotOwnUnitError.because(reader.username, reader.unit ?? undefined, unit);
    }
    const code = parseUnitCode(unit);
    const streamId = unitStreamId(code);
    await this.ownWrites.awaitProjected(reader.username, (id) => id === streamId);
    const [states, found] = await Promise.allSettled([findUnitStates(this.dataSource.manager, [code]), read(code)]);
    // Refusals in the order they were always given: the unit's (404) before anything `read` refused (400).
    if (states.status === 'rejected') throw states.reason;
    const [state] = unitsOf(states.value);
    if (state === undefined) throw UnitNotFoundError.because(unit);
    if (found.status === 'rejected') throw found.reason;
    return [state, found.value];
  }
}

/** The unit's name as it was in the quarter (a renamed unit keeps its old name in old reports). */
export function unitNameFor(unit: RegisteredUnit, period: string): string {
  return (unitNameIn(unit, period) ?? currentName(unit)).name;
}
