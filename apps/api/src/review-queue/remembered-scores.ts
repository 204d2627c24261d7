import type { Catalogue } from '@dti/catalogue';
import { rememberedScore as rememberedOutcome } from '@dti/read-model';
import { ScoringError, type CriterionScore } from '@dti/scoring';
import type { CriterionScoreResponse } from '../assessments/dto/assessment-view.response';
import { exact } from '../assessments/queries/assessment-view';

/**
 * The queue scored every page's pending and official figures on each request (two engine runs per item,
 * most of the handler's time). The engine's outcome is remembered by (catalogue, criterion, figures) in the
 * read model's memo, the one the projector's replays use; its response shape is kept beside each remembered
 * score (a weak map: it goes when the memo lets the score go). Refused figures answer null.
 */
const responses = new WeakMap<CriterionScore, CriterionScoreResponse>();

export function rememberedScore(
  catalogue: Catalogue,
  criterion: string,
  inputs: unknown,
): CriterionScoreResponse | null {
  const outcome = rememberedOutcome(catalogue, criterion, inputs);
  if (outcome instanceof ScoringError) return null;
  let response = responses.get(outcome);
  if (response === undefined) {
    response = {
      points: exact(outcome.points),
      max: exact(outcome.max),
      explanation: outcome.explanation,
      ruleKind: outcome.ruleKind,
    };
    responses.set(outcome, response);
  }
  return response;
}
