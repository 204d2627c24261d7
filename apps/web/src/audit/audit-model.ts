import type { TFunction } from 'i18next';
import type { Schemas } from '../api/client';
import { formatDecimal } from '../common/format';

export type Change = Schemas['TimelineChangeResponse'];
export type ChangeValue = Schemas['TimelineValueResponse'];

/** Points always with two decimals ("3,20"): the API's numbers are already rounded to 2 decimals. */
export function points(value: number): string {
  return formatDecimal(value.toFixed(2));
}

/** What happened, in words: the event type, a correction when a reason came with an approval. */
export function describeChange(change: Change, t: TFunction): string {
  if (change.eventType === 'SubmissionApproved') {
    if (change.after.value === 'not_applicable') return t('events.NotApplicableApproved');
    return change.reason ? `${t('events.SubmissionApproved')} (${t('correction')})` : t('events.SubmissionApproved');
  }
  const known = ['AssessmentOpened', 'ReportFinalized', 'ReportReopened'];
  return known.includes(change.eventType)
    ? t(`events.${change.eventType}`)
    : t('events.other', { type: change.eventType });
}

/** One side of before → after: points, "not applicable", "none", or the report's status. */
export function describeValue(value: ChangeValue, kind: string, t: TFunction): string {
  if (kind === 'report_status') return value.reportStatus ? t(`reportStatus.${value.reportStatus}`) : '—';
  switch (value.value) {
    case 'scored':
      return value.points === null ? '—' : points(value.points);
    case 'not_applicable':
      return t('notApplicable');
    case 'error':
      return t('error');
    default:
      return t('noPoints');
  }
}

/** The API's largest page: an inspector loads a history 100 changes at a time. */
export const TIMELINE_PAGE = 100;

/**
 * The days picked in the filter (yyyy-mm-dd, Vietnam, inclusive) as the API's instants: from the first
 * day's midnight in Vietnam (UTC+7) to the midnight after the last day, exclusive.
 */
export function occurredWindow(
  fromDay: string | null,
  toDay: string | null,
): { occurredFrom?: string; occurredTo?: string } {
  const window: { occurredFrom?: string; occurredTo?: string } = {};
  if (fromDay !== null) window.occurredFrom = `${fromDay}T00:00:00+07:00`;
  if (toDay !== null) {
    const next = new Date(`${toDay}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    window.occurredTo = `${next.toISOString().slice(0, 10)}T00:00:00+07:00`;
  }
  return window;
}

export function comparePositions(a: string, b: string): number {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** `asOf` in the URL: a global position (whole number) or an ISO instant. */
export type AsOf = { position: string } | { instant: string } | null;

export function parseAsOf(value: string | null): AsOf {
  if (value === null || value === '') return null;
  if (/^\d{1,19}$/.test(value)) return { position: value };
  return Number.isNaN(new Date(value).getTime()) ? null : { instant: value };
}

/**
 * Where a replay stands among the quarter's changes (oldest first): the index of the last change it
 * includes (-1: before all of them). Stepping moves this index by one.
 */
export function replayIndex(changes: readonly Change[], asOf: AsOf): number {
  if (asOf === null) return changes.length - 1;
  let index = -1;
  for (const [i, change] of changes.entries()) {
    const included =
      'position' in asOf
        ? comparePositions(change.position, asOf.position) <= 0
        : new Date(change.recordedAt).getTime() <= new Date(asOf.instant).getTime();
    if (included) index = i;
  }
  return index;
}

/** The asOf that shows the scorecard just after `index` (before everything for -1). */
export function asOfForIndex(changes: readonly Change[], index: number): string {
  if (index < 0) return String(BigInt(changes[0].position) - 1n);
  return changes[Math.min(index, changes.length - 1)].position;
}

/**
 * The version to set beside the current figures: the one a reopening unsealed (the latest when the
 * report stands reopened, else the one before the latest re-finalization).
 */
export function defaultVersion(versions: readonly { version: number }[], status: string): number | null {
  if (versions.length === 0) return null;
  const latest = versions[versions.length - 1].version;
  if (status === 'reopened' || versions.length === 1) return latest;
  return versions[versions.length - 2].version;
}
