import { InvalidPeriodError } from '../domain-errors';
import {
  MAX_QUARTER_RANGE,
  compareQuarters,
  formatQuarter,
  isQuarterString,
  nextQuarter,
  parseQuarter,
  previousQuarter,
  quarterContains,
  quarterFirstDay,
  quarterLastDay,
  quarterOf,
  quarterRange,
  quarterStart,
  sameQuarter,
  type Quarter,
} from './quarter';

/** The refusal's input and problem (never the whole message). */
function refusal(run: () => unknown): { input: unknown; problem: string } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidPeriodError);
    const { details } = error as InvalidPeriodError;
    return { input: details.input, problem: String(details.problem) };
  }
  throw new Error('expected a refusal');
}

const q = (year: number, quarter: Quarter['quarter']): Quarter => ({ year, quarter });

describe('quarters at their edges', () => {
  it('accepts the years 2000 to 2999, as text and as values', () => {
    expect(parseQuarter('2000-Q1')).toEqual(q(2000, 1));
    expect(parseQuarter('2999-Q4')).toEqual(q(2999, 4));
    expect(parseQuarter({ year: 2000, quarter: 2 })).toEqual(q(2000, 2));
    expect(parseQuarter({ year: 2999, quarter: 3 })).toEqual(q(2999, 3));
  });

  it.each([
    [{ year: 1999, quarter: 1 }],
    [{ year: 3000, quarter: 1 }],
    [{ year: 2021.5, quarter: 1 }],
    [{ year: '2021', quarter: 1 }],
    ['3000-Q1'],
  ])('refuses the year of %p, naming the bounds', (input) => {
    const r = refusal(() => parseQuarter(input));
    expect(r.problem).toContain('between 2000 and 2999');
    expect(r.input).toBe(typeof input === 'string' ? input : JSON.stringify(input));
  });

  it.each([[0], [5], ['1'], [1.5], [undefined]])('refuses the quarter %p of a value', (quarter) => {
    const r = refusal(() => parseQuarter({ year: 2021, quarter }));
    expect(r.problem).toContain('1, 2, 3 or 4');
  });

  it('says what text it expected', () => {
    expect(refusal(() => parseQuarter('2021-Q9'))).toEqual({
      input: '2021-Q9',
      problem: expect.stringContaining('"-Q"'),
    });
    expect(refusal(() => parseQuarter(42))).toEqual({ input: '42', problem: expect.stringContaining('2021-Q1') });
    expect(refusal(() => parseQuarter([2021, 1]))).toMatchObject({ input: '2021,1' });
  });

  it('isQuarterString: only valid text', () => {
    expect(isQuarterString('2999-Q4')).toBe(true);
    expect(isQuarterString('3000-Q1')).toBe(false);
    expect(isQuarterString({ year: 2021, quarter: 1 })).toBe(false);
    expect(isQuarterString(undefined)).toBe(false);
  });

  it('compares by year, then quarter', () => {
    expect(compareQuarters(q(2021, 2), q(2021, 1))).toBe(1);
    expect(compareQuarters(q(2021, 1), q(2021, 3))).toBe(-2);
    expect(compareQuarters(q(2022, 1), q(2021, 1))).toBe(4);
    expect(sameQuarter(q(2021, 2), q(2021, 2))).toBe(true);
    expect(sameQuarter(q(2021, 2), q(2021, 3))).toBe(false);
    expect(sameQuarter(q(2021, 2), q(2022, 2))).toBe(false);
  });

  it('steps within a year and stops at the bounds', () => {
    expect(nextQuarter(q(2021, 1))).toEqual(q(2021, 2));
    expect(nextQuarter(q(2021, 3))).toEqual(q(2021, 4));
    expect(previousQuarter(q(2021, 3))).toEqual(q(2021, 2));
    expect(previousQuarter(q(2021, 1))).toEqual(q(2020, 4));
    expect(refusal(() => nextQuarter(q(2999, 4))).problem).toContain('between 2000 and 2999');
    expect(refusal(() => previousQuarter(q(2000, 1))).problem).toContain('between 2000 and 2999');
  });

  it(`ranges span at most ${MAX_QUARTER_RANGE} quarters, and never backwards`, () => {
    expect(MAX_QUARTER_RANGE).toBe(400);
    const longest = quarterRange(q(2000, 1), q(2099, 4));
    expect(longest).toHaveLength(400);
    expect(longest[0]).toEqual(q(2000, 1));
    expect(longest[399]).toEqual(q(2099, 4));
    expect(refusal(() => quarterRange(q(2000, 1), q(2100, 1)))).toEqual({
      input: '2000-Q1..2100-Q1',
      problem: expect.stringContaining('at most 400 quarters'),
    });
    expect(refusal(() => quarterRange(q(2021, 2), q(2021, 1)))).toEqual({
      input: '2021-Q2..2021-Q1',
      problem: expect.stringContaining('ends before it starts'),
    });
  });

  it('contains its start, not its end, nothing before', () => {
    const q2 = q(2021, 2);
    const start = quarterStart(q2).getTime();
    expect(new Date(start).toISOString()).toBe('2021-03-31T17:00:00.000Z');
    expect(quarterContains(q2, new Date(start))).toBe(true);
    expect(quarterContains(q2, new Date(start - 1))).toBe(false);
    expect(quarterContains(q2, new Date('2021-06-30T16:59:59.999Z'))).toBe(true);
    expect(quarterContains(q2, new Date('2021-06-30T17:00:00.000Z'))).toBe(false);
  });

  it('places each month in its quarter, Vietnam time', () => {
    const months = Array.from({ length: 12 }, (_, m) => formatQuarter(quarterOf(new Date(Date.UTC(2022, m, 15, 12)))));
    expect(months).toEqual([
      ...Array(3).fill('2022-Q1'),
      ...Array(3).fill('2022-Q2'),
      ...Array(3).fill('2022-Q3'),
      ...Array(3).fill('2022-Q4'),
    ]);
    // 16:59 UTC on 30 September is 23:59 in Vietnam; 17:00 is already 1 October.
    expect(quarterOf(new Date('2022-09-30T16:59:00Z'))).toEqual(q(2022, 3));
    expect(quarterOf(new Date('2022-09-30T17:00:00Z'))).toEqual(q(2022, 4));
  });

  it('first and last days of every quarter, zero-padded', () => {
    expect([1, 2, 3, 4].map((n) => quarterFirstDay(q(2023, n as Quarter['quarter'])))).toEqual([
      '2023-01-01',
      '2023-04-01',
      '2023-07-01',
      '2023-10-01',
    ]);
    expect([1, 2, 3, 4].map((n) => quarterLastDay(q(2023, n as Quarter['quarter'])))).toEqual([
      '2023-03-31',
      '2023-06-30',
      '2023-09-30',
      '2023-12-31',
    ]);
  });
});
