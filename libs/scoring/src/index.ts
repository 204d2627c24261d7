/** The pure scoring engine: exact points for a criterion and roll-ups for a unit, with explanations. */
export { Rational } from '@dti/catalogue';
export { ScoringError } from './scoring-error';
export type { ScoringErrorCode, ScoringErrorDetails } from './scoring-error';
export { scoreCriterion, findCriterion } from './score-criterion';
export type { CriterionScore } from './score-criterion';
export { scoreCard, criterionCardNode, groupCardNode } from './score-card';
export type {
  CriterionStatus,
  ScoreCard,
  ScoreCardEntry,
  ScoreCardNode,
  ScoreCardOptions,
  StatusCounts,
} from './score-card';
export type { Bilingual } from './wording';
