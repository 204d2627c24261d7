import {
  ACCOUNT_STREAM_PREFIX,
  ASSESSMENT_STREAM_PREFIX,
  PLAN_STREAM_PREFIX,
  UNIT_STREAM_PREFIX,
  normalizeQuarter,
  type QuarterString,
} from '@dti/domain';

/**
 * What a projection job recomputes. Key jobs recompute one stream's rows (an assessment: one unit and
 * quarter; a unit: its register row); period jobs recompute one quarter's rankings, roll-up and statistics.
 */
export type StreamJobKey = { kind: StreamKeyKind; key: string };
export type StreamKeyKind = 'assessment' | 'unit' | 'plan' | 'account';
export type ProjectionJobKey = StreamJobKey | { kind: 'period'; key: string; period: QuarterString };

/** The BullMQ queue (under BULLMQ_PREFIX) the projector's jobs go through; operators' tools read it too. */
export const PROJECTION_QUEUE = 'projections';

const PERIOD_KEY_PREFIX = 'period-';

export function periodJobKey(period: string): string {
  return `${PERIOD_KEY_PREFIX}${normalizeQuarter(period)}`;
}

/** The job key of a stream's events, or null for streams without a projection here. */
export function jobKeyOfStream(streamId: string): StreamJobKey | null {
  if (streamId.startsWith(ASSESSMENT_STREAM_PREFIX)) return { kind: 'assessment', key: streamId };
  if (streamId.startsWith(UNIT_STREAM_PREFIX)) return { kind: 'unit', key: streamId };
  // A plan-quarter stream ("plan-tth-222-2021Q4"): its progress reports, one row each.
  if (streamId.startsWith(PLAN_STREAM_PREFIX)) return { kind: 'plan', key: streamId };
  // An account: its row in the account register (the admin's list).
  if (streamId.startsWith(ACCOUNT_STREAM_PREFIX)) return { kind: 'account', key: streamId };
  return null;
}

export function parseJobKey(key: string): ProjectionJobKey {
  if (key.startsWith(PERIOD_KEY_PREFIX)) {
    const period = normalizeQuarter(key.slice(PERIOD_KEY_PREFIX.length));
    return { kind: 'period', key, period };
  }
  const stream = jobKeyOfStream(key);
  if (stream === null) throw new TypeError(`Not a projection job key: "${key}"`);
  return stream;
}
