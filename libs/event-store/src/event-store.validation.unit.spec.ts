import { EventStoreInputError } from './event-store.port';
import { assertFilter, assertReadAllOptions, assertReadStreamOptions, prepareAppend } from './event-store.validation';

const metadata = {
  actor: 'u-1',
  role: 'submitter',
  occurredAt: '2025-04-01T00:00:00.000Z',
  commandId: 'cmd-1',
  correlationId: 'cor-1',
};
const event = (overrides: Record<string, unknown> = {}) => ({
  id: 'A1B2C3D4-0000-4000-8000-000000000001',
  type: 'CriterionSubmitted',
  schemaVersion: 1,
  data: { value: 'Sở Thông tin và Truyền thông' },
  metadata,
  ...overrides,
});

function inputError(attempt: () => unknown): EventStoreInputError {
  try {
    attempt();
  } catch (error) {
    if (error instanceof EventStoreInputError) return error;
    throw error;
  }
  throw new Error('expected an EventStoreInputError');
}

describe('prepareAppend', () => {
  it('lower-cases ids and keeps the payloads', () => {
    const [prepared] = prepareAppend('assessment-1', [event()], 'no_stream');
    expect(prepared).toEqual({ ...event(), id: 'a1b2c3d4-0000-4000-8000-000000000001' });
  });

  it.each([
    ['an empty stream id', '', [event()], 'any', 'INVALID_STREAM_ID', 'streamId'],
    ['a system stream id', '$all', [event()], 'any', 'INVALID_STREAM_ID', 'streamId'],
    ['no events', 's', [], 'any', 'EMPTY_APPEND', 'events'],
    ['a negative revision', 's', [event()], -1n, 'INVALID_EXPECTED_REVISION', 'expectedRevision'],
    ['a numeric revision', 's', [event()], 3, 'INVALID_EXPECTED_REVISION', 'expectedRevision'],
    ['a non-uuid id', 's', [event({ id: 'cmd-1' })], 'any', 'INVALID_EVENT', 'events[0].id'],
    ['a system type', 's', [event({ type: '$metadata' })], 'any', 'INVALID_EVENT', 'events[0].type'],
    ['schema version 0', 's', [event({ schemaVersion: 0 })], 'any', 'INVALID_EVENT', 'events[0].schemaVersion'],
    ['array data', 's', [event({ data: [] })], 'any', 'INVALID_EVENT', 'events[0].data'],
    ['bigint in data', 's', [event({ data: { n: 1n } })], 'any', 'INVALID_EVENT', 'events[0].data'],
    [
      'a missing actor',
      's',
      [event({ metadata: { ...metadata, actor: '' } })],
      'any',
      'INVALID_EVENT',
      'events[0].metadata.actor',
    ],
    [
      'a reserved metadata key',
      's',
      [event({ metadata: { ...metadata, schemaVersion: 2 } })],
      'any',
      'INVALID_EVENT',
      'events[0].metadata.schemaVersion',
    ],
    [
      'a duplicated id',
      's',
      [event(), event({ id: 'a1b2c3d4-0000-4000-8000-000000000001' })],
      'any',
      'DUPLICATE_EVENT_ID',
      'events[1].id',
    ],
  ])('refuses %s, naming the input', (_label, streamId, events, expected, code, input) => {
    const error = inputError(() => prepareAppend(streamId, events, expected));
    expect(error.code).toBe(code);
    expect(error.input).toBe(input);
    expect(error.message.startsWith(`${input}: `)).toBe(true);
  });
});

describe('read options', () => {
  it('accepts the documented shapes', () => {
    expect(() => assertReadStreamOptions({ from: 3n, direction: 'backwards', maxCount: 0 })).not.toThrow();
    expect(() => assertReadAllOptions({ fromPosition: 0n, maxCount: 10, filter: { eventTypes: ['T'] } })).not.toThrow();
  });

  it('refuses malformed ones', () => {
    expect(inputError(() => assertReadStreamOptions({ from: -1n })).input).toBe('from');
    expect(inputError(() => assertReadStreamOptions({ maxCount: 1.5 })).input).toBe('maxCount');
    expect(inputError(() => assertReadAllOptions({ fromPosition: -1n })).input).toBe('fromPosition');
    expect(inputError(() => assertFilter({ streamPrefixes: [] })).code).toBe('INVALID_FILTER');
    expect(inputError(() => assertFilter({ eventTypes: [''] })).input).toBe('filter.eventTypes[0]');
  });
});
