import type { Catalogue } from '@dti/catalogue';
import { Rational, catalogueIndex, isLeaf } from '@dti/catalogue';
import type { UnitBlock } from '@dti/domain';
import {
  criterionCardNode,
  groupCardNode,
  ScoringError,
  scoreCard,
  scoreCriterion,
  type CriterionScore,
  type ScoreCard,
  type ScoreCardEntry,
  type ScoreCardNode,
} from '@dti/scoring';

/**
 * What the engine makes of one criterion's figures: its score, or its refusal. Scoring is pure in
 * (catalogue, criterion, figures), and a replay asks for the same figures several times — an approval's
 * audit row (before and after), the scorecard versions' leaf, the final card, a finalization's card, the
 * stored submission scores — so it is remembered here, once per process. Bounded: cleared when full.
 */
const remembered = new WeakMap<Catalogue, Map<string, CriterionScore | ScoringError>>();
const REMEMBER_AT_MOST = 20_000;

/** The engine's score of `inputs` for `criterion`, or the ScoringError it refuses them with (never thrown). */
export function rememberedScore(
  catalogue: Catalogue,
  criterion: string,
  inputs: unknown,
): CriterionScore | ScoringError {
  let known = remembered.get(catalogue);
  if (known === undefined) remembered.set(catalogue, (known = new Map()));
  const key = `${criterion}\u0000${JSON.stringify(inputs)}`;
  const hit = known.get(key);
  if (hit !== undefined) return hit;
  let outcome: CriterionScore | ScoringError;
  try {
    outcome = scoreCriterion(catalogue, criterion, inputs);
  } catch (error) {
    if (!(error instanceof ScoringError)) throw error;
    outcome = error;
  }
  if (known.size >= REMEMBER_AT_MOST) known.clear();
  known.set(key, outcome);
  return outcome;
}

interface CardShape {
  /** Leaves in scope of the block, by code, with their declared maximum. */
  inScope: Map<string, Rational>;
  /** Every catalogue leaf code (entries naming anything else make scoreCard throw). */
  leaves: Set<string>;
}

const shapes = new WeakMap<Catalogue, Map<UnitBlock, CardShape>>();

function shapeOf(catalogue: Catalogue, block: UnitBlock): CardShape {
  let byBlock = shapes.get(catalogue);
  if (byBlock === undefined) shapes.set(catalogue, (byBlock = new Map()));
  let shape = byBlock.get(block);
  if (shape !== undefined) return shape;
  shape = { inScope: new Map(), leaves: new Set() };
  const index = catalogueIndex(catalogue);
  const visit = (node: Catalogue['root']): void => {
    if (isLeaf(node)) {
      shape?.leaves.add(node.code);
      if ((index.get(node.code)?.appliesTo ?? []).includes(block)) {
        shape?.inScope.set(node.code, Rational.parse(node.declaredMax as string));
      }
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(catalogue.root);
  byBlock.set(block, shape);
  return shape;
}

/**
 * `scoreCard(catalogue, entries, { block })`, node for node, with each criterion's figures scored through
 * `rememberedScore` and each leaf kept by `keyOf(code)` (a submission id: its figures never change) for
 * the next card of the same replay: a stream's final card and its finalizations' cards score nothing the
 * stream's approvals did not already score. Anything unusual (an entry naming no criterion of the
 * catalogue, a declaration without a reason) is left to the engine's own scoreCard.
 */
export class RememberedCard {
  private readonly shape: CardShape;
  private readonly leaves = new Map<string, ScoreCardNode>();

  constructor(
    private readonly catalogue: Catalogue,
    private readonly block: UnitBlock,
  ) {
    this.shape = shapeOf(catalogue, block);
  }

  card(entries: ReadonlyMap<string, ScoreCardEntry>, keyOf: (code: string) => string | null): ScoreCard {
    for (const code of entries.keys()) {
      if (!this.shape.leaves.has(code)) return scoreCard(this.catalogue, entries, { block: this.block });
    }
    const leafOf = (code: string, title: string): ScoreCardNode | null => {
      const max = this.shape.inScope.get(code);
      if (max === undefined) return criterionCardNode(code, title, 'out-of-scope', Rational.ZERO, Rational.ZERO, {});
      const entry = entries.get(code);
      if (entry === undefined) return criterionCardNode(code, title, 'not-reported', Rational.ZERO, max, {});
      const key = keyOf(code);
      const memo = key === null ? undefined : `${code}\u0000${key}`;
      const known = memo === undefined ? undefined : this.leaves.get(memo);
      if (known !== undefined) return known;
      let made: ScoreCardNode;
      if ('inputs' in entry) {
        const outcome = rememberedScore(this.catalogue, code, entry.inputs);
        made =
          outcome instanceof ScoringError
            ? criterionCardNode(code, title, 'error', Rational.ZERO, max, { error: outcome })
            : criterionCardNode(code, title, 'scored', outcome.points, outcome.max, { score: outcome });
      } else {
        const reason = entry.notApplicable.reason;
        if (!(typeof reason === 'string' && reason.trim().length > 0)) return null;
        made = criterionCardNode(code, title, 'not-applicable', Rational.ZERO, Rational.ZERO, {
          notApplicableReason: reason.trim(),
        });
      }
      if (memo !== undefined) this.leaves.set(memo, made);
      return made;
    };
    let unusual = false;
    const visit = (node: Catalogue['root']): ScoreCardNode => {
      if (isLeaf(node)) {
        const made = leafOf(node.code, node.title);
        if (made !== null) return made;
        unusual = true;
        return criterionCardNode(node.code, node.title, 'not-reported', Rational.ZERO, Rational.ZERO, {});
      }
      return groupCardNode(node.code, node.title, (node.children ?? []).map(visit));
    };
    const root = visit(this.catalogue.root);
    if (unusual) return scoreCard(this.catalogue, entries, { block: this.block });
    return { catalogueId: this.catalogue.id, block: this.block, root };
  }
}
