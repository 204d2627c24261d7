import {
  compareCalendarDates,
  isCalendarDate,
  requireCalendarDate,
  VIETNAM_UTC_OFFSET_MINUTES,
  vietnamDateOf,
} from './calendar-date';
import { actorFromEnvelope, isInstant, occurredAtOf, type CommandEnvelope } from './command-envelope';
import { describeValue, isPlainObject, optionalText, requireBoolean, requireId, requireText } from './command-fields';
import { assertNever, foldEvents } from './decider';
import { commandIdFor, DTI_HUE_ID_NAMESPACE, eventIdFor, uuidV5 } from './deterministic-id';

function invalid(run: () => unknown): { field: unknown; problem: string } {
  try {
    run();
  } catch (error) {
    const { code, details } = error as { code: string; details: Record<string, unknown> };
    expect(code).toBe('INVALID_COMMAND');
    return { field: details.field, problem: String(details.problem) };
  }
  throw new Error('expected a refusal');
}

describe('command fields', () => {
  it('text is trimmed, non-empty and bounded (500 by default)', () => {
    expect(requireText('f', '  ab ')).toBe('ab');
    expect(requireText('f', 'x'.repeat(500))).toHaveLength(500);
    expect(invalid(() => requireText('f', 'x'.repeat(501)))).toEqual({
      field: 'f',
      problem: 'must be at most 500 characters (got 501)',
    });
    expect(requireText('f', ` ${'x'.repeat(3)} `, 3)).toBe('xxx');
    expect(invalid(() => requireText('f', 'xxxx', 3)).problem).toBe('must be at most 3 characters (got 4)');
    expect(invalid(() => requireText('f', ' \n '))).toEqual({ field: 'f', problem: 'must not be empty' });
    expect(invalid(() => requireText('f', 5))).toEqual({ field: 'f', problem: 'expected text, got number 5' });
  });

  it('optional text is null when absent, checked when present', () => {
    expect(optionalText('f', undefined)).toBeNull();
    expect(optionalText('f', null)).toBeNull();
    expect(optionalText('f', ' a ')).toBe('a');
    expect(invalid(() => optionalText('f', '')).field).toBe('f');
    expect(invalid(() => optionalText('f', 'abc', 2)).problem).toContain('at most 2');
  });

  it('booleans are only true or false', () => {
    expect(requireBoolean('b', true)).toBe(true);
    expect(requireBoolean('b', false)).toBe(false);
    expect(invalid(() => requireBoolean('b', 'true'))).toEqual({
      field: 'b',
      problem: 'expected true or false, got "true"',
    });
    expect(invalid(() => requireBoolean('b', 0)).problem).toContain('number 0');
  });

  it('ids: 1 to 128 printable characters starting with a letter or digit', () => {
    for (const id of ['a', '9', 'a._:-b', `a${'b'.repeat(127)}`]) expect(requireId('id', id)).toBe(id);
    for (const id of ['', '-a', '.a', 'a b', `a${'b'.repeat(128)}`, 'á', 12, null]) {
      const r = invalid(() => requireId('id', id));
      expect(r.field).toBe('id');
      expect(r.problem).toContain('1–128 letters');
    }
  });

  it('plain objects only: no arrays, null, class instances', () => {
    expect(isPlainObject({})).toBe(true);
    expect(isPlainObject(Object.create(null))).toBe(true);
    for (const value of [null, [], new Date(), 'x', 1, undefined, new Map()]) expect(isPlainObject(value)).toBe(false);
  });

  it('describes values briefly for messages', () => {
    expect(describeValue(undefined)).toBe('nothing');
    expect(describeValue(null)).toBe('null');
    expect(describeValue([1])).toBe('a list');
    expect(describeValue({})).toBe('an object');
    expect(describeValue('abc')).toBe('"abc"');
    expect(describeValue('x'.repeat(60))).toBe(JSON.stringify('x'.repeat(60)));
    expect(describeValue('x'.repeat(61))).toBe(JSON.stringify(`${'x'.repeat(57)}...`));
    expect(describeValue(true)).toBe('boolean true');
    expect(describeValue(1.5)).toBe('number 1.5');
  });
});

describe('calendar dates', () => {
  it('are real days written YYYY-MM-DD', () => {
    for (const date of ['2024-02-29', '2021-12-31', '2021-01-01']) expect(isCalendarDate(date)).toBe(true);
    for (const date of ['2023-02-29', '2021-13-01', '2021-00-10', '2021-04-31', '2021-4-1', ' 2021-04-01', 20210401]) {
      expect(isCalendarDate(date)).toBe(false);
    }
    // Not text, even when it reads as a date once turned into text.
    expect(isCalendarDate(['2021-04-01'])).toBe(false);
    // Hostile values that cannot be turned into text are refused, not thrown on.
    expect(isCalendarDate(Symbol('2021-04-01'))).toBe(false);
    expect(() => requireCalendarDate('d', Symbol('x'))).toThrow(expect.objectContaining({ code: 'INVALID_COMMAND' }));
    // Years 0000–0099 would be read by Date.UTC as 1900–1999.
    expect(isCalendarDate('0050-01-01')).toBe(false);
    expect(isCalendarDate('2021-02-28')).toBe(true);
    expect(isCalendarDate('2021-02-29')).toBe(false);
    expect(requireCalendarDate('d', '2021-04-01')).toBe('2021-04-01');
    expect(invalid(() => requireCalendarDate('d', '2021-04-31'))).toEqual({
      field: 'd',
      problem: 'expected a calendar date YYYY-MM-DD, got "2021-04-31"',
    });
  });

  it('the day in Vietnam (UTC+7) of an instant, and their order', () => {
    expect(VIETNAM_UTC_OFFSET_MINUTES).toBe(420);
    expect(vietnamDateOf(new Date('2021-03-31T16:59:59.999Z'))).toBe('2021-03-31');
    expect(vietnamDateOf(new Date('2021-03-31T17:00:00.000Z'))).toBe('2021-04-01');
    expect(compareCalendarDates('2021-01-01', '2021-01-02')).toBe(-1);
    expect(compareCalendarDates('2021-01-02', '2021-01-01')).toBe(1);
    expect(compareCalendarDates('2021-01-01', '2021-01-01')).toBe(0);
  });
});

