import type { AuditEntryEntity } from '@dti/read-model';
import { displayNumber, displayNumberOrNull, exactDifference } from '../display-figures';
import type { TimelineChangeResponse, TimelineNetChangeResponse, TimelineValueResponse } from './timeline.response';

/** Pure: audit entries as changes (who, role, why, before → after, where in the log). */
export function timelineChange(entry: AuditEntryEntity): TimelineChangeResponse {
  return {
    eventId: entry.eventId,
    eventType: entry.eventType,
    kind: entry.kind,
    period: entry.period,
    criterion: entry.criterion,
    submissionId: entry.submissionId,
    actor: entry.actor,
    role: entry.role,
    reason: entry.reason,
    note: entry.note,
    before: value(entry.valueBefore, entry.pointsBeforeExact, entry.reportStatusBefore),
    after: value(entry.valueAfter, entry.pointsAfterExact, entry.reportStatusAfter),
    reportVersion: entry.reportVersion,
    streamId: entry.streamId,
    revision: String(entry.streamRevision),
    position: String(entry.globalPosition),
    occurredAt: new Date(entry.occurredAt).toISOString(),
    recordedAt: new Date(entry.recordedAt).toISOString(),
  };
}

/**
 * Pure: per quarter and criterion, the official value before the window's first change and after its
 * last, and the difference in points (a value with no points — none, not applicable — counts as 0).
 * Ordered by quarter, then criterion in catalogue order.
 */
export function netChanges(entries: readonly AuditEntryEntity[]): TimelineNetChangeResponse[] {
  const byKey = new Map<
    string,
    { period: string; criterion: string; first: AuditEntryEntity; last: AuditEntryEntity; changes: number }
  >();
  for (const entry of entries) {
    if (entry.kind !== 'official_score' || entry.criterion === null) continue;
    const key = `${entry.period}\u0000${entry.criterion}`;
    const seen = byKey.get(key);
    if (seen === undefined)
      byKey.set(key, { period: entry.period, criterion: entry.criterion, first: entry, last: entry, changes: 1 });
    else byKey.set(key, { ...seen, last: entry, changes: seen.changes + 1 });
  }
  return [...byKey.values()]
    .sort((a, b) => a.period.localeCompare(b.period) || a.criterion.localeCompare(b.criterion, 'en', { numeric: true }))
    .map(({ period, criterion, first, last, changes }) => {
      const differenceExact = exactDifference(first.pointsBeforeExact, last.pointsAfterExact);
      return {
        period,
        criterion,
        changes,
        before: value(first.valueBefore, first.pointsBeforeExact, null),
        after: value(last.valueAfter, last.pointsAfterExact, null),
        difference: displayNumber(differenceExact),
        differenceExact,
      };
    });
}

function value(kind: string | null, pointsExact: string | null, reportStatus: string | null): TimelineValueResponse {
  return { value: kind, points: displayNumberOrNull(pointsExact), pointsExact, reportStatus };
}
