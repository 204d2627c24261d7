import { readState } from '@dti/command-handling';
import { unitDecider, unitExistedOn, unitStreamId, vietnamDateOf, type Role } from '@dti/domain';
import type { EventStore } from '@dti/event-store';

/**
 * The fact CreateAccount / ChangeAccountRole need for a submitter: does the unit exist on the day the
 * command is accepted (in Vietnam)? Undefined for roles bound to no unit (the decider refuses a unit there).
 */
export async function submitterUnitExists(
  store: Pick<EventStore, 'readStream'>,
  role: Role,
  unit: string | null | undefined,
  occurredAt: string,
): Promise<boolean | undefined> {
  if (role !== 'submitter' || unit === null || unit === undefined) return undefined;
  // unitStreamId checks the code and throws INVALID_UNIT_CODE naming it.
  const { state } = await readState(store, unitStreamId(unit), unitDecider);
  return unitExistedOn(state, vietnamDateOf(new Date(occurredAt)));
}
