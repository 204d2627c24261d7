import {
  assessmentStreamId,
  formatQuarter,
  mayReadAssessment,
  NotOwnUnitError,
  parseQuarter,
  parseUnitCode,
  unitStreamId,
  type Actor,
} from '@dti/domain';
import type { OwnWrites } from '../../command-handling/own-writes';

/**
 * The unit-quarter a reader asks for, checked by the domain's reader rule (submitters read their own unit
 * only) before anything is read, once the reader's own recent commands on it (and on the unit's stream) are
 * projected, so a submitter sees their submission at once. Shared by every read of an assessment.
 */
export async function readableAssessment(
  ownWrites: OwnWrites,
  query: { unit: string; period: string; reader: Actor },
): Promise<{ unit: string; period: string }> {
  const unit = parseUnitCode(query.unit);
  const period = formatQuarter(parseQuarter(query.period));
  if (!mayReadAssessment(query.reader, unit)) {
    throw NotOwnUnitError.because(query.reader.username, query.reader.unit ?? undefined, unit);
  }
  const streamId = assessmentStreamId(unit, period);
  const unitStream = unitStreamId(unit);
  await ownWrites.awaitProjected(query.reader.username, (id) => id === streamId || id === unitStream);
  return { unit, period };
}
