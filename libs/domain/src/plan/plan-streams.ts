import { InvalidCommandError } from '../domain-errors';
import { formatQuarter, parseQuarter, type QuarterString } from '../periods/quarter';
import type { PlanItemKind } from './catalogue/plan.types';

/** Plan progress streams: "plan-tth-222-2021Q1", one per plan and quarter (reports of a quarter contend only there). */
export const PLAN_STREAM_PREFIX = 'plan-';

export function planStreamPrefix(plan: string): string {
  return `${PLAN_STREAM_PREFIX}${plan.toLowerCase()}-`;
}

export function planStreamId(plan: string, period: string): string {
  const q = parseQuarter(period);
  return `${planStreamPrefix(plan)}${q.year}Q${q.quarter}`;
}

/**
 * "2021-Q1:project:A.I.1:2": the quarter, the row and its report number in that quarter. It names its stream,
 * so a reviewer's approve/reject reaches the right stream without an index.
 */
export function planReportId(period: QuarterString, kind: PlanItemKind, code: string, sequence: number): string {
  return `${period}:${kind}:${code}:${sequence}`;
}

export function parsePlanReportId(reportId: string): { period: QuarterString; kind: PlanItemKind; code: string } {
  const match = /^(\d{4}-Q[1-4]):(target|task|project):([A-Za-z0-9.]{1,20}):([1-9]\d{0,5})$/.exec(String(reportId));
  if (match === null) {
    throw InvalidCommandError.because(
      'reportId',
      `"${String(reportId).slice(0, 80)}" is not a plan report id (<YYYY-Qn>:<target|task|project>:<code>:<n>)`,
    );
  }
  return { period: formatQuarter(parseQuarter(match[1])), kind: match[2] as PlanItemKind, code: match[3] };
}
