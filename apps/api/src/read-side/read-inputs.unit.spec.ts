import { RequestValidationError } from '@dti/platform';
import {
  catalogueInForce,
  parseInstant,
  parsePosition,
  readAsOf,
  readCriterion,
  readPeriod,
  readActor,
  readInstant,
  readPeriodRange,
  readTimelineBound,
  readTimelineCursor,
  timelineCursor,
  readUnit,
} from './read-inputs';

function fieldErrorOf(read: () => unknown): { field: string; code: string } {
  try {
    read();
  } catch (error) {
    if (error instanceof RequestValidationError) return { field: error.errors[0].field, code: error.errors[0].code };
    throw error;
  }
  throw new Error('expected a RequestValidationError');
}

describe('read inputs', () => {
  it('reads periods and unit codes with the domain’s parsers, answering 400 naming the field', () => {
    expect(readPeriod('2021-Q1')).toBe('2021-Q1');
    expect(fieldErrorOf(() => readPeriod('2021-Q5'))).toEqual({ field: 'period', code: 'INVALID_PERIOD' });
    expect(fieldErrorOf(() => readPeriod('2021-Q0', 'from'))).toEqual({ field: 'from', code: 'INVALID_PERIOD' });
    expect(readUnit('STTTT')).toBe('STTTT');
    expect(fieldErrorOf(() => readUnit('stttt'))).toEqual({ field: 'unit', code: 'INVALID_UNIT_CODE' });
  });

  it('finds the catalogue in force for a quarter; before the first one is 400 on the period', () => {
    expect(catalogueInForce('2021-Q1').id).toBe('tth-2020');
    expect(fieldErrorOf(() => catalogueInForce('2020-Q4'))).toEqual({
      field: 'period',
      code: 'CATALOGUE_NOT_CONFIGURED',
    });
  });

  it('spans quarter ranges and refuses one that ends first', () => {
    expect(readPeriodRange('2021-Q3', '2022-Q2')).toEqual(['2021-Q3', '2021-Q4', '2022-Q1', '2022-Q2']);
    expect(fieldErrorOf(() => readPeriodRange('2021-Q2', '2021-Q1'))).toEqual({ field: 'to', code: 'INVALID_PERIOD' });
  });

  it('reads positions as bigints within PostgreSQL’s bigint', () => {
    expect(parsePosition('0')).toBe(0n);
    expect(parsePosition('9223372036854775807')).toBe(9_223_372_036_854_775_807n);
    expect(parsePosition('9223372036854775808')).toBeUndefined();
    for (const text of ['-1', '1.5', '1e3', ' 1', '']) expect(parsePosition(text)).toBeUndefined();
  });

  it('reads ISO-8601 instants with an offset only, and only days that exist', () => {
    expect(parseInstant('2021-04-10T09:00:00+07:00')?.toISOString()).toBe('2021-04-10T02:00:00.000Z');
    expect(parseInstant('2021-04-10T02:00Z')?.toISOString()).toBe('2021-04-10T02:00:00.000Z');
    expect(parseInstant('2021-04-10T02:00:00.123456Z')?.toISOString()).toBe('2021-04-10T02:00:00.123Z');
    expect(parseInstant('2024-02-29T00:00:00Z')).toBeDefined();
    for (const text of [
      '2021-02-29T00:00:00Z',
      '2021-02-30T00:00:00Z',
      '2021-13-01T00:00:00Z',
      '2021-04-10T24:00:00Z',
      '2021-04-10T09:00:00',
      '2021-04-10',
      '10/04/2021',
    ]) {
      expect(parseInstant(text)).toBeUndefined();
    }
  });

  it('a timeline cursor is opaque, round-trips a position, and anything else is 400 INVALID_CURSOR', () => {
    const cursor = timelineCursor('1042');
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain('1042');
    expect(readTimelineCursor(cursor)).toBe('1042');
    for (const bad of ['1042', 'cDEwNDI=', '!!', timelineCursor('-1'), timelineCursor('99999999999999999999'), '']) {
      expect(fieldErrorOf(() => readTimelineCursor(bad))).toEqual({ field: 'cursor', code: 'INVALID_CURSOR' });
    }
  });

  it('an actor is a username or a system actor, compared lower-case; an instant needs its offset', () => {
    expect(readActor(' Reviewer2 ')).toBe('reviewer2');
    expect(readActor('system:seed')).toBe('system:seed');
    expect(fieldErrorOf(() => readActor('a b'))).toEqual({ field: 'actor', code: 'INVALID_ACTOR' });
    expect(fieldErrorOf(() => readActor('9lives'))).toEqual({ field: 'actor', code: 'INVALID_ACTOR' });
    expect(readInstant('2021-04-10T09:00:00+07:00', 'occurredFrom')).toEqual(new Date('2021-04-10T02:00:00Z'));
    expect(fieldErrorOf(() => readInstant('2021-04-10', 'occurredTo'))).toEqual({
      field: 'occurredTo',
      code: 'INVALID_INSTANT',
    });
  });

  it('asOf is a position or an instant; anything else is 400 INVALID_AS_OF', () => {
    expect(readAsOf('1042')).toEqual({ position: 1042n });
    expect(readAsOf('2021-04-10T02:00:00Z')).toEqual({ instant: new Date('2021-04-10T02:00:00Z') });
    expect(fieldErrorOf(() => readAsOf('yesterday'))).toEqual({ field: 'asOf', code: 'INVALID_AS_OF' });
  });

  it('a timeline bound is a quarter (its published report) or an instant', () => {
    expect(readTimelineBound('2021-Q2', 'from')).toEqual({ period: '2021-Q2' });
    expect(fieldErrorOf(() => readTimelineBound('2021-q2', 'from'))).toEqual({ field: 'from', code: 'INVALID_PERIOD' });
    expect(readTimelineBound('2021-04-10T02:00:00Z', 'to')).toEqual({ instant: new Date('2021-04-10T02:00:00Z') });
    expect(fieldErrorOf(() => readTimelineBound('2021-Q9', 'to'))).toEqual({ field: 'to', code: 'INVALID_PERIOD' });
    expect(fieldErrorOf(() => readTimelineBound('1042', 'from'))).toEqual({
      field: 'from',
      code: 'INVALID_TIMELINE_BOUND',
    });
  });

  it('a criterion must be a criterion of some catalogue, not a group', () => {
    expect(readCriterion('5.1.1')).toBe('5.1.1');
    expect(fieldErrorOf(() => readCriterion('5.1'))).toEqual({ field: 'criterion', code: 'UNKNOWN_CRITERION' });
  });
});
