import type { RecordedEvent } from '@dti/event-store';
import type { EntityManager } from 'typeorm';
import { UnrecognizedEventEntity } from './unrecognized-event.entity';

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
    .values({
      position: event.position.toString(),
      eventId: event.id,
      streamId: event.streamId,
      type: event.type,
      schemaVersion: event.schemaVersion,
      reason,
      recordedAt: event.recordedAt,
    })
    .orIgnore()
    .execute();
}
