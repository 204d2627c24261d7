import { InvalidPeriodError } from '../domain-errors';
import { VIETNAM_UTC_OFFSET_MINUTES, type CalendarDate } from '../shared/calendar-date';
import { isPlainObject } from '../shared/command-fields';

/**
 * The reporting period: a calendar quarter in Asia/Ho_Chi_Minh (UTC+7, no daylight saving), written
 * "YYYY-Qn" (e.g. "2021-Q1"). Quarters are values: parse once at the edge, then compare and step.
 */
export interface Quarter {
  readonly year: number;
  readonly quarter: 1 | 2 | 3 | 4;
}

/** "2021-Q1". */
export type QuarterString = `${number}-Q${1 | 2 | 3 | 4}`;

const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;
const MIN_YEAR = 2000;
const MAX_YEAR = 2999;
/** A range longer than this is a typo, not a report (100 years of quarters). */
export const MAX_QUARTER_RANGE = 400;

/** A period as text ("2021-Q1") or as a Quarter value; throws InvalidPeriodError naming the input. */
export function parseQuarter(input: unknown): Quarter {
  if (typeof input === 'string') {
    const match = QUARTER_PATTERN.exec(input);
    if (match === null) throw InvalidPeriodError.because(input, 'expected four digits, "-Q" and a quarter 1–4');
    return validQuarter(input, Number(match[1]), Number(match[2]));
  }
  if (isPlainObject(input)) return validQuarter(JSON.stringify(input), input.year, input.quarter);
  throw InvalidPeriodError.because(String(input), 'expected text like 2021-Q1');
}

function validQuarter(input: string, year: unknown, quarter: unknown): Quarter {
  // Stryker disable next-line ConditionalExpression: equivalent, Number.isInteger refuses a non-number too (the typeof test narrows the type)
  if (typeof year !== 'number' || !Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw InvalidPeriodError.because(input, `year must be between ${MIN_YEAR} and ${MAX_YEAR}`);
  }
  if (quarter !== 1 && quarter !== 2 && quarter !== 3 && quarter !== 4) {
    throw InvalidPeriodError.because(input, 'quarter must be 1, 2, 3 or 4');
  }
  return { year, quarter };
}

export function isQuarterString(input: unknown): input is QuarterString {
  if (typeof input !== 'string') return false;
  try {
    parseQuarter(input);
    return true;
  } catch {
    return false;
  }
}

export function formatQuarter(q: Quarter): QuarterString {
  return `${q.year}-Q${q.quarter}`;
}

/** The canonical spelling of a period given as text; throws InvalidPeriodError. */
export function normalizeQuarter(input: unknown): QuarterString {
  return formatQuarter(parseQuarter(input));
}

function ordinal(q: Quarter): number {
  return q.year * 4 + (q.quarter - 1);
}

function fromOrdinal(n: number): Quarter {
  const year = Math.floor(n / 4);
  return validQuarter(String(n), year, ((n % 4) + 1) as Quarter['quarter']);
}

/** Negative, zero or positive, like Array.prototype.sort expects. */
export function compareQuarters(a: Quarter, b: Quarter): number {
  return ordinal(a) - ordinal(b);
}

export function sameQuarter(a: Quarter, b: Quarter): boolean {
  return compareQuarters(a, b) === 0;
}

export function nextQuarter(q: Quarter): Quarter {
  return fromOrdinal(ordinal(q) + 1);
}

export function previousQuarter(q: Quarter): Quarter {
  return fromOrdinal(ordinal(q) - 1);
}

/** Every quarter from `from` to `to`, both included. */
export function quarterRange(from: Quarter, to: Quarter): Quarter[] {
  const count = ordinal(to) - ordinal(from) + 1;
  if (count < 1) {
    throw InvalidPeriodError.because(`${formatQuarter(from)}..${formatQuarter(to)}`, 'the range ends before it starts');
  }
  if (count > MAX_QUARTER_RANGE) {
    throw InvalidPeriodError.because(
      `${formatQuarter(from)}..${formatQuarter(to)}`,
      `a range may span at most ${MAX_QUARTER_RANGE} quarters`,
    );
  }
  return Array.from({ length: count }, (_, i) => fromOrdinal(ordinal(from) + i));
}

function firstMonth(q: Quarter): number {
  return (q.quarter - 1) * 3 + 1;
}

/** The instant the quarter begins: 00:00 on its first day, Vietnam time. */
export function quarterStart(q: Quarter): Date {
  return new Date(Date.UTC(q.year, firstMonth(q) - 1, 1) - VIETNAM_UTC_OFFSET_MINUTES * 60_000);
}

/** The instant the quarter ends, exclusive: the start of the next quarter. */
export function quarterEnd(q: Quarter): Date {
  return quarterStart(nextQuarter(q));
}

/** Does the instant fall within the quarter (start inclusive, end exclusive)? */
export function quarterContains(q: Quarter, instant: Date): boolean {
  const t = instant.getTime();
  return t >= quarterStart(q).getTime() && t < quarterEnd(q).getTime();
}

/** The quarter an instant falls in, Vietnam time. */
export function quarterOf(instant: Date): Quarter {
  const local = new Date(instant.getTime() + VIETNAM_UTC_OFFSET_MINUTES * 60_000);
  return validQuarter(
    instant.toISOString(),
    local.getUTCFullYear(),
    (Math.floor(local.getUTCMonth() / 3) + 1) as Quarter['quarter'],
  );
}

/** First calendar day of the quarter. */
export function quarterFirstDay(q: Quarter): CalendarDate {
  return `${q.year}-${String(firstMonth(q)).padStart(2, '0')}-01`;
}

/** Last calendar day of the quarter. */
export function quarterLastDay(q: Quarter): CalendarDate {
  const lastMonth = firstMonth(q) + 2;
  const day = new Date(Date.UTC(q.year, lastMonth, 0)).getUTCDate();
  // Stryker disable next-line StringLiteral: equivalent, a quarter's last day is the 28th to the 31st (two digits), so its padding changes nothing
  return `${q.year}-${String(lastMonth).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
