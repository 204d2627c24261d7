import { EVIDENCE_FILE_EVENT_VERSIONS, EVIDENCE_STREAM_PREFIX } from '@dti/domain';
import type { RecordedEvent } from '@dti/event-store';
import type { EntityManager } from 'typeorm';
import { jobKeyOfStream } from '../writers/job-keys';
import { UnrecognizedEventEntity } from './unrecognized-event.entity';

const KNOWN_EVIDENCE_TYPES = new Set(Object.keys(EVIDENCE_FILE_EVENT_VERSIONS));

/**
 * Why the projector records an event as unrecognized, or null when it has nothing to say: events of
 * assessment, unit, plan and account streams are projected (an unknown type there fails its key's job and
 * is parked), evidence events of known types are not projected here. The live feed and the rebuild both ask this.
 */
export function unrecognizedReason(event: Pick<RecordedEvent, 'streamId' | 'type'>): string | null {
  if (jobKeyOfStream(event.streamId) !== null) return null;
  // Evidence uploads are read from their own streams by the API; nothing is projected from them.
  if (event.streamId.startsWith(EVIDENCE_STREAM_PREFIX)) {
    return KNOWN_EVIDENCE_TYPES.has(event.type) ? null : 'unknown event type in an evidence stream';
  }
  return 'no projection for this stream category';
}

/** The row recorded for such an event. */
export function unrecognizedEventRow(event: RecordedEvent, reason: string): UnrecognizedEventEntity {
  return {
    position: event.position.toString(),
    eventId: event.id,
    streamId: event.streamId,
    type: event.type,
    schemaVersion: event.schemaVersion,
    reason,
    recordedAt: event.recordedAt,
  };
}

/** Records an event the projector passes over because it does not know it (idempotent by position). */
export async function recordUnrecognizedEvent(
  manager: EntityManager,
  event: RecordedEvent,
  reason: string,
): Promise<void> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(UnrecognizedEventEntity)
    .values(unrecognizedEventRow(event, reason))
    .orIgnore()
    .execute();
}
