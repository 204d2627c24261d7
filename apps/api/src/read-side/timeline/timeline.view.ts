import { displayNumber, displayNumberOrNull, exactDifference } from '../display-figures';
import type { NetRow, TimelineRow } from './find-unit-timeline';
import type { TimelineChangeResponse, TimelineNetChangeResponse, TimelineValueResponse } from './timeline.response';

/** Pure: an audit entry as a change (who, role, why, before → after, where in the log, which request). */
export function timelineChange(row: TimelineRow): TimelineChangeResponse {
  return {
    eventId: row.eventId,
    eventType: row.eventType,
    kind: row.kind,
    period: row.period,
    criterion: row.criterion,
    submissionId: row.submissionId,
    actor: row.actor,
    role: row.role,
    reason: row.reason,
    note: row.note,
    before: value(row.valueBefore, row.pointsBeforeExact, row.reportStatusBefore),
    after: value(row.valueAfter, row.pointsAfterExact, row.reportStatusAfter),
    reportVersion: row.reportVersion,
    correlationId: row.correlationId,
    commandId: row.commandId,
    streamId: row.streamId,
    revision: row.revision,
    position: row.position,
    occurredAt: new Date(row.occurredAt).toISOString(),
    recordedAt: new Date(row.recordedAt).toISOString(),
  };
}

/**
 * Pure: per quarter and criterion, the official value before the window's first change and after its
 * last, and the difference in points (a value with no points — none, not applicable — counts as 0).
 * Ordered by quarter, then criterion in catalogue order.
 */
export function netChanges(rows: readonly NetRow[]): TimelineNetChangeResponse[] {
  return [...rows]
    .sort((a, b) => a.period.localeCompare(b.period) || a.criterion.localeCompare(b.criterion, 'en', { numeric: true }))
    .map((row) => {
      const differenceExact = exactDifference(row.pointsBeforeExact, row.pointsAfterExact);
      return {
        period: row.period,
        criterion: row.criterion,
        changes: row.changes,
        before: value(row.valueBefore, row.pointsBeforeExact, null),
        after: value(row.valueAfter, row.pointsAfterExact, null),
        difference: displayNumber(differenceExact),
        differenceExact,
      };
    });
}

function value(kind: string | null, pointsExact: string | null, reportStatus: string | null): TimelineValueResponse {
  return { value: kind, points: displayNumberOrNull(pointsExact), pointsExact, reportStatus };
}
