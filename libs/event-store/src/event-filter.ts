import { EventFilter } from './event-store.port';

/**
 * The one reading of EventFilter: an event passes when its stream id starts with one of the prefixes (if
 * any are given) AND its type is one of the types (if any are given). The PostgreSQL adapter translates the
 * same rule to SQL; the EventStoreDB adapter applies it client-side after the server's coarser filter.
 */
export function matchesEventFilter(filter: EventFilter | undefined, streamId: string, type: string): boolean {
  if (!filter) return true;
  if (filter.streamPrefixes && !filter.streamPrefixes.some((prefix) => streamId.startsWith(prefix))) return false;
  if (filter.eventTypes && !filter.eventTypes.includes(type)) return false;
  return true;
}

/** EventStoreDB's own bookkeeping ($stats, $metadata, links "$>"...) never reaches consumers of the port. */
export function isSystemEvent(streamId: string, type: string): boolean {
  return streamId.startsWith('$') || type.startsWith('$');
}
