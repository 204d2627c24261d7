import { Injectable } from '@nestjs/common';
import {
  currentName,
  mayReadAssessment,
  NotOwnUnitError,
  unitNameIn,
  UnitNotFoundError,
  type Actor,
  type RegisteredUnit,
  type UnitCode,
} from '@dti/domain';
import { AssessmentStreamReader } from '../assessments/streams/assessment-stream.reader';

/**
 * Who may read what about one unit, and whether the unit exists. The rule (a submitter reads their own
 * unit only) is the domain's `mayReadAssessment`. Existence is asked of the unit's stream in the event
 * store, the register's truth, rather than of the projected `units` table: a unit registered a moment
 * ago is not a 404 while the projector catches up, it just has nothing projected yet.
 */
@Injectable()
export class ReadAccess {
  constructor(private readonly streams: AssessmentStreamReader) {}

  /** 403 NOT_OWN_UNIT for another unit's submitter (asked first: it reveals nothing), 404 UNIT_NOT_FOUND. */
  async unitFor(reader: Actor, unit: UnitCode): Promise<RegisteredUnit> {
    if (!mayReadAssessment(reader, unit)) {
      throw NotOwnUnitError.because(reader.username, reader.unit ?? undefined, unit);
    }
    const state = await this.streams.loadUnit(unit);
    if (state.status !== 'registered') throw UnitNotFoundError.because(unit);
    return state;
  }
}

/** The unit's name as it was in the quarter (a renamed unit keeps its old name in old reports). */
export function unitNameFor(unit: RegisteredUnit, period: string): string {
  return (unitNameIn(unit, period) ?? currentName(unit)).name;
}
