import type { Evidence } from '../assessment/evidence';
import type { PlanItemKind } from './catalogue/plan.types';
import type { PlanProgress } from './plan-progress';

/**
 * Events of a plan's progress streams ("plan-<plan>-<YYYY>Q<n>": one per plan and quarter). Each carries the
 * plan id and the report id, so a reader needs no other stream to place it. All at schema version 1; when
 * one changes, its version goes up here and an upcaster joins DOMAIN_UPCASTERS.
 */
export type PlanProgressReported = {
  type: 'PlanProgressReported';
  data: {
    plan: string;
    period: string;
    reportId: string;
    kind: PlanItemKind;
    code: string;
    /** The reporting unit (a lead agency of the row, or the plan's standing agency for a lead outside the register). */
    unit: string;
    progress: PlanProgress;
    evidence: Evidence[];
    submittedBy: string;
    submittedAt: string;
  };
};

export type PlanReportApproved = {
  type: 'PlanReportApproved';
  data: { plan: string; period: string; reportId: string; reviewedBy: string; reviewedAt: string; note: string | null };
};

export type PlanReportRejected = {
  type: 'PlanReportRejected';
  data: { plan: string; period: string; reportId: string; reviewedBy: string; reviewedAt: string; reason: string };
};

export type PlanEvent = PlanProgressReported | PlanReportApproved | PlanReportRejected;
export type PlanEventType = PlanEvent['type'];

export const PLAN_EVENT_VERSIONS: Readonly<Record<PlanEventType, number>> = Object.freeze({
  PlanProgressReported: 1,
  PlanReportApproved: 1,
  PlanReportRejected: 1,
});
