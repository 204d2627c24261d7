import type { Catalogue, CatalogueNode, UnitBlock } from '@dti/catalogue';
import { Rational, catalogueIndex, isLeaf } from '@dti/catalogue';
import type { CriterionScore } from './score-criterion';
import { findCriterion, scoreCriterion } from './score-criterion';
import { ScoringError } from './scoring-error';

/** What a unit reported for one criterion: its figures, or that the criterion does not apply to it and why. */
export type ScoreCardEntry = { inputs: unknown } | { notApplicable: { reason: string } };

export interface ScoreCardOptions {
  /** Score as a unit of this block: criteria that do not apply to the block are out of scope. */
  block?: UnitBlock;
}

/**
 * scored          — figures reported and scored
 * not-applicable  — declared not applicable (with a reason): neither points nor maximum
 * not-reported    — no entry: 0 of its maximum
 * error           — the entry could not be scored: 0 of its maximum, and the error says why
 * out-of-scope    — the criterion does not apply to the block scored: neither points nor maximum
 */
export type CriterionStatus = 'scored' | 'not-applicable' | 'not-reported' | 'error' | 'out-of-scope';

export type StatusCounts = Record<CriterionStatus, number>;

export interface ScoreCardNode {
  code: string;
  title: string;
  points: Rational;
  /** The sum of the maxima of the criteria that count (leaf maxima only, never a group's declared max). */
  applicableMax: Rational;
  /** points / applicableMax; null when nothing under the node counts. */
  percent: Rational | null;
  /** Criteria only. */
  status?: CriterionStatus;
  score?: CriterionScore;
  error?: ScoringError;
  notApplicableReason?: string;
  /** How many criteria under this node (itself, for a criterion) are in each status. */
  counts: StatusCounts;
  children: ScoreCardNode[];
}

export interface ScoreCard {
  catalogueId: string;
  block?: UnitBlock;
  root: ScoreCardNode;
}

/**
 * A unit's scores for a whole catalogue, rolled up by sub-group, group and catalogue. Entries name
 * criteria by code; an entry for a code the catalogue does not have as a criterion throws ScoringError.
 */
export function scoreCard(
  catalogue: Catalogue,
  entries: Readonly<Record<string, ScoreCardEntry>> | ReadonlyMap<string, ScoreCardEntry>,
  options: ScoreCardOptions = {},
): ScoreCard {
  const byCode: ReadonlyMap<string, unknown> = entries instanceof Map ? entries : new Map(Object.entries(entries));
  for (const code of byCode.keys()) findCriterion(catalogue, code);
  const index = catalogueIndex(catalogue);

  const visit = (node: CatalogueNode): ScoreCardNode => {
    if (isLeaf(node)) {
      // Stryker disable next-line OptionalChaining,ArrayDeclaration: equivalent, every leaf is in the index with its inherited appliesTo
      const appliesTo = index.get(node.code)?.appliesTo ?? [];
      const inScope = options.block === undefined || appliesTo.includes(options.block);
      return criterionNode(catalogue, node, inScope, byCode.get(node.code));
    }
    // Stryker disable next-line ArrayDeclaration: equivalent, a node that is not a leaf has children
    const children = (node.children ?? []).map(visit);
    return groupCardNode(node.code, node.title, children);
  };
  return { catalogueId: catalogue.id, ...(options.block ? { block: options.block } : {}), root: visit(catalogue.root) };
}

function criterionNode(catalogue: Catalogue, node: CatalogueNode, inScope: boolean, entry: unknown): ScoreCardNode {
  const max = Rational.parse(node.declaredMax as string);
  const leaf = (status: CriterionStatus, points: Rational, applicableMax: Rational, extra: Partial<ScoreCardNode>) =>
    criterionCardNode(node.code, node.title, status, points, applicableMax, extra);
  if (!inScope) return leaf('out-of-scope', Rational.ZERO, Rational.ZERO, {});
  if (entry === undefined) return leaf('not-reported', Rational.ZERO, max, {});
  try {
    const reported = readEntry(node.code, entry);
    if ('reason' in reported) {
      return leaf('not-applicable', Rational.ZERO, Rational.ZERO, { notApplicableReason: reported.reason });
    }
    const score = scoreCriterion(catalogue, node.code, reported.inputs);
    return leaf('scored', score.points, score.max, { score });
  } catch (error) {
    if (!(error instanceof ScoringError)) throw error;
    return leaf('error', Rational.ZERO, max, { error });
  }
}

/** A criterion's node of a card (shared with builders that score the same card another way). */
export function criterionCardNode(
  code: string,
  title: string,
  status: CriterionStatus,
  points: Rational,
  applicableMax: Rational,
  extra: Partial<ScoreCardNode>,
): ScoreCardNode {
  return {
    code,
    title,
    children: [],
    points,
    applicableMax,
    percent: ratioOrNull(points, applicableMax),
    status,
    counts: { ...noCounts(), [status]: 1 },
    ...extra,
  };
}

/** A group's node of a card: its children's points, maxima and counts summed. */
export function groupCardNode(code: string, title: string, children: ScoreCardNode[]): ScoreCardNode {
  const points = Rational.sum(children.map((child) => child.points));
  const applicableMax = Rational.sum(children.map((child) => child.applicableMax));
  return {
    code,
    title,
    points,
    applicableMax,
    percent: ratioOrNull(points, applicableMax),
    counts: addCounts(children.map((child) => child.counts)),
    children,
  };
}

function readEntry(criterion: string, entry: unknown): { inputs: unknown } | { reason: string } {
  const object = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {};
  const hasInputs = 'inputs' in object;
  const notApplicable = object.notApplicable;
  if (hasInputs && notApplicable === undefined) return { inputs: object.inputs };
  if (!hasInputs && typeof notApplicable === 'object' && notApplicable !== null) {
    const reason = (notApplicable as Record<string, unknown>).reason;
    if (typeof reason === 'string' && reason.trim().length > 0) return { reason: reason.trim() };
    throw new ScoringError(
      'INVALID_ENTRY',
      `Tiêu chí ${criterion} được khai báo không áp dụng nhưng thiếu lý do`,
      `Criterion ${criterion} is declared not applicable without a reason`,
      { criterion },
    );
  }
  throw new ScoringError(
    'INVALID_ENTRY',
    `Tiêu chí ${criterion}: cần hoặc { inputs } hoặc { notApplicable: { reason } }`,
    `Criterion ${criterion}: an entry is either { inputs } or { notApplicable: { reason } }`,
    { criterion },
  );
}

function ratioOrNull(points: Rational, max: Rational): Rational | null {
  return max.isZero() ? null : points.div(max);
}

function noCounts(): StatusCounts {
  return { scored: 0, 'not-applicable': 0, 'not-reported': 0, error: 0, 'out-of-scope': 0 };
}

function addCounts(all: StatusCounts[]): StatusCounts {
  const total = noCounts();
  for (const counts of all) {
    for (const status of Object.keys(total) as CriterionStatus[]) total[status] += counts[status];
  }
  return total;
}
