import { InvalidCommandError, RetroactiveChangeRequiresReasonError } from '../domain-errors';
import { compareQuarters, isQuarterString, parseQuarter, quarterLastDay, type QuarterString } from '../periods/quarter';
import type { CalendarDate } from '../shared/calendar-date';
import { describeValue, optionalText } from '../shared/command-fields';
import type { UnitCode } from './unit-code';
import type { UnitCommand } from './unit.commands';

/** Longest reason for a retroactive change: a few sentences citing the decision, like a legal basis. */
export const RETROACTIVE_REASON_MAX_LENGTH = 1000;

/**
 * What an event records about a change that reaches into finalized quarters: why it was made anyway and the
 * quarters (already finalized when it was decided) whose published picture it changes, oldest first.
 */
export interface RetroactiveChange {
  reason: string;
  finalizedQuarters: QuarterString[];
}

/**
 * Whose finalized quarters a change is weighed against. A rename changes only the name the unit's own reports
 * show. A registration, merger or dissolution changes which units a quarter counts: the province roll-up and
 * the block's rankings of every such quarter, so any unit's finalized report of it is reached.
 */
export type FinalizedQuartersScope = { kind: 'units'; units: readonly UnitCode[] } | { kind: 'province' };

export function finalizedQuartersScopeOf(type: UnitCommand['type'], code: UnitCode): FinalizedQuartersScope {
  return type === 'RenameUnit' ? { kind: 'units', units: [code] } : { kind: 'province' };
}

/**
 * A change effective on a day takes hold in the quarter holding that day and every later one, so it reaches a
 * finalized quarter when it takes effect on or before that quarter's last day. Effective the first day after
 * the quarter, it does not.
 */
export function finalizedQuartersReached(
  effectiveOn: CalendarDate,
  finalizedQuarters: readonly QuarterString[],
): QuarterString[] {
  const reached = finalizedQuarters.filter((quarter) => effectiveOn <= quarterLastDay(parseQuarter(quarter)));
  return [...new Set(reached)].sort((a, b) => compareQuarters(parseQuarter(a), parseQuarter(b)));
}

/**
 * The decider's rule: a change reaching a finalized quarter is refused (naming `effectiveOn`) unless it states a
 * reason; with one it is recorded as retroactive. A reason given for a change that reaches nothing finalized is
 * still checked (it is input) but not recorded: the change is not retroactive.
 */
export function retroactiveChangeOf(
  unit: UnitCode,
  effectiveOn: CalendarDate,
  facts: unknown,
  reasonInput: unknown,
): RetroactiveChange | null {
  const reason = optionalText('retroactiveReason', reasonInput, RETROACTIVE_REASON_MAX_LENGTH);
  const reached = finalizedQuartersReached(effectiveOn, requireFinalizedQuarters(facts));
  if (reached.length === 0) return null;
  if (reason === null) throw RetroactiveChangeRequiresReasonError.because(unit, effectiveOn, reached);
  return { reason, finalizedQuarters: reached };
}

/** The handler's fact: quarters as "2025-Q2". Absent means none is finalized (seeding an empty store). */
function requireFinalizedQuarters(value: unknown): QuarterString[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every(isQuarterString)) {
    throw InvalidCommandError.because('finalizedQuarters', `expected a list of quarters, got ${describeValue(value)}`);
  }
  return value;
}
