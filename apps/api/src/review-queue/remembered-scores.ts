import type { Catalogue } from '@dti/catalogue';
import { scoreCriterion, ScoringError } from '@dti/scoring';
import type { CriterionScoreResponse } from '../assessments/dto/assessment-view.response';
import { exact } from '../assessments/queries/assessment-view';

/**
 * The queue scored every page's pending and official figures on each request (two engine runs per item,
 * most of the handler's time). Scoring is pure in (catalogue version, criterion, figures), and the same
 * items are read again and again while they wait: remembered here, as the projector remembers its
 * submission scores. Refused figures are remembered as null. Bounded: cleared when full.
 */
const remembered = new WeakMap<Catalogue, Map<string, CriterionScoreResponse | null>>();
const REMEMBER_AT_MOST = 20_000;

export function rememberedScore(
  catalogue: Catalogue,
  criterion: string,
  inputs: unknown,
): CriterionScoreResponse | null {
  let known = remembered.get(catalogue);
  if (known === undefined) remembered.set(catalogue, (known = new Map()));
  const key = `${criterion}\u0000${JSON.stringify(inputs)}`;
  const hit = known.get(key);
  if (hit !== undefined) return hit;
  let score: CriterionScoreResponse | null;
  try {
    const scored = scoreCriterion(catalogue, criterion, inputs);
    score = {
      points: exact(scored.points),
      max: exact(scored.max),
      explanation: scored.explanation,
      ruleKind: scored.ruleKind,
    };
  } catch (error) {
    if (!(error instanceof ScoringError)) throw error;
    score = null;
  }
  if (known.size >= REMEMBER_AT_MOST) known.clear();
  known.set(key, score);
  return score;
}
