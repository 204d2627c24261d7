import type { RegisteredUnit } from '@dti/domain';
import type { ScorecardCriterionRow, ScorecardNodeRow, ScorecardRows } from '@dti/exports';
import type { ReplayBound, StatusCountsJson } from '@dti/read-model';
import { displayNumber, scoreFigures } from '../display-figures';
import { unitNameFor } from '../read-access';
import type { ScorecardCriterionResponse, ScorecardGroupResponse, ScorecardResponse } from './scorecard.response';

// The rows moved to @dti/exports with the empty scorecard (the report PDF builds from them); named here for the read side.
export type { ScorecardCriterionRow, ScorecardNodeRow, ScorecardReportRow, ScorecardRows } from '@dti/exports';

/** Pure: the rows as the API shows them. */
export function scorecardView(input: {
  unit: RegisteredUnit;
  period: string;
  source: 'projection' | 'replay';
  asOf: ReplayBound | null;
  rows: ScorecardRows;
}): ScorecardResponse {
  const { unit, period, rows } = input;
  const report = rows.report;
  const root = rows.nodes.find((node) => node.depth === 0);
  if (root === undefined) throw new Error(`Scorecard of ${unit.code} ${period} has no total node`);
  return {
    unit: unit.code,
    unitName: unitNameFor(unit, period),
    block: unit.block,
    period,
    catalogue: rows.catalogueId,
    source: input.source,
    asOf: asOfResponse(input.asOf),
    position: report?.position ?? null,
    revision: report?.streamRevision ?? null,
    report: {
      status: report?.status ?? 'not_opened',
      version: report?.version ?? 0,
      pendingCount: report?.pendingCount ?? 0,
      openedAt: iso(report?.openedAt ?? null),
      lastFinalizedAt: iso(report?.lastFinalizedAt ?? null),
      lastReopenedAt: iso(report?.lastReopenedAt ?? null),
    },
    total: { ...scoreFigures(root), counts: counts(root.counts) },
    groups: rows.nodes.filter((node) => node.depth > 0).map(groupView),
    criteria: rows.criteria.map(criterionView),
  };
}

function groupView(node: ScorecardNodeRow): ScorecardGroupResponse {
  return {
    code: node.nodeCode,
    title: node.title,
    depth: node.depth,
    parent: node.parentCode,
    ...scoreFigures(node),
    counts: counts(node.counts),
  };
}

function criterionView(row: ScorecardCriterionRow): ScorecardCriterionResponse {
  return {
    code: row.criterion,
    title: row.title,
    group: row.parentCode,
    ruleKind: row.ruleKind,
    status: row.status,
    points: displayNumber(row.pointsExact),
    pointsExact: row.pointsExact,
    max: displayNumber(row.maxExact),
    maxExact: row.maxExact,
    applicableMax: displayNumber(row.applicableMaxExact),
    applicableMaxExact: row.applicableMaxExact,
    explanation:
      row.explanationVi === null ? null : { vi: row.explanationVi, en: row.explanationEn ?? row.explanationVi },
    notApplicableReason: row.notApplicableReason,
    official:
      row.officialSubmissionId === null
        ? null
        : {
            submissionId: row.officialSubmissionId,
            inputs: row.officialInputs,
            approvedBy: row.approvedBy,
            approvedAt: iso(row.approvedAt),
          },
    pending:
      row.pendingSubmissionId === null
        ? null
        : {
            submissionId: row.pendingSubmissionId,
            kind: row.pendingKind ?? 'figures',
            corrects: row.pendingCorrects,
            submittedBy: row.pendingSubmittedBy ?? '',
            submittedAt: iso(row.pendingSubmittedAt) ?? '',
          },
    error: row.errorCode === null ? null : { code: row.errorCode, message: row.errorMessage ?? row.errorCode },
  };
}

function asOfResponse(bound: ReplayBound | null): ScorecardResponse['asOf'] {
  if (bound === null) return null;
  return 'position' in bound
    ? { position: bound.position.toString(), instant: null }
    : { position: null, instant: bound.instant.toISOString() };
}

function counts(json: StatusCountsJson): ScorecardResponse['total']['counts'] {
  return { ...json };
}

function iso(value: Date | null): string | null {
  return value === null ? null : new Date(value).toISOString();
}
