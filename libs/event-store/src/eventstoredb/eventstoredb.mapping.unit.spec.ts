import {
  ANY,
  END,
  EVENT_TYPE,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  STREAM_NAME,
  StreamNotFoundError,
  WrongExpectedVersionError as KurrentWrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';
import { WrongExpectedVersionError } from '../event-store.port';
import {
  fromKurrentRecord,
  isAfter,
  isKurrentStreamNotFound,
  isKurrentWrongExpectedVersion,
  KurrentRecord,
  toEventData,
  toReadPosition,
  toReadRevision,
  toServerFilter,
  toStreamState,
  toWrongExpectedVersionError,
  UNDECODABLE_EVENT_TYPE,
} from './eventstoredb.mapping';

const metadata = {
  actor: 'u-1',
  role: 'reviewer',
  occurredAt: '2025-04-01T00:00:00.000Z',
  commandId: 'cmd-1',
  correlationId: 'cor-1',
};

function record(overrides: Partial<KurrentRecord> = {}): KurrentRecord {
  return {
    streamId: 'assessment-1',
    id: 'A1B2C3D4-0000-4000-8000-000000000001',
    revision: 3n,
    type: 'CriterionSubmitted',
    created: new Date('2025-04-01T00:00:01.000Z'),
    data: { value: '12/20' },
    metadata: { ...metadata, schemaVersion: 2 },
    isJson: true,
    position: { commit: 4096n, prepare: 4096n },
    ...overrides,
  };
}

describe('expected revision mapping', () => {
  it.each([
    ['any', ANY],
    ['no_stream', NO_STREAM],
    ['stream_exists', STREAM_EXISTS],
    [7n, 7n],
  ] as const)('%s -> %s', (expected, state) => {
    expect(toStreamState(expected)).toBe(state);
  });
});

describe('error mapping', () => {
  it("maps the client's wrong expected version to ours, with the actual revision", () => {
    const error = new KurrentWrongExpectedVersionError(undefined, { streamName: 's', expected: 2n, current: 5n });
    expect(isKurrentWrongExpectedVersion(error)).toBe(true);
    const mapped = toWrongExpectedVersionError('s', 2n, error);
    expect(mapped).toBeInstanceOf(WrongExpectedVersionError);
    expect(mapped).toMatchObject({ streamId: 's', expected: 2n, actual: 5n });
  });

  it('maps a missing stream (no_stream or a legacy -1) to actual no_stream', () => {
    const missing = new KurrentWrongExpectedVersionError(undefined, {
      streamName: 's',
      expected: STREAM_EXISTS,
      current: NO_STREAM,
    });
    expect(toWrongExpectedVersionError('s', 'stream_exists', missing).actual).toBe('no_stream');
    const legacy = new KurrentWrongExpectedVersionError(undefined, { streamName: 's', expected: 0n, current: -1n });
    expect(toWrongExpectedVersionError('s', 0n, legacy).actual).toBe('no_stream');
  });

  it('recognises other errors as not ours', () => {
    expect(isKurrentWrongExpectedVersion(new Error('x'))).toBe(false);
    expect(isKurrentWrongExpectedVersion(undefined)).toBe(false);
    expect(isKurrentStreamNotFound(new StreamNotFoundError(undefined, 's'))).toBe(true);
    expect(isKurrentStreamNotFound(new Error('x'))).toBe(false);
  });
});

describe('position mapping', () => {
  it('reads from the start without a checkpoint, else from the checkpoint, dropping the event at it', () => {
    expect(toReadPosition(undefined)).toBe(START);
    expect(toReadPosition(4096n)).toEqual({ commit: 4096n, prepare: 4096n });
    expect(isAfter(4096n, 4096n)).toBe(false);
    expect(isAfter(4097n, 4096n)).toBe(true);
    expect(isAfter(0n, undefined)).toBe(true);
  });

  it('maps stream read origins', () => {
    expect(toReadRevision({})).toBe(START);
    expect(toReadRevision({ direction: 'backwards' })).toBe(END);
    expect(toReadRevision({ from: 5n, direction: 'backwards' })).toBe(5n);
    expect(toReadRevision({ from: 'end' })).toBe(END);
  });
});

describe('server filter', () => {
  it('sends stream prefixes to the server', () => {
    expect(toServerFilter({ streamPrefixes: ['assessment-'], eventTypes: ['X'] })).toMatchObject({
      filterOn: STREAM_NAME,
      prefixes: ['assessment-'],
    });
  });

  it('matches event types exactly with an anchored, escaped regex', () => {
    const filter = toServerFilter({ eventTypes: ['Scored.v2', 'Approved'] });
    expect(filter).toMatchObject({ filterOn: EVENT_TYPE });
    const regex = new RegExp((filter as { regex: string }).regex);
    expect(regex.test('Scored.v2')).toBe(true);
    expect(regex.test('ScoredXv2')).toBe(false);
    expect(regex.test('Approved')).toBe(true);
    expect(regex.test('ApprovedLater')).toBe(false);
  });

  it('excludes system events when there is no filter', () => {
    const filter = toServerFilter(undefined) as { filterOn: string; regex: string };
    expect(filter.filterOn).toBe(EVENT_TYPE);
    expect(new RegExp(filter.regex).test('$statsCollected')).toBe(false);
    expect(new RegExp(filter.regex).test('CriterionSubmitted')).toBe(true);
  });
});

describe('event mapping', () => {
  it('writes the schema version into metadata as JSON', () => {
    const data = toEventData({ id: 'a', type: 'T', schemaVersion: 3, data: { x: 1 }, metadata });
    expect(data).toMatchObject({ id: 'a', type: 'T', contentType: 'application/json', data: { x: 1 } });
    expect(data.metadata).toEqual({ ...metadata, schemaVersion: 3 });
  });

  it('reads a recorded event back into the port shape', () => {
    expect(fromKurrentRecord({ event: record() })).toEqual({
      id: 'a1b2c3d4-0000-4000-8000-000000000001',
      type: 'CriterionSubmitted',
      schemaVersion: 2,
      data: { value: '12/20' },
      metadata,
      streamId: 'assessment-1',
      revision: 3n,
      position: 4096n,
      recordedAt: new Date('2025-04-01T00:00:01.000Z'),
    });
  });

  it('parses binary JSON payloads and defaults a missing schema version to 1', () => {
    const bytes = (value: unknown) => new Uint8Array(Buffer.from(JSON.stringify(value)));
    const event = fromKurrentRecord({
      event: record({ data: bytes({ a: 1 }), metadata: bytes(metadata), isJson: false }),
    });
    expect(event).toMatchObject({ data: { a: 1 }, schemaVersion: 1, metadata });
  });

  it('takes the commit position from the resolved event when the record has none', () => {
    expect(fromKurrentRecord({ event: record({ position: undefined }), commitPosition: 77n })?.position).toBe(77n);
    expect(() => fromKurrentRecord({ event: record({ position: undefined }) })).toThrow(/without a commit position/);
  });

  it('hides system events and dangling links', () => {
    expect(fromKurrentRecord({ event: record({ type: '$metadata' }) })).toBeUndefined();
    expect(fromKurrentRecord({ event: record({ streamId: '$stats-127.0.0.1:2113' }) })).toBeUndefined();
    expect(fromKurrentRecord({})).toBeUndefined();
  });

  it('turns a payload that is not a JSON object into an undecodable event, keeping its place in the log', () => {
    const undecodable = (overrides: Partial<KurrentRecord>) => fromKurrentRecord({ event: record(overrides) });
    expect(undecodable({ data: [1, 2] })).toMatchObject({
      type: UNDECODABLE_EVENT_TYPE,
      schemaVersion: 1,
      data: {
        originalType: 'CriterionSubmitted',
        reason: 'the data is not a JSON object',
        contentType: 'application/json',
      },
      metadata,
      streamId: 'assessment-1',
      revision: 3n,
      position: 4096n,
    });
    expect(undecodable({ data: new Uint8Array([0xff]), isJson: false })?.data).toMatchObject({
      reason: 'the data is not JSON',
      contentType: 'application/octet-stream',
    });
    expect(undecodable({ metadata: 'not json' })?.data).toMatchObject({ reason: expect.stringMatching(/metadata/) });
    expect(undecodable({ data: null })?.type).toBe(UNDECODABLE_EVENT_TYPE);
  });
});
