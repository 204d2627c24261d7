import {
  EventFilter,
  EventStoreInputError,
  ExpectedRevision,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeToAllOptions,
} from './event-store.port';

/**
 * Input checks shared by every adapter, so both reject the same malformed calls with the same codes
 * before touching storage ("bad input changes nothing").
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REQUIRED_METADATA = ['actor', 'role', 'occurredAt', 'commandId', 'correlationId'] as const;
/** The EventStoreDB adapter keeps the schema version in metadata under this key, so callers may not use it. */
export const RESERVED_METADATA_KEY = 'schemaVersion';
const MAX_STREAM_ID_LENGTH = 1000;

export function assertStreamId(streamId: unknown, input = 'streamId'): asserts streamId is string {
  if (typeof streamId !== 'string' || streamId.trim().length === 0) {
    throw new EventStoreInputError('INVALID_STREAM_ID', input, 'must be a non-empty string');
  }
  if (streamId.length > MAX_STREAM_ID_LENGTH) {
    throw new EventStoreInputError('INVALID_STREAM_ID', input, `must be at most ${MAX_STREAM_ID_LENGTH} characters`);
  }
  // "$" streams are EventStoreDB's system streams; refusing them everywhere keeps both adapters alike.
  if (streamId.startsWith('$')) {
    throw new EventStoreInputError(
      'INVALID_STREAM_ID',
      input,
      `"${streamId}" starts with "$", reserved for system streams`,
    );
  }
}

export function assertStreamPrefix(prefix: unknown): void {
  if (prefix !== undefined && typeof prefix !== 'string') {
    throw new EventStoreInputError('INVALID_FILTER', 'prefix', `must be a string when given (got ${describe(prefix)})`);
  }
}

export function assertExpectedRevision(expected: unknown): asserts expected is ExpectedRevision {
  if (expected === 'any' || expected === 'no_stream' || expected === 'stream_exists') return;
  if (typeof expected === 'bigint' && expected >= 0n) return;
  throw new EventStoreInputError(
    'INVALID_EXPECTED_REVISION',
    'expectedRevision',
    `must be a revision >= 0n, 'no_stream', 'stream_exists' or 'any' (got ${describe(expected)})`,
  );
}

/** An event as stored: ids lower-cased (both backends return them so) and payloads proven JSON-serialisable. */
export interface PreparedEvent {
  id: string;
  type: string;
  schemaVersion: number;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
}

export function prepareAppend(streamId: unknown, events: unknown, expected: unknown): PreparedEvent[] {
  assertStreamId(streamId);
  assertExpectedRevision(expected);
  if (!Array.isArray(events) || events.length === 0) {
    throw new EventStoreInputError('EMPTY_APPEND', 'events', 'must be a non-empty array of events');
  }
  const seen = new Set<string>();
  return events.map((event: unknown, index) => {
    const prepared = prepareEvent(event, `events[${index}]`);
    if (seen.has(prepared.id)) {
      throw new EventStoreInputError(
        'DUPLICATE_EVENT_ID',
        `events[${index}].id`,
        `${prepared.id} appears twice in the batch`,
      );
    }
    seen.add(prepared.id);
    return prepared;
  });
}

