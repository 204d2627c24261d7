import { Rational, type Catalogue } from '@dti/catalogue';
import type { UnitBlock } from '@dti/domain';
import { exactOrNull, exactText, scorecardLines } from '@dti/read-model';
import { scoreCard } from '@dti/scoring';
import type { ScorecardRows } from './scorecard-rows';

/**
 * A unit's scorecard for a quarter with nothing recorded (or nothing recorded by the asOf bound): every
 * criterion of its block not reported, 0 points of the block's full maximum — how rankings count a
 * unit that reported nothing. Scored by the engine like any other card, with no entries.
 */
export function emptyScorecardRows(catalogue: Catalogue, block: UnitBlock): ScorecardRows {
  const lines = scorecardLines(catalogue, scoreCard(catalogue, new Map(), { block }));
  return {
    catalogueId: catalogue.id,
    report: null,
    nodes: lines
      .filter((line) => !line.isCriterion)
      .map((line) => ({
        nodeCode: line.node.code,
        parentCode: line.parentCode,
        depth: line.depth,
        title: line.node.title,
        pointsExact: exactText(line.node.points),
        applicableMaxExact: exactText(line.node.applicableMax),
        percentExact: exactOrNull(line.node.percent),
        counts: { ...line.node.counts },
      })),
    criteria: lines
      .filter((line) => line.isCriterion)
      .map((line) => ({
        criterion: line.node.code,
        parentCode: line.parentCode ?? '',
        title: line.node.title,
        ruleKind: line.catalogueNode.rule?.kind ?? 'unknown',
        status: line.node.status ?? 'not-reported',
        pointsExact: exactText(line.node.points),
        maxExact: exactText(Rational.parse(line.catalogueNode.declaredMax ?? '0')),
        applicableMaxExact: exactText(line.node.applicableMax),
        explanationVi: null,
        explanationEn: null,
        notApplicableReason: null,
        officialSubmissionId: null,
        officialInputs: null,
        approvedBy: null,
        approvedAt: null,
        errorCode: null,
        errorMessage: null,
        pendingSubmissionId: null,
        pendingKind: null,
        pendingCorrects: null,
        pendingSubmittedBy: null,
        pendingSubmittedAt: null,
      })),
  };
}
