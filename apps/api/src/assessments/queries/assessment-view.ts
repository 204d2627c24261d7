import { catalogueIndex, Rational, type Catalogue } from '@dti/catalogue';
import {
  unitExistedIn,
  unitNameIn,
  currentName,
  type AssessmentState,
  type CriterionRecord,
  type RegisteredUnit,
  type Submission,
} from '@dti/domain';
import {
  scoreCard,
  scoreCriterion,
  ScoringError,
  type CriterionScore,
  type ScoreCardEntry,
  type ScoreCardNode,
} from '@dti/scoring';
import type { StoredSubmissionScore } from '@dti/read-model';
import type {
  AssessmentViewResponse,
  CriterionScoreResponse,
  CriterionViewResponse,
  OfficialValueResponse,
  SubmissionResponse,
  TotalsNodeResponse,
} from '../dto/assessment-view.response';
import type { ExactNumberResponse, ExactShareResponse } from '../dto/exact-number.response';

/**
 * One unit's report for one quarter as people read it: every criterion of the catalogue version the
 * assessment uses that applies to the unit's block, its official points computed by the engine from
 * the approved figures, what awaits review, and the history. Pure: built from folded state only.
 * Each submission's score comes from `scores` (what the projector stored beside the state) when given;
 * a submission it lacks (a state projected before the scores were kept) is scored here.
 */
export function assessmentView(input: {
  unit: RegisteredUnit;
  period: string;
  catalogue: Catalogue;
  state: AssessmentState;
  revision: bigint | null;
  scores?: Readonly<Record<string, StoredSubmissionScore | null>>;
}): AssessmentViewResponse {
  const { unit, period, catalogue, state, scores } = input;
  const opened = state.status === 'not_opened' ? null : state;
  const card = scoreCard(catalogue, officialEntries(opened?.criteria ?? {}), { block: unit.block });
  const leaves = new Map<string, ScoreCardNode>();
  collectLeaves(card.root, leaves);
  const index = catalogueIndex(catalogue);

  const criteria: CriterionViewResponse[] = [];
  for (const [code, node] of leaves) {
    if (node.status === undefined || node.status === 'out-of-scope') continue;
    const record = opened?.criteria[code];
    const catalogueNode = index.get(code)?.node;
    criteria.push({
      code,
      title: node.title,
      titleEn: catalogueNode?.titleEn ?? null,
      max: exact(Rational.parse(catalogueNode?.declaredMax ?? '0')),
      status: node.status,
      points: exact(node.points),
      applicableMax: exact(node.applicableMax),
      score: node.score === undefined ? null : scoreResponse(node.score),
      notApplicable: node.status === 'not-applicable',
      notApplicableReason: node.notApplicableReason ?? null,
      official: officialResponse(record),
      pending:
        record?.pending == null ? null : submissionResponse(catalogue, opened?.submissions[record.pending], scores),
      submissions: (record?.submissionIds ?? []).flatMap((id) => {
        const view = submissionResponse(catalogue, opened?.submissions[id], scores);
        return view === null ? [] : [view];
      }),
      history: record?.history ?? [],
    });
  }

  const name = unitNameIn(unit, period) ?? currentName(unit);
  return {
    unit: {
      code: unit.code,
      name: name.name,
      nameEn: name.nameEn,
      block: unit.block,
      activeInPeriod: unitExistedIn(unit, period),
    },
    period,
    catalogueId: catalogue.id,
    report: opened
      ? {
          status: opened.status,
          version: opened.version,
          finalizations: opened.finalizations,
          reopenings: opened.reopenings,
        }
      : { status: 'not_opened', version: 0, finalizations: [], reopenings: [] },
    revision: input.revision === null ? null : input.revision.toString(),
    criteria,
    totals: totalsResponse(card.root),
  };
}

/** The view of one criterion, e.g. for a conflict response; null when the catalogue has no such criterion. */
export function criterionView(input: Parameters<typeof assessmentView>[0], code: string): CriterionViewResponse | null {
  return assessmentView(input).criteria.find((criterion) => criterion.code === code) ?? null;
}

function officialEntries(criteria: Readonly<Record<string, CriterionRecord>>): Record<string, ScoreCardEntry> {
  const entries: Record<string, ScoreCardEntry> = {};
  for (const [code, record] of Object.entries(criteria)) {
    const official = record.official;
    if (official === null) continue;
    entries[code] =
      official.kind === 'figures' ? { inputs: official.inputs } : { notApplicable: { reason: official.reason } };
  }
  return entries;
}

function collectLeaves(node: ScoreCardNode, into: Map<string, ScoreCardNode>): void {
  if (node.status !== undefined) {
    into.set(node.code, node);
    return;
  }
  for (const child of node.children) collectLeaves(child, into);
}

function officialResponse(record: CriterionRecord | undefined): OfficialValueResponse | null {
  const official = record?.official ?? null;
  if (official === null) return null;
  const base = {
    submissionId: official.submissionId,
    kind: official.kind,
    evidence: official.evidence,
    approvedBy: official.approvedBy,
    approvedAt: official.approvedAt,
  };
  return official.kind === 'figures'
    ? { ...base, inputs: official.inputs, notApplicable: false, notApplicableReason: null }
    : { ...base, inputs: null, notApplicable: true, notApplicableReason: official.reason };
}

export function submissionResponse(
  catalogue: Catalogue,
  submission: Submission | undefined,
  scores?: Readonly<Record<string, StoredSubmissionScore | null>>,
): SubmissionResponse | null {
  if (submission === undefined) return null;
  return {
    submissionId: submission.submissionId,
    criterion: submission.criterion,
    kind: submission.kind,
    inputs: submission.inputs,
    notApplicableReason: submission.notApplicableReason,
    evidence: submission.evidence,
    corrects: submission.corrects,
    correctionReason: submission.correctionReason,
    supersedes: submission.supersedes,
    supersededBy: submission.supersededBy,
    submittedBy: submission.submittedBy,
    submittedAt: submission.submittedAt,
    status: submission.status,
    review: submission.review,
    withdrawnAt: submission.withdrawnAt,
    replacedBy: submission.replacedBy,
    score: submission.inputs === null ? null : scoreOf(catalogue, submission, scores),
  };
}

/** Figures were checked by the engine when submitted; a later catalogue fix could still refuse them. */
function scoreOf(
  catalogue: Catalogue,
  submission: Submission,
  scores: Readonly<Record<string, StoredSubmissionScore | null>> | undefined,
): CriterionScoreResponse | null {
  const stored = scores?.[submission.submissionId];
  if (stored !== undefined) return stored as CriterionScoreResponse | null;
  try {
    return scoreResponse(scoreCriterion(catalogue, submission.criterion, submission.inputs));
  } catch (error) {
    if (error instanceof ScoringError) return null;
    throw error;
  }
}

function scoreResponse(score: CriterionScore): CriterionScoreResponse {
  return {
    points: exact(score.points),
    max: exact(score.max),
    explanation: score.explanation,
    ruleKind: score.ruleKind,
  };
}

function totalsResponse(node: ScoreCardNode): TotalsNodeResponse {
  return {
    code: node.code,
    title: node.title,
    points: exact(node.points),
    applicableMax: exact(node.applicableMax),
    percent: share(node.percent),
    counts: node.counts,
    groups: node.children.filter((child) => child.status === undefined).map(totalsResponse),
  };
}

export function exact(value: Rational): ExactNumberResponse {
  return { exact: value.toString(), display: value.toFixed(2) };
}

function share(value: Rational | null): ExactShareResponse | null {
  return value === null ? null : { exact: value.toString(), display: value.toPercent(2) };
}
