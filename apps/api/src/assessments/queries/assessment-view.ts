import { catalogueIndex, Rational, type Catalogue } from '@dti/catalogue';
import {
  unitExistedIn,
  unitNameIn,
  currentName,
  type AssessmentState,
  type CriterionRecord,
  type OfficialValue,
  type OpenedAssessment,
  type RegisteredUnit,
  type Submission,
} from '@dti/domain';
import {
  scoreCard,
  scoreCriterion,
  ScoringError,
  type CriterionScore,
  type ScoreCard,
  type ScoreCardEntry,
  type ScoreCardNode,
} from '@dti/scoring';
import {
  VIEW_RECENT_HISTORY,
  assessmentViewCard,
  cardLeaves,
  criterionCardView,
  exactView,
  readViewCard,
  shownApart,
  totalsView,
  VIEW_RECENT_SUBMISSIONS,
  officialView,
  submissionView,
  viewSubmission,
  type CriterionPartsText,
  type CriterionTotals,
  type ProjectedCriterionLine,
  type ProjectedNodeLine,
  type StoredSubmissionScore,
} from '@dti/read-model';
import type {
  AssessmentSubmissionResponse,
  AssessmentViewResponse,
  CriterionScoreResponse,
  CriterionViewResponse,
  OfficialValueResponse,
  SubmissionResponse,
  TotalsNodeResponse,
} from '../dto/assessment-view.response';
import type { ExactNumberResponse } from '../dto/exact-number.response';

/**
 * A criterion's latest submissions and history entries GET /assessments carries (issue #12): the read model's,
 * which the writers' stored view parts (`criterionViewParts`) hold; older ones come with GET …/history.
 */
export const RECENT_SUBMISSIONS = VIEW_RECENT_SUBMISSIONS;
export const RECENT_HISTORY = VIEW_RECENT_HISTORY;

/**
 * One unit's report for one quarter as people read it: every criterion of the catalogue version the
 * assessment uses that applies to the unit's block, its official points computed by the engine from
 * the approved figures, what awaits review, and the latest submissions and history entries (at most
 * RECENT_SUBMISSIONS and RECENT_HISTORY, with how many there are in all). Pure: built from folded state only;
 * the state may hold only a criterion's latest submissions and history when `totals` says how many in all.
 * The criteria's and groups' points come from `projected` (the scorecard the projector scored from the
 * same state) when given and complete, so the view and the projection share one state→score path; what
 * they lack (nothing projected yet) is scored here. Submissions are shown without their scores
 * (`viewSubmission`, issue #12).
 */
export function assessmentView(input: {
  unit: RegisteredUnit;
  period: string;
  catalogue: Catalogue;
  state: AssessmentState;
  revision: bigint | null;
  projected?: { criteria: readonly ProjectedCriterionLine[]; nodes: readonly ProjectedNodeLine[] };
  /** By criterion: how many submissions and history entries in all, when the state holds only the latest. */
  totals?: Readonly<Record<string, CriterionTotals>>;
}): AssessmentViewResponse {
  const { unit, period, catalogue, state } = input;
  const opened = state.status === 'not_opened' ? null : state;
  const card =
    // The projection scored the block the assessment opened with; the view scores the unit's block.
    (opened !== null && input.projected !== undefined && opened.unitBlock === unit.block
      ? cardFromProjection(catalogue, unit.block, input.projected)
      : null) ?? scoreCard(catalogue, officialEntries(opened?.criteria ?? {}), { block: unit.block });
  const index = catalogueIndex(catalogue);

  const criteria: CriterionViewResponse[] = [];
  for (const [code, node] of cardLeaves(card.root)) {
    if (node.status === undefined || node.status === 'out-of-scope') continue;
    const record = opened?.criteria[code];
    criteria.push({
      ...cardPartOf(index, code, node),
      official: officialResponse(record?.official),
      pending: record?.pending == null ? null : assessmentSubmission(opened?.submissions[record.pending]),
      ...recentOf(record, input.totals?.[code], (id) => assessmentSubmission(opened?.submissions[id])),
    });
  }

  return {
    ...headOf(unit, period, catalogue, opened, input.revision),
    criteria,
    totals: totalsView(card.root) as TotalsNodeResponse,
  };
}

/** The answer's members before its criteria (key order as sent). */
function headOf(
  unit: RegisteredUnit,
  period: string,
  catalogue: Catalogue,
  opened: Pick<OpenedAssessment, 'status' | 'version' | 'finalizations' | 'reopenings'> | null,
  revision: bigint | null,
): Omit<AssessmentViewResponse, 'criteria' | 'totals'> {
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
    // The latest milestones only: the lists grow with the quarter's history (the timeline has them all).
    report: opened
      ? {
          status: opened.status,
          version: opened.version,
          finalizations: opened.finalizations.slice(-1),
          reopenings: opened.reopenings.slice(-1),
          reopeningsTotal: opened.reopenings.length,
        }
      : { status: 'not_opened', version: 0, finalizations: [], reopenings: [], reopeningsTotal: 0 },
    revision: revision === null ? null : revision.toString(),
  };
}

