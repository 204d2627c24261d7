import { Inject, Injectable } from '@nestjs/common';
import { readState } from '@dti/command-handling';
import { parseUnitCode, unitDecider, unitStreamId, type UnitCode, type UnitState } from '@dti/domain';
import { EVENT_STORE, type EventStore } from '@dti/event-store';

/**
 * Reads one unit's stream (its block and lifetime), for the scorecard check that compares the read model
 * with a replay. Command paths read streams through handleCommand; queries read the read model.
 */
@Injectable()
export class AssessmentStreamReader {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async loadUnit(unit: UnitCode): Promise<UnitState> {
    return (await readState(this.store, unitStreamId(parseUnitCode(unit)), unitDecider)).state;
  }
}
