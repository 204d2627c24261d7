import { InvalidCommandError } from '../domain-errors';

/**
 * Calendar dates ("2025-07-01") as the province's legal documents give them: effective dates of unit
 * changes, dates of evidence documents. They are days in Asia/Ho_Chi_Minh, not instants, so they are
 * kept as ISO strings, which also compare correctly as strings.
 */
export type CalendarDate = string;

/** Vietnam has used UTC+7 without daylight saving since 1975: a fixed offset is exact. */
export const VIETNAM_UTC_OFFSET_MINUTES = 7 * 60;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  const match = DATE_PATTERN.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // Date.UTC rolls an impossible day or month over (and reads years 0–99 as 1900–1999): a real date reads back unchanged.
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10) === value;
}

export function requireCalendarDate(field: string, value: unknown): CalendarDate {
  if (!isCalendarDate(value)) {
    throw InvalidCommandError.because(field, `expected a calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** The calendar day in Vietnam on which an instant falls. */
export function vietnamDateOf(instant: Date): CalendarDate {
  const shifted = new Date(instant.getTime() + VIETNAM_UTC_OFFSET_MINUTES * 60_000);
  return shifted.toISOString().slice(0, 10);
}

export function compareCalendarDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
