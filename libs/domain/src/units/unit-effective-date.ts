import { InvalidCommandError } from '../domain-errors';
import { requireCalendarDate, vietnamDateOf, type CalendarDate } from '../shared/calendar-date';

/**
 * The first day a unit change may take effect: plan 222/KH-UBND is of 2020 and the first scored quarter is
 * 2021-Q1, so an earlier day changes nothing the system knows, and "1900-01-01" is a typo, not history.
 */
export const EARLIEST_UNIT_EFFECTIVE_DATE: CalendarDate = '2020-01-01';

/**
 * An effective date of a unit change (registration, rename, merge, dissolution): a calendar day from
 * EARLIEST_UNIT_EFFECTIVE_DATE to the end of the year after the command (decisions are announced
 * ahead, not centuries ahead). Anything else is refused naming the field (422 INVALID_COMMAND).
 */
export function requireUnitEffectiveDate(field: string, value: unknown, occurredAt: string): CalendarDate {
  const date = requireCalendarDate(field, value);
  const latest = latestUnitEffectiveDate(occurredAt);
  if (date < EARLIEST_UNIT_EFFECTIVE_DATE || date > latest) {
    throw InvalidCommandError.because(
      field,
      `expected a day from ${EARLIEST_UNIT_EFFECTIVE_DATE} to ${latest} (the periods the system knows), got ${date}`,
    );
  }
  return date;
}

/** The last day a change decided at `occurredAt` may take effect: 31 December of the following year. */
export function latestUnitEffectiveDate(occurredAt: string): CalendarDate {
  const year = Number(vietnamDateOf(new Date(occurredAt)).slice(0, 4));
  return `${year + 1}-12-31`;
}