/** A criterion's members from the card, before those from its record (the read model's, one home). */
function cardPartOf(
  index: ReturnType<typeof catalogueIndex>,
  code: string,
  node: ScoreCardNode,
): Omit<CriterionViewResponse, RecordMember> {
  return criterionCardView(index, code, node);
}

type RecordMember =
  'official' | 'pending' | 'submissions' | 'submissionsTotal' | 'history' | 'historyTotal' | 'historyCursor';

/** A criterion without a record (nothing reported yet): its record's members as JSON text. */
const NO_RECORD_PARTS =
  '"official":null,"pending":null,"submissions":[],"submissionsTotal":0,"history":[],"historyTotal":0,"historyCursor":null';

/**
 * GET /assessments' answer as JSON text, the same answer as JSON.stringify(assessmentView(…)) (a spec holds
 * them equal), put together from text (issue #12): each criterion's members from its record come as the
 * read model stored them (`criterionViewParts`, or PostgreSQL's text for a row written before), and so do
 * the card's part of each criterion and the totals (`assessmentViewCard`, kept on the state row), so nothing
 * is parsed, shaped or serialised here but the head. A state row written before its card's part was kept
 * (`viewCard` null) has it built from the projected scorecard's lines, the same text. Null when the stored
 * parts cannot serve this answer (the state or scorecard is of another catalogue or block, a line is
 * missing): then the caller builds the view from the state (assessmentView).
 */
export function assessmentViewText(input: {
  unit: RegisteredUnit;
  period: string;
  catalogue: Catalogue;
  opened: Pick<OpenedAssessment, 'status' | 'version' | 'finalizations' | 'reopenings' | 'unitBlock'>;
  revision: bigint;
  projected: {
    viewCard: string | null;
    criteria: readonly ProjectedCriterionLine[];
    nodes: readonly ProjectedNodeLine[];
  };
  records: readonly CriterionPartsText[];
}): string | null {
  const { unit, period, catalogue, opened, projected } = input;
  // The projector scored (and kept the card's part for) the block the assessment opened with.
  if (opened.unitBlock !== unit.block) return null;
  let viewCard = projected.viewCard;
  if (viewCard === null) {
    const card = cardFromProjection(catalogue, unit.block, projected);
    if (card === null) return null;
    viewCard = assessmentViewCard(catalogue, card);
  }
  const card = readViewCard(viewCard);
  const records = new Map(input.records.map((record) => [record.criterion, record]));
  const criteria: string[] = [];
  for (const [code, cardPart] of card.criteria) {
    const record = records.get(code);
    const parts =
      record === undefined
        ? NO_RECORD_PARTS
        : record.stored
          ? record.parts
          : `"official":${JSON.stringify(officialResponse(record.official as OfficialValue | null))},${record.parts}`;
    criteria.push(`${cardPart},${parts}}`);
  }
  const head = JSON.stringify(headOf(unit, period, catalogue, opened, input.revision));
  return `${head.slice(0, -1)},"criteria":[${criteria.join(',')}],"totals":${card.totals}}`;
}

/**
 * A criterion's latest submissions (but one shown as its official value or pending submission:
 * `shownApart`) and history entries, how many there are in all, and the cursor of the entries before them
 * (the index of the first entry shown, as GET …/history's `before`).
 */
function recentOf(
  record: CriterionRecord | undefined,
  totals: CriterionTotals | undefined,
  submission: (id: string) => AssessmentSubmissionResponse | null,
): Pick<CriterionViewResponse, 'submissions' | 'submissionsTotal' | 'history' | 'historyTotal' | 'historyCursor'> {
  const ids = record?.submissionIds ?? [];
  const entries = record?.history ?? [];
  const history = entries.slice(Math.max(0, entries.length - RECENT_HISTORY));
  const historyTotal = totals?.history ?? entries.length;
  const first = historyTotal - history.length;
  return {
    submissions: ids.slice(Math.max(0, ids.length - RECENT_SUBMISSIONS)).flatMap((id) => {
      if (record !== undefined && shownApart(record, id)) return [];
      const view = submission(id);
      return view === null ? [] : [view];
    }),
    submissionsTotal: totals?.submissions ?? ids.length,
    history,
    historyTotal,
    historyCursor: first > 0 ? String(first) : null,
  };
}

