import type { CalendarDate } from '../shared/calendar-date';
import type { UnitBlock } from './unit-block';
import type { UnitCode } from './unit-code';
import type { RetroactiveChange } from './unit-retroactive';

/**
 * Events of an org unit's stream (`unit-<CODE>`). Effective dates are calendar days in Vietnam: a
 * change takes effect at 00:00 of that day, so a unit merged or dissolved "effective 2025-07-01"
 * existed up to and including 2025-06-30. `legalBasis` names the decision, e.g.
 * "Nghị quyết 1314/NQ-UBTVQH15 ngày 30/11/2024".
 *
 * Version 2 adds `retroactive` to each: the reason and the finalized quarters a change reached into, null when it
 * reached none (every version 1 event, see upcasters/unit-events-v1.upcaster.ts).
 */
export type UnitRegisteredData = {
  code: UnitCode;
  /** Vietnamese name, verbatim from the legal source. */
  name: string;
  nameEn: string | null;
  block: UnitBlock;
  effectiveOn: CalendarDate;
  legalBasis: string;
  retroactive: RetroactiveChange | null;
};

export type UnitRenamedData = {
  code: UnitCode;
  name: string;
  nameEn: string | null;
  previousName: string;
  effectiveOn: CalendarDate;
  legalBasis: string;
  retroactive: RetroactiveChange | null;
};

/** The unit ceases; its duties pass to `into`, which exists on `effectiveOn`. */
export type UnitMergedData = {
  code: UnitCode;
  into: UnitCode;
  effectiveOn: CalendarDate;
  legalBasis: string;
  retroactive: RetroactiveChange | null;
};

/** The unit ceases with no successor unit (e.g. the district level abolished on 2025-07-01). */
export type UnitDissolvedData = {
  code: UnitCode;
  effectiveOn: CalendarDate;
  legalBasis: string;
  retroactive: RetroactiveChange | null;
};

export type UnitEvent =
  | { type: 'UnitRegistered'; data: UnitRegisteredData }
  | { type: 'UnitRenamed'; data: UnitRenamedData }
  | { type: 'UnitMerged'; data: UnitMergedData }
  | { type: 'UnitDissolved'; data: UnitDissolvedData };

export type UnitEventType = UnitEvent['type'];

export const UNIT_EVENT_VERSIONS: Readonly<Record<UnitEventType, number>> = {
  UnitRegistered: 2,
  UnitRenamed: 2,
  UnitMerged: 2,
  UnitDissolved: 2,
};
