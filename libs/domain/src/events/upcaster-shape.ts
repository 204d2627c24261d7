/**
 * Upcasters lift a stored event's data from one schema version to the next, on read, so old events
 * are never rewritten and the deciders and projections only know the current shapes. The shape is
 * the event store port's `Upcaster`; the store's adapters apply them, and `upcastEvent` applies them
 * here for anyone holding a stored event.
 */
export interface UpcasterShape {
  type: string;
  fromVersion: number;
  upcast(data: Record<string, unknown>, metadata: Readonly<Record<string, unknown>>): Record<string, unknown>;
}
