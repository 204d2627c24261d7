import { UnsupportedEventError } from '../domain-errors';
import { ACCOUNT_EVENT_VERSIONS, type AccountEvent } from '../accounts/account.events';
import { ASSESSMENT_EVENT_VERSIONS, type AssessmentEvent } from '../assessment/assessment.events';
import { UNIT_EVENT_VERSIONS, type UnitEvent } from '../units/unit.events';
import { PLAN_EVENT_VERSIONS, type PlanEvent } from '../plan/plan.events';
import { EVIDENCE_FILE_EVENT_VERSIONS, type EvidenceFileEvent } from '../evidence/evidence-file.events';

/** Every event type of the domain and the schema version it is written in today. */
export type DomainEvent = AssessmentEvent | UnitEvent | AccountEvent | EvidenceFileEvent | PlanEvent;
export type DomainEventType = DomainEvent['type'];

export const CURRENT_EVENT_VERSIONS: Readonly<Record<DomainEventType, number>> = Object.freeze({
  ...ASSESSMENT_EVENT_VERSIONS,
  ...UNIT_EVENT_VERSIONS,
  ...ACCOUNT_EVENT_VERSIONS,
  ...EVIDENCE_FILE_EVENT_VERSIONS,
  ...PLAN_EVENT_VERSIONS,
});

export function isDomainEventType(type: string): type is DomainEventType {
  return Object.prototype.hasOwnProperty.call(CURRENT_EVENT_VERSIONS, type);
}

/** The part of a stored event the domain reads (a RecordedEvent fits, once upcast). */
export interface StoredEventLike {
  type: string;
  schemaVersion: number;
  data: Record<string, unknown>;
  metadata?: { commandId?: unknown; [key: string]: unknown };
}

/**
 * Turns a stored event, already upcast to its current version (see upcasting.ts), into a domain
 * event of the given family, keeping its metadata so deciders can recognise retried commands.
 * Throws UnsupportedEventError for a type outside the family or a version it cannot read: that is a
 * defect (a missing upcaster), never the caller's input.
 */
export function toDomainEvent<T extends DomainEventType>(
  stored: StoredEventLike,
  family: Readonly<Record<T, number>>,
): Extract<DomainEvent, { type: T }> & { metadata?: StoredEventLike['metadata'] } {
  if (!Object.prototype.hasOwnProperty.call(family, stored.type)) {
    throw UnsupportedEventError.because(stored.type, stored.schemaVersion, 'not an event of this stream');
  }
  const current = (family as Readonly<Record<string, number>>)[stored.type];
  if (stored.schemaVersion !== current) {
    throw UnsupportedEventError.because(
      stored.type,
      stored.schemaVersion,
      `expected schema version ${current}; is an upcaster missing?`,
    );
  }
  // The store holds only what toNewEvents wrote (or its upcast form), so the shape is ours.
  return { type: stored.type, data: stored.data, metadata: stored.metadata } as unknown as Extract<
    DomainEvent,
    { type: T }
  > & { metadata?: StoredEventLike['metadata'] };
}
