import { InvalidPeriodError } from '../domain-errors';
import {
  compareQuarters,
  formatQuarter,
  isQuarterString,
  nextQuarter,
  normalizeQuarter,
  parseQuarter,
  previousQuarter,
  quarterContains,
  quarterEnd,
  quarterFirstDay,
  quarterLastDay,
  quarterOf,
  quarterRange,
  quarterStart,
} from './quarter';

describe('quarters (YYYY-Qn, Asia/Ho_Chi_Minh)', () => {
  it('parses and formats', () => {
    expect(parseQuarter('2021-Q1')).toEqual({ year: 2021, quarter: 1 });
    expect(parseQuarter({ year: 2025, quarter: 4 })).toEqual({ year: 2025, quarter: 4 });
    expect(formatQuarter({ year: 2025, quarter: 3 })).toBe('2025-Q3');
    expect(normalizeQuarter('2024-Q2')).toBe('2024-Q2');
    expect(isQuarterString('2021-Q4')).toBe(true);
    expect(isQuarterString('2021-q4')).toBe(false);
  });

  it.each([
    ['2021-Q5'],
    ['2021-Q0'],
    ['2021Q1'],
    [' 2021-Q1'],
    ['21-Q1'],
    ['1999-Q4'],
    [''],
    [2021],
    [null],
    [{ year: 2021, quarter: 5 }],
  ])('refuses %p with InvalidPeriodError', (input) => {
    expect(() => parseQuarter(input)).toThrow(InvalidPeriodError);
  });

  it('names the input in the error', () => {
    expect(() => parseQuarter('2021-Q5')).toThrow(/"2021-Q5"/);
    try {
      parseQuarter('2021-Q5');
    } catch (error) {
      expect(error).toMatchObject({ code: 'INVALID_PERIOD', httpStatus: 422, details: { input: '2021-Q5' } });
    }
  });

  it('compares, steps across years and builds ranges', () => {
    const q = parseQuarter;
    expect(compareQuarters(q('2021-Q4'), q('2022-Q1'))).toBeLessThan(0);
    expect(compareQuarters(q('2022-Q1'), q('2021-Q4'))).toBeGreaterThan(0);
    expect(compareQuarters(q('2022-Q1'), q('2022-Q1'))).toBe(0);
    expect(formatQuarter(nextQuarter(q('2021-Q4')))).toBe('2022-Q1');
    expect(formatQuarter(previousQuarter(q('2022-Q1')))).toBe('2021-Q4');
    expect(quarterRange(q('2021-Q3'), q('2022-Q2')).map(formatQuarter)).toEqual([
      '2021-Q3',
      '2021-Q4',
      '2022-Q1',
      '2022-Q2',
    ]);
    expect(quarterRange(q('2025-Q4'), q('2025-Q4')).map(formatQuarter)).toEqual(['2025-Q4']);
    expect(quarterRange(q('2021-Q1'), q('2025-Q4'))).toHaveLength(20);
    expect(() => quarterRange(q('2022-Q1'), q('2021-Q4'))).toThrow(InvalidPeriodError);
    expect(() => quarterRange(q('2000-Q1'), q('2999-Q4'))).toThrow(InvalidPeriodError);
  });

  it('starts and ends at midnight Vietnam time (UTC+7, no daylight saving)', () => {
    expect(quarterStart(parseQuarter('2021-Q1')).toISOString()).toBe('2020-12-31T17:00:00.000Z');
    expect(quarterEnd(parseQuarter('2021-Q1')).toISOString()).toBe('2021-03-31T17:00:00.000Z');
    expect(quarterStart(parseQuarter('2025-Q3')).toISOString()).toBe('2025-06-30T17:00:00.000Z');
    expect(quarterEnd(parseQuarter('2025-Q4')).toISOString()).toBe('2025-12-31T17:00:00.000Z');
  });

  it('places instants in the right quarter at the boundaries', () => {
    expect(formatQuarter(quarterOf(new Date('2021-03-31T16:59:59.999Z')))).toBe('2021-Q1');
    expect(formatQuarter(quarterOf(new Date('2021-03-31T17:00:00.000Z')))).toBe('2021-Q2');
    expect(formatQuarter(quarterOf(new Date('2021-12-31T17:30:00Z')))).toBe('2022-Q1');
    expect(quarterContains(parseQuarter('2021-Q1'), new Date('2021-01-01T00:00:00+07:00'))).toBe(true);
    expect(quarterContains(parseQuarter('2021-Q1'), new Date('2021-04-01T00:00:00+07:00'))).toBe(false);
  });

  it('gives the first and last calendar day, leap years included', () => {
    expect(quarterFirstDay(parseQuarter('2024-Q1'))).toBe('2024-01-01');
    expect(quarterLastDay(parseQuarter('2024-Q1'))).toBe('2024-03-31');
    expect(quarterLastDay(parseQuarter('2025-Q2'))).toBe('2025-06-30');
    expect(quarterFirstDay(parseQuarter('2025-Q3'))).toBe('2025-07-01');
    expect(quarterLastDay(parseQuarter('2025-Q4'))).toBe('2025-12-31');
  });
});
