import {
  UNIT_EVENT_VERSIONS,
  currentName,
  evolveUnit,
  initialUnitState,
  toDomainEvent,
  upcastEvent,
  type RegisteredUnit,
  type UnitState,
} from '@dti/domain';
import type { RecordedEvent } from '@dti/event-store';
import type { UnitEntity } from './unit.entity';

export class UnitProjectionError extends Error {
  override readonly name = 'UnitProjectionError';
  readonly code = 'UNIT_NOT_REGISTERED' as const;
}

/** Pure: a unit stream's events → its row in `units`. */
export function projectUnit(events: readonly RecordedEvent[]): UnitEntity {
  let state: UnitState = initialUnitState;
  for (const recorded of events) {
    state = evolveUnit(state, toDomainEvent(upcastEvent(recorded), UNIT_EVENT_VERSIONS));
  }
  const last = events[events.length - 1];
  if (state.status !== 'registered' || last === undefined) {
    throw new UnitProjectionError(`${events[0]?.streamId ?? 'unit stream'} does not begin with UnitRegistered`);
  }
  const name = currentName(state);
  return {
    code: state.code,
    block: state.block,
    name: name.name,
    nameEn: name.nameEn,
    registeredOn: state.registeredOn,
    endKind: state.end?.kind ?? null,
    endOn: state.end?.effectiveOn ?? null,
    mergedInto: state.end?.kind === 'merged' ? state.end.into : null,
    state: JSON.parse(JSON.stringify(state)) as Record<string, unknown>,
    streamRevision: last.revision.toString(),
    position: last.position.toString(),
  };
}

/** The stored state back as the domain's type (we wrote it from a RegisteredUnit). */
export function unitStateOf(row: Pick<UnitEntity, 'state'>): RegisteredUnit {
  return row.state as unknown as RegisteredUnit;
}