/** The view of one criterion, e.g. for a conflict response; null when the catalogue has no such criterion. */
export function criterionView(input: Parameters<typeof assessmentView>[0], code: string): CriterionViewResponse | null {
  return assessmentView(input).criteria.find((criterion) => criterion.code === code) ?? null;
}

const blankCards = new WeakMap<Catalogue, Map<string, ScoreCard>>();

/** The card with nothing reported: its shape (order, titles, what is out of scope) never changes. */
function blankCard(catalogue: Catalogue, block: RegisteredUnit['block']): ScoreCard {
  let byBlock = blankCards.get(catalogue);
  if (byBlock === undefined) blankCards.set(catalogue, (byBlock = new Map()));
  let card = byBlock.get(block);
  if (card === undefined) byBlock.set(block, (card = scoreCard(catalogue, {}, { block })));
  return card;
}

/**
 * The projector's scorecard lines put back on the card's tree; null when a line the unit's card needs is
 * missing (then the view scores the state itself). Lines outside the block are not projected: they stay
 * as on the blank card.
 */
function cardFromProjection(
  catalogue: Catalogue,
  block: RegisteredUnit['block'],
  projected: { criteria: readonly ProjectedCriterionLine[]; nodes: readonly ProjectedNodeLine[] },
): ScoreCard | null {
  const criteria = new Map(projected.criteria.map((line) => [line.code, line]));
  const nodes = new Map(projected.nodes.map((line) => [line.code, line]));
  const index = catalogueIndex(catalogue);
  const rebuild = (node: ScoreCardNode): ScoreCardNode | null => {
    if (node.status === 'out-of-scope') return node;
    if (node.status !== undefined) {
      const line = criteria.get(node.code);
      if (line === undefined) return null;
      const points = Rational.parse(line.points);
      const applicableMax = Rational.parse(line.applicableMax);
      const leaf: ScoreCardNode = {
        ...node,
        status: line.status as ScoreCardNode['status'],
        points,
        applicableMax,
        percent: applicableMax.isZero() ? null : points.div(applicableMax),
        counts: countsLike(node.counts, { [line.status]: 1 }),
      };
      if (line.status === 'scored') {
        if (line.explanationVi === null || line.explanationEn === null) return null;
        leaf.score = {
          catalogueId: catalogue.id,
          criterion: node.code,
          points,
          max: Rational.parse(index.get(node.code)?.node.declaredMax ?? '0'),
          explanation: { vi: line.explanationVi, en: line.explanationEn },
          ruleKind: line.ruleKind as CriterionScore['ruleKind'],
        };
      }
      if (line.status === 'not-applicable') leaf.notApplicableReason = line.notApplicableReason ?? '';
      return leaf;
    }
    const outOfScope = node.counts['out-of-scope'];
    const total = Object.values(node.counts).reduce((sum, n) => sum + n, 0);
    if (total - outOfScope === 0) return node;
    const line = nodes.get(node.code);
    if (line === undefined) return null;
    const children: ScoreCardNode[] = [];
    for (const child of node.children) {
      const rebuilt = rebuild(child);
      if (rebuilt === null) return null;
      children.push(rebuilt);
    }
    return {
      ...node,
      points: Rational.parse(line.points),
      applicableMax: Rational.parse(line.applicableMax),
      percent: line.percent === null ? null : Rational.parse(line.percent),
      counts: countsLike(node.counts, line.counts),
      children,
    };
  };
  const blank = blankCard(catalogue, block);
  const root = rebuild(blank.root);
  return root === null ? null : { ...blank, root };
}

/** Counts in the engine's key order (a jsonb column does not keep it). */
function countsLike<T extends Record<string, number>>(shape: T, values: Readonly<Record<string, number>>): T {
  const counts = {} as Record<string, number>;
  for (const key of Object.keys(shape)) counts[key] = values[key] ?? 0;
  return counts as T;
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

function officialResponse(official: OfficialValue | null | undefined): OfficialValueResponse | null {
  return officialView(official ?? null) as OfficialValueResponse | null;
}

/** A submission as GET /assessments shows it (no score: `viewSubmission`). */
function assessmentSubmission(submission: Submission | undefined): AssessmentSubmissionResponse | null {
  return submission === undefined ? null : (viewSubmission(submission) as unknown as AssessmentSubmissionResponse);
}

/** A submission with its score, as the review queue shows it. */
export function submissionResponse(
  catalogue: Catalogue,
  submission: Submission | undefined,
  scores?: Readonly<Record<string, StoredSubmissionScore | null>>,
): SubmissionResponse | null {
  if (submission === undefined) return null;
  return submissionView(submission, (shown) => scoreOf(catalogue, shown, scores)) as unknown as SubmissionResponse;
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

export function exact(value: Rational): ExactNumberResponse {
  return exactView(value);
}
