import {
  ANY,
  AppendStreamState,
  END,
  ErrorType,
  EventData,
  eventTypeFilter,
  excludeSystemEvents,
  Filter,
  jsonEvent,
  NO_STREAM,
  ReadPosition,
  ReadRevision,
  START,
  STREAM_EXISTS,
  streamNameFilter,
} from '@kurrent/kurrentdb-client';
import {
  EventFilter,
  EventMetadata,
  ExpectedRevision,
  ReadStreamOptions,
  RecordedEvent,
  WrongExpectedVersionError,
} from '../event-store.port';
import { isSystemEvent } from '../event-filter';
import { PreparedEvent, RESERVED_METADATA_KEY } from '../event-store.validation';

/**
 * Pure translations between the port and the KurrentDB client, kept apart from I/O so they are unit
 * tested without a server.
 */

export function toStreamState(expected: ExpectedRevision): AppendStreamState {
  switch (expected) {
    case 'any':
      return ANY;
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    default:
      return expected;
  }
}

/** The client's WrongExpectedVersionError, recognised by its documented `type` rather than by class identity. */
export interface KurrentWrongExpectedVersion {
  type: ErrorType.WRONG_EXPECTED_VERSION;
  actualState: bigint | 'no_stream';
}

export function isKurrentWrongExpectedVersion(error: unknown): error is KurrentWrongExpectedVersion {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { type?: unknown }).type === ErrorType.WRONG_EXPECTED_VERSION
  );
}

export function isKurrentStreamNotFound(error: unknown): boolean {
  const type = typeof error === 'object' && error !== null ? (error as { type?: unknown }).type : undefined;
  return type === ErrorType.STREAM_NOT_FOUND || type === ErrorType.STREAM_DELETED;
}

export function toWrongExpectedVersionError(
  streamId: string,
  expected: ExpectedRevision,
  error: KurrentWrongExpectedVersion,
): WrongExpectedVersionError {
  const actual = error.actualState;
  // Older servers report a missing stream as revision -1.
  return new WrongExpectedVersionError(
    streamId,
    expected,
    typeof actual === 'bigint' && actual >= 0n ? actual : 'no_stream',
  );
}

/**
 * Our global `position` is the event's commit position in the transaction log: a single bigint that grows
 * with commit order. EventStoreDB reads "from" a position inclusively, so an exclusive checkpoint P is
 * passed as {commit: P, prepare: P} and the event at P itself is dropped with isAfter().
 */
export function toReadPosition(fromPosition: bigint | undefined): ReadPosition {
  return fromPosition === undefined ? START : { commit: fromPosition, prepare: fromPosition };
}

export function isAfter(position: bigint, fromPosition: bigint | undefined): boolean {
  return fromPosition === undefined || position > fromPosition;
}

export function toReadRevision(options: ReadStreamOptions): ReadRevision {
  const direction = options.direction ?? 'forwards';
  const from = options.from ?? (direction === 'forwards' ? 'start' : 'end');
  return from === 'start' ? START : from === 'end' ? END : from;
}

/**
 * The server filters on ONE dimension (stream name or event type). Stream prefixes are usually the
 * narrower (a category), so they go to the server and event types are re-checked on the client with
 * matchesEventFilter; with types alone the server matches them exactly by an anchored regex. Without a
 * filter the server still drops system events.
 */
