import { parseQuarter, quarterFirstDay, quarterLastDay, type Quarter } from '../periods/quarter';
import type { CalendarDate } from '../shared/calendar-date';
import type { UnitBlock } from './unit-block';
import type { UnitCode } from './unit-code';
import type { RegisteredUnit, UnitState } from './unit.decider';

/**
 * Questions about a unit's history, asked of a date or a quarter. A quarter's ranking must use the
 * units that existed in that quarter (Vietnam merged departments and abolished the district level in
 * 2025), so nothing here looks at "today".
 */

/** Did the unit exist on this day? (Registered on or before it; not yet merged or dissolved.) */
export function unitExistedOn(unit: UnitState, date: CalendarDate): boolean {
  // Stryker disable next-line ConditionalExpression: an unregistered state has no registeredOn, so the test below is false for it too
  if (unit.status !== 'registered') return false;
  return unit.registeredOn <= date && (unit.end === null || date < unit.end.effectiveOn);
}

/**
 * Did the unit exist on at least one day of the quarter? A unit dissolved effective 2025-07-01 existed
 * in 2025-Q2 and reports for it; it did not exist in 2025-Q3. This is the `unitActive` fact the
 * assessment commands need.
 */
export function unitExistedIn(unit: UnitState, period: Quarter | string): boolean {
  // Stryker disable next-line ConditionalExpression: an unregistered state has no registeredOn, so the test below is false for it too
  if (unit.status !== 'registered') return false;
  const quarter = parseQuarter(period);
  const first = quarterFirstDay(quarter);
  const last = quarterLastDay(quarter);
  return unit.registeredOn <= last && (unit.end === null || unit.end.effectiveOn > first);
}

/** The unit's name on a day, or null if it did not exist that day. */
export function unitNameOn(unit: UnitState, date: CalendarDate): { name: string; nameEn: string | null } | null {
  // Stryker disable next-line ConditionalExpression: unitExistedOn refuses an unregistered state too
  if (unit.status !== 'registered' || !unitExistedOn(unit, date)) return null;
  let current = unit.names[0];
  for (const entry of unit.names) if (entry.effectiveOn <= date) current = entry;
  return { name: current.name, nameEn: current.nameEn };
}

/** The last day of the quarter on which the unit existed, or null if it did not exist in it. */
export function lastDayIn(unit: UnitState, period: Quarter | string): CalendarDate | null {
  // Stryker disable next-line ConditionalExpression: unitExistedIn refuses an unregistered state too
  if (unit.status !== 'registered' || !unitExistedIn(unit, period)) return null;
  const last = quarterLastDay(parseQuarter(period));
  if (unit.end === null || unit.end.effectiveOn > last) return last;
  return dayBefore(unit.end.effectiveOn);
}

/** The name a quarter's report shows: the one in force on the unit's last day in that quarter. */
export function unitNameIn(unit: UnitState, period: Quarter | string): { name: string; nameEn: string | null } | null {
  const day = lastDayIn(unit, period);
  // Stryker disable next-line ConditionalExpression: unitNameOn(unit, null) is null too (no date compares true with null)
  return day === null ? null : unitNameOn(unit, day);
}

/** The fact MergeUnit needs: the successor's block if it exists on the merger's effective date. */
export function successorBlockOn(successor: UnitState, effectiveOn: CalendarDate): UnitBlock | null {
  // Stryker disable next-line ConditionalExpression: unitExistedOn refuses an unregistered state too
  return successor.status === 'registered' && unitExistedOn(successor, effectiveOn) ? successor.block : null;
}

export interface UnitInPeriod {
  code: UnitCode;
  block: UnitBlock;
  /** The name in force on the unit's last day in the quarter. */
  name: string;
  nameEn: string | null;
  registeredOn: CalendarDate;
  /** Set when the unit ceased during or after the quarter (as recorded so far). */
  end: RegisteredUnit['end'];
}

/** The register as it stood in a quarter: the units that existed in it, by block then code. */
export function unitsInPeriod(units: Iterable<UnitState>, period: Quarter | string, block?: UnitBlock): UnitInPeriod[] {
  const quarter = parseQuarter(period);
  const found: UnitInPeriod[] = [];
  for (const unit of units) {
    // Stryker disable next-line ConditionalExpression,LogicalOperator: unitNameIn is null for exactly these units (skipped below)
    if (unit.status !== 'registered' || !unitExistedIn(unit, quarter)) continue;
    if (block !== undefined && unit.block !== block) continue;
    const name = unitNameIn(unit, quarter);
    // Stryker disable next-line ConditionalExpression: unreachable, a unit that existed in the quarter has a name in it (above)
    if (name === null) continue;
    found.push({
      code: unit.code,
      block: unit.block,
      name: name.name,
      nameEn: name.nameEn,
      registeredOn: unit.registeredOn,
      end: unit.end,
    });
  }
  return found.sort((a, b) => (a.block === b.block ? compareCodes(a.code, b.code) : a.block === 'department' ? -1 : 1));
}

function compareCodes(a: string, b: string): number {
  // A register's codes are unique, so no two are equal here; for distinct codes the sort reads only whether the result
  // is below 0 (0 and 1 after a < b failed sort alike, over every order of five units).
  // Stryker disable next-line EqualityOperator,ConditionalExpression: equivalent, see above
  return a < b ? -1 : a > b ? 1 : 0;
}

function dayBefore(date: CalendarDate): CalendarDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
