import { evolveUnit, initialUnitState, UNIT_EVENT_VERSIONS, type UnitEventType, type UnitState } from '@dti/domain';
import type { StreamFold } from '../command-handling/stream-loading';

/** How a unit's stream (`unit-<CODE>`) folds: the domain's unit decider. */
export const unitStream: StreamFold<UnitState, UnitEventType> = {
  initialState: initialUnitState,
  evolve: evolveUnit,
  eventVersions: UNIT_EVENT_VERSIONS,
};
