import { InvalidCommandError } from './domain-errors';
import { formatQuarter, parseQuarter, type Quarter, type QuarterString } from './periods/quarter';
import { parseUnitCode, type UnitCode } from './units/unit-code';

/**
 * Stream ids. Each begins with its category prefix, which subscriptions and `listStreams` filter on.
 * Unit codes hold no "-", so the ids parse back unambiguously.
 */
export const UNIT_STREAM_PREFIX = 'unit-';
export const ACCOUNT_STREAM_PREFIX = 'account-';
export const ASSESSMENT_STREAM_PREFIX = 'assessment-';
export const EVIDENCE_STREAM_PREFIX = 'evidence-';

/** "unit-STTTT". */
export function unitStreamId(code: UnitCode): string {
  return `${UNIT_STREAM_PREFIX}${parseUnitCode(code)}`;
}

/** "account-nguyen.van.a" (usernames are lower-case, see account.decider.ts). */
export function accountStreamId(username: string): string {
  return `${ACCOUNT_STREAM_PREFIX}${username}`;
}

/** "assessment-STTTT-2021Q1": one stream per unit and quarter. */
export function assessmentStreamId(unit: UnitCode, period: Quarter | string): string {
  const q = parseQuarter(period);
  return `${ASSESSMENT_STREAM_PREFIX}${parseUnitCode(unit)}-${q.year}Q${q.quarter}`;
}

/** "evidence-<sha256>": who uploaded a stored file, for which unit (lower-case hex, as the store names it). */
export function evidenceStreamId(sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) {
    throw InvalidCommandError.because('sha256', `"${sha256}" is not 64 lower-case hex digits`);
  }
  return `${EVIDENCE_STREAM_PREFIX}${sha256}`;
}

export function parseAssessmentStreamId(streamId: string): { unit: UnitCode; period: QuarterString } {
  const match = /^assessment-([A-Z][A-Z0-9]{1,19})-(\d{4})Q([1-4])$/.exec(streamId);
  if (match === null) {
    throw InvalidCommandError.because(
      'streamId',
      `"${streamId}" is not an assessment stream id (assessment-<UNIT>-<YYYY>Q<n>)`,
    );
  }
  return { unit: match[1], period: formatQuarter(parseQuarter(`${match[2]}-Q${match[3]}`)) };
}