function prepareEvent(event: unknown, at: string): PreparedEvent {
  if (!isPlainObject(event)) throw invalidEvent(at, 'must be an object');
  const candidate = event as Partial<NewEvent>;
  if (typeof candidate.id !== 'string' || !UUID.test(candidate.id)) {
    throw invalidEvent(`${at}.id`, `must be a UUID (got ${describe(candidate.id)})`);
  }
  if (typeof candidate.type !== 'string' || candidate.type.trim().length === 0 || candidate.type.startsWith('$')) {
    throw invalidEvent(
      `${at}.type`,
      `must be a non-empty string not starting with "$" (got ${describe(candidate.type)})`,
    );
  }
  const version = candidate.schemaVersion;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    throw invalidEvent(`${at}.schemaVersion`, `must be an integer >= 1 (got ${describe(version)})`);
  }
  if (!isPlainObject(candidate.data)) throw invalidEvent(`${at}.data`, 'must be a JSON object');
  assertJson(candidate.data, `${at}.data`);
  const metadata: unknown = candidate.metadata;
  if (!isPlainObject(metadata)) throw invalidEvent(`${at}.metadata`, 'must be an object');
  for (const key of REQUIRED_METADATA) {
    const value = metadata[key];
    if (typeof value !== 'string' || value.length === 0) {
      throw invalidEvent(
        `${at}.metadata.${key}`,
        `is required and must be a non-empty string (got ${describe(value)})`,
      );
    }
  }
  if (metadata.causationId !== undefined && typeof metadata.causationId !== 'string') {
    throw invalidEvent(
      `${at}.metadata.causationId`,
      `must be a string when present (got ${describe(metadata.causationId)})`,
    );
  }
  if (RESERVED_METADATA_KEY in metadata) {
    throw invalidEvent(
      `${at}.metadata.${RESERVED_METADATA_KEY}`,
      'is reserved: the schema version belongs on the event',
    );
  }
  assertJson(metadata, `${at}.metadata`);
  return {
    id: candidate.id.toLowerCase(),
    type: candidate.type,
    schemaVersion: version,
    data: candidate.data as Record<string, unknown>,
    metadata,
  };
}

export function assertReadStreamOptions(options: ReadStreamOptions): void {
  const { from, direction, maxCount } = options;
  if (from !== undefined && from !== 'start' && from !== 'end' && !(typeof from === 'bigint' && from >= 0n)) {
    throw new EventStoreInputError(
      'INVALID_READ_OPTIONS',
      'from',
      `must be a revision >= 0n, 'start' or 'end' (got ${describe(from)})`,
    );
  }
  if (direction !== undefined && direction !== 'forwards' && direction !== 'backwards') {
    throw new EventStoreInputError(
      'INVALID_READ_OPTIONS',
      'direction',
      `must be 'forwards' or 'backwards' (got ${describe(direction)})`,
    );
  }
  assertMaxCount(maxCount);
}

export function assertReadAllOptions(options: ReadAllOptions): void {
  assertFromPosition(options.fromPosition);
  assertMaxCount(options.maxCount);
  assertFilter(options.filter);
}

export function assertSubscribeOptions(options: SubscribeToAllOptions): void {
  assertFromPosition(options.fromPosition);
  assertFilter(options.filter);
}

function assertFromPosition(fromPosition: unknown): void {
  if (fromPosition !== undefined && !(typeof fromPosition === 'bigint' && fromPosition >= 0n)) {
    throw new EventStoreInputError(
      'INVALID_READ_OPTIONS',
      'fromPosition',
      `must be a position >= 0n (got ${describe(fromPosition)})`,
    );
  }
}

function assertMaxCount(maxCount: unknown): void {
  if (maxCount !== undefined && !(typeof maxCount === 'number' && Number.isSafeInteger(maxCount) && maxCount >= 0)) {
    throw new EventStoreInputError(
      'INVALID_READ_OPTIONS',
      'maxCount',
      `must be an integer >= 0 (got ${describe(maxCount)})`,
    );
  }
}

export function assertFilter(filter: EventFilter | undefined): void {
  if (filter === undefined) return;
  for (const key of ['streamPrefixes', 'eventTypes'] as const) {
    const values: unknown = filter[key];
    if (values === undefined) continue;
    // An empty list is refused rather than guessed at: "match nothing" and "no filter" are both plausible readings.
    if (!Array.isArray(values) || values.length === 0) {
      throw new EventStoreInputError(
        'INVALID_FILTER',
        `filter.${key}`,
        'must be a non-empty array of non-empty strings when given',
      );
    }
    values.forEach((value: unknown, index) => {
      if (typeof value !== 'string' || value.length === 0) {
        throw new EventStoreInputError(
          'INVALID_FILTER',
          `filter.${key}[${index}]`,
          `must be a non-empty string (got ${describe(value)})`,
        );
      }
    });
  }
}

function assertJson(value: unknown, at: string): void {
  try {
    JSON.stringify(value);
  } catch (error) {
    throw invalidEvent(at, `must be JSON-serialisable (${error instanceof Error ? error.message : String(error)})`);
  }
}

function invalidEvent(at: string, message: string): EventStoreInputError {
  return new EventStoreInputError('INVALID_EVENT', at, message);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined) return 'undefined';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
