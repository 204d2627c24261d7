import type { CommandEnvelope } from '../shared/command-envelope';
import { eventIdFor } from '../shared/deterministic-id';
import { CURRENT_EVENT_VERSIONS, type DomainEvent } from './event-registry';

/**
 * Events ready to append: the shape of the event store's NewEvent (libs/event-store), written here
 * structurally because the pure domain does not import the store.
 */
export type EventMetadataShape = {
  actor: string;
  role: string;
  occurredAt: string;
  commandId: string;
  correlationId: string;
  causationId: string;
};

export type NewEventShape = {
  id: string;
  type: string;
  schemaVersion: number;
  data: Record<string, unknown>;
  metadata: EventMetadataShape;
};

/**
 * Wraps the events a decider returned for one command into appendable events. Ids derive from the
 * stream, the command id and the event's index, so a retried command yields the same ids and the
 * store stores nothing new. The causation is the command's own cause when it has one (an event that
 * triggered it), else the command itself.
 */
export function toNewEvents(
  streamId: string,
  events: readonly DomainEvent[],
  envelope: CommandEnvelope,
): NewEventShape[] {
  const metadata: EventMetadataShape = {
    actor: envelope.actor,
    role: envelope.role,
    occurredAt: envelope.occurredAt,
    commandId: envelope.commandId,
    correlationId: envelope.correlationId,
    causationId: envelope.causationId ?? envelope.commandId,
  };
  return events.map((event, index) => ({
    id: eventIdFor(streamId, envelope.commandId, index),
    type: event.type,
    schemaVersion: CURRENT_EVENT_VERSIONS[event.type],
    data: event.data,
    metadata: { ...metadata },
  }));
}
