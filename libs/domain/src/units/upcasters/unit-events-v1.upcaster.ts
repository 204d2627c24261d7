import type { UnitEventType } from '../unit.events';

/** The shape of events/upcasting.ts's UpcasterShape, spelled here so the registry and this file form no cycle. */
interface UnitEventUpcaster {
  type: UnitEventType;
  fromVersion: 1;
  upcast(data: Record<string, unknown>): Record<string, unknown>;
}

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