export function toServerFilter(filter: EventFilter | undefined): Filter {
  if (filter?.streamPrefixes) return streamNameFilter({ prefixes: [...filter.streamPrefixes] });
  if (filter?.eventTypes) return eventTypeFilter({ regex: `^(?:${filter.eventTypes.map(escapeRegex).join('|')})$` });
  return excludeSystemEvents();
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** EventStoreDB has no schema-version field: it travels in metadata under a reserved key. */
export function toEventData(event: PreparedEvent): EventData {
  return jsonEvent({
    id: event.id,
    type: event.type,
    data: event.data,
    metadata: { ...event.metadata, [RESERVED_METADATA_KEY]: event.schemaVersion },
  });
}

/** The subset of the client's recorded event the mapping needs (both readStream and $all shapes fit it). */
export interface KurrentRecord {
  streamId: string;
  id: string;
  revision: bigint;
  type: string;
  created: Date;
  data: unknown;
  metadata: unknown;
  isJson: boolean;
  position?: { commit: bigint; prepare: bigint };
}

/**
 * The type an event gets when its payload cannot be read as the port's JSON object (written by another
 * tool, binary, truncated). Projections match on type, so they never fold it: the projector records it
 * as unrecognized (or its key's job parks), instead of the mapper throwing and the subscription
 * restarting from the same checkpoint forever. Not `$`-prefixed, so it is not taken for a system event.
 */
export const UNDECODABLE_EVENT_TYPE = 'dti.UndecodableEvent';

/** What an undecodable event carries instead of its payload, so an operator can find and inspect it. */
export interface UndecodableEventData extends Record<string, unknown> {
  originalType: string;
  reason: string;
  contentType: 'application/json' | 'application/octet-stream';
}

/**
 * Maps one resolved event; undefined for what the port never shows (system events, dangling links). An
 * event whose data or metadata is not a JSON object comes back as UNDECODABLE_EVENT_TYPE, never throws.
 */
export function fromKurrentRecord(resolved: {
  event?: KurrentRecord;
  commitPosition?: bigint;
}): RecordedEvent | undefined {
  const record = resolved.event;
  if (!record || isSystemEvent(record.streamId, record.type)) return undefined;
  // The client fills both from the same server field, so this is a broken client, not an old server.
  const position = record.position?.commit ?? resolved.commitPosition;
  if (position === undefined) {
    throw new Error(`Event ${record.id} in ${record.streamId} came without a commit position`);
  }
  const common = {
    id: record.id.toLowerCase(),
    streamId: record.streamId,
    revision: record.revision,
    position,
    recordedAt: record.created,
  };
  const data = parseJsonObject(record.data, 'data');
  const metadata: Parsed = record.metadata === undefined ? { value: {} } : parseJsonObject(record.metadata, 'metadata');
  const { [RESERVED_METADATA_KEY]: version, ...rest } = 'value' in metadata ? metadata.value : {};
  if (!('value' in data) || !('value' in metadata)) {
    const undecodable: UndecodableEventData = {
      originalType: record.type,
      reason: 'problem' in data ? data.problem : (metadata as { problem: string }).problem,
      contentType: record.isJson ? 'application/json' : 'application/octet-stream',
    };
    return {
      ...common,
      type: UNDECODABLE_EVENT_TYPE,
      schemaVersion: 1,
      data: undecodable,
      metadata: rest as EventMetadata,
    };
  }
  return {
    ...common,
    type: record.type,
    // Events written by other tools carry no version: they are the first.
    schemaVersion: typeof version === 'number' && Number.isSafeInteger(version) && version >= 1 ? version : 1,
    data: data.value,
    metadata: rest as EventMetadata,
  };
}

type Parsed = { value: Record<string, unknown> } | { problem: string };

function parseJsonObject(value: unknown, what: 'data' | 'metadata'): Parsed {
  let parsed = value;
  if (value instanceof Uint8Array) {
    if (value.length === 0) return { value: {} };
    try {
      parsed = JSON.parse(Buffer.from(value).toString('utf8'));
    } catch {
      return { problem: `the ${what} is not JSON` };
    }
  }
  // The client hands malformed JSON of a JSON event over as the raw string.
  if (typeof parsed === 'string') return { problem: `the ${what} is not JSON (or a bare JSON string)` };
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { problem: `the ${what} is not a JSON object` };
  }
  return { value: parsed as Record<string, unknown> };
}

/**
 * The client accepts `esdb://` and `esdb+discover://` but prints a deprecation warning with console.warn,
 * outside the JSON logs. They mean exactly `kurrentdb://` and `kurrentdb+discover://`, so the adapter
 * rewrites them before the client sees them; every other form goes through untouched.
 */
export function toClientConnectionString(connectionString: string): string {
  return connectionString.trim().replace(/^esdb(\+discover)?:\/\//i, (_, discover: string | undefined) => {
    return `kurrentdb${discover ?? ''}://`;
  });
}
