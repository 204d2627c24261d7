import type { UpcasterShape } from '../../events/upcaster-shape';
import type { UnitEventType } from '../unit.events';

type UnitEventUpcaster = UpcasterShape & { type: UnitEventType; fromVersion: 1 };

/**
 * Unit events v1 → v2. Version 2 records whether a change reached into finalized quarters (`retroactive`: its
 * reason and those quarters). Version 1 had no such check, so nothing was recorded as retroactive: null.
 */
function unitEventV1ToV2(type: UnitEventType): UnitEventUpcaster {
  return { type, fromVersion: 1, upcast: (data) => ({ ...data, retroactive: null }) };
}

export const UNIT_EVENT_UPCASTERS: readonly UnitEventUpcaster[] = Object.freeze(
  (['UnitRegistered', 'UnitRenamed', 'UnitMerged', 'UnitDissolved'] as const).map(unitEventV1ToV2),
);