describe('command envelope', () => {
  const envelope: CommandEnvelope = {
    commandId: 'cmd-1',
    correlationId: 'req-1',
    actor: ' lan ',
    role: 'submitter',
    actorUnit: 'STTTT',
    occurredAt: '2021-04-05T09:00:00+07:00',
  };

  it('gives the actor: trimmed name, role, unit (null when absent)', () => {
    expect(actorFromEnvelope(envelope)).toEqual({ username: 'lan', role: 'submitter', unit: 'STTTT' });
    expect(actorFromEnvelope({ ...envelope, actorUnit: undefined }).unit).toBeNull();
    expect(actorFromEnvelope({ ...envelope, actorUnit: null }).unit).toBeNull();
    expect(actorFromEnvelope({ ...envelope, causationId: 'cmd-0' }).username).toBe('lan');
    expect(occurredAtOf(envelope).toISOString()).toBe('2021-04-05T02:00:00.000Z');
  });

  it('names the field of the envelope at fault', () => {
    const fieldOf = (over: Record<string, unknown>) =>
      invalid(() => actorFromEnvelope({ ...envelope, ...over } as CommandEnvelope)).field;
    expect(invalid(() => actorFromEnvelope(null as unknown as CommandEnvelope))).toEqual({
      field: 'metadata',
      problem: 'expected the command envelope, got null',
    });
    expect(invalid(() => actorFromEnvelope('x' as unknown as CommandEnvelope)).field).toBe('metadata');
    expect(fieldOf({ commandId: 'a b' })).toBe('metadata.commandId');
    expect(fieldOf({ correlationId: '' })).toBe('metadata.correlationId');
    expect(fieldOf({ causationId: '' })).toBe('metadata.causationId');
    expect(fieldOf({ actor: 'x'.repeat(65) })).toBe('metadata.actor');
    expect(actorFromEnvelope({ ...envelope, actor: 'x'.repeat(64) }).username).toHaveLength(64);
    expect(fieldOf({ role: 'boss' })).toBe('metadata.role');
    expect(fieldOf({ occurredAt: '2021-04-05' })).toBe('metadata.occurredAt');
    expect(fieldOf({ actorUnit: 5 })).toBe('metadata.actorUnit');
  });

  it('names the value at fault in the problem', () => {
    const problemOf = (over: Record<string, unknown>) =>
      invalid(() => actorFromEnvelope({ ...envelope, ...over } as CommandEnvelope)).problem;
    expect(problemOf({ role: 'boss' })).toContain('"boss"');
    expect(problemOf({ occurredAt: '2021-04-05' })).toContain('"2021-04-05"');
    expect(problemOf({ actorUnit: 5 })).toContain('number 5');
  });

  it('instants carry a time and an offset', () => {
    for (const value of ['2021-04-05T09:00Z', '2021-04-05T09:00:00Z', '2021-04-05T09:00:00.123456789+07:00']) {
      expect(isInstant(value)).toBe(true);
    }
    for (const value of [
      '2021-04-05T09:00:00',
      '2021-04-05',
      '2021-13-05T09:00:00Z',
      'x2021-04-05T09:00Z',
      5,
      ['2021-04-05T09:00Z'],
    ]) {
      expect(isInstant(value)).toBe(false);
    }
  });
});

describe('deterministic ids (UUID v5)', () => {
  it('matches RFC 4122’s v5 for a known name', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
    expect(DTI_HUE_ID_NAMESPACE).toBe('3ee9eaeb-9885-4c14-8ff4-25f0687d6438');
    expect(uuidV5('x')).toBe(uuidV5('x', DTI_HUE_ID_NAMESPACE));
    expect(() => uuidV5('x', 'not-a-uuid')).toThrow('Namespace is not a UUID: not-a-uuid');
  });

  it('event and command ids: stable, distinct per part, natural indexes only', () => {
    const id = eventIdFor('s', 'c', 0);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(eventIdFor('s', 'c', 0)).toBe(id);
    expect(id).toBe(uuidV5('event\ns\nc\n0'));
    expect(new Set([id, eventIdFor('s', 'c', 1), eventIdFor('s2', 'c', 0), eventIdFor('s', 'c2', 0)]).size).toBe(4);
    expect(() => eventIdFor('s', 'c', -1)).toThrow('Event index must be a natural number: -1');
    expect(() => eventIdFor('s', 'c', 0.5)).toThrow(RangeError);
    expect(commandIdFor('seed')).toBe(uuidV5('command\nseed'));
  });
});

describe('decider helpers', () => {
  it('folds events in order from the decider’s initial state, or a given one', () => {
    const decider = { initialState: '', decide: () => [], evolve: (s: string, e: string) => s + e };
    expect(foldEvents(decider, ['a', 'b'])).toBe('ab');
    expect(foldEvents(decider, ['c'], 'x')).toBe('xc');
  });

  it('assertNever names what was not handled', () => {
    expect(() => assertNever('odd' as never, 'thing')).toThrow(new TypeError('Unhandled thing: "odd"'));
  });
});
