import type { Catalogue, CatalogueNode, Rule, RuleKind } from '@dti/catalogue';
import { Rational, catalogueIndex, isBlockingFinding, isLeaf, validateCatalogue } from '@dti/catalogue';
import { CriterionInputs } from './criterion-inputs';
import { scorePerItem } from './rules/per-item.rule';
import { scoreRatio } from './rules/ratio.rule';
import type { RuleContext, RuleOutcome } from './rules/rule-context';
import { scoreShareOfSet } from './rules/share-of-set.rule';
import { scoreStepThreshold, scoreThresholdProportional } from './rules/threshold.rules';
import { scoreTiered } from './rules/tiered.rule';
import { scoreWeightedRatios } from './rules/weighted-ratios.rule';
import { scoreYesNo } from './rules/yes-no.rule';
import { ScoringError } from './scoring-error';
import type { Bilingual } from './wording';

/** One criterion's score and how it came to be. */
export interface CriterionScore {
  catalogueId: string;
  /** The criterion's code, e.g. "7.1.1". */
  criterion: string;
  /** Exact; within [0, max]. Round only to display. */
  points: Rational;
  max: Rational;
  /** The arithmetic, with the figures, for a person checking by hand. */
  explanation: Bilingual;
  ruleKind: RuleKind;
}

/**
 * Scores one criterion of a catalogue from the figures a unit reported. Throws ScoringError for anything
 * that cannot be scored (unknown criterion, a group code, missing/unknown/mistyped/negative inputs,
 * zero denominators, parts larger than their whole…): a bad input never scores a silent 0.
 */
export function scoreCriterion(catalogue: Catalogue, criterionCode: string, inputs: unknown): CriterionScore {
  assertUsable(catalogue);
  const node = findCriterion(catalogue, criterionCode);
  const rule = node.rule as Rule;
  const max = Rational.parse(node.declaredMax as string);
  const outcome = scoreRule({ node, rule, max, inputs: CriterionInputs.read(node, inputs) });
  // The rules stay within range by construction; the clamp makes the promise unconditional.
  const points = Rational.min(max, Rational.max(Rational.ZERO, outcome.points));
  return {
    catalogueId: catalogue.id,
    criterion: node.code,
    points,
    max,
    explanation: outcome.explanation,
    ruleKind: rule.kind,
  };
}

function scoreRule(context: RuleContext): RuleOutcome {
  const { rule } = context;
  switch (rule.kind) {
    case 'ratio':
      return scoreRatio({ ...context, rule });
    case 'threshold-proportional':
      return scoreThresholdProportional({ ...context, rule });
    case 'step-threshold':
      return scoreStepThreshold({ ...context, rule });
    case 'yes-no':
      return scoreYesNo({ ...context, rule });
    case 'tiered':
      return scoreTiered({ ...context, rule });
    case 'per-item':
      return scorePerItem({ ...context, rule });
    case 'weighted-ratios':
      return scoreWeightedRatios({ ...context, rule });
    case 'share-of-set':
      return scoreShareOfSet({ ...context, rule });
    // Stryker disable next-line all: unreachable, the cases cover every rule kind (`never`) of a validated catalogue
    default: {
      const unhandled: never = rule;
      // Stryker disable next-line all: unreachable, as above
      throw new Error(`No scoring for rule kind ${String((unhandled as { kind?: unknown }).kind)}`);
    }
  }
}

/** The leaf with this code; a group's code is NOT_A_CRITERION. */
export function findCriterion(catalogue: Catalogue, criterionCode: string): CatalogueNode {
  // Stryker disable next-line ConditionalExpression: equivalent, the index is keyed by strings and finds nothing else
  const entry = typeof criterionCode === 'string' ? catalogueIndex(catalogue).get(criterionCode) : undefined;
  if (!entry) {
    throw new ScoringError(
      'UNKNOWN_CRITERION',
      `Bộ tiêu chí ${catalogue.id} không có tiêu chí "${String(criterionCode)}"`,
      `Catalogue ${catalogue.id} has no criterion "${String(criterionCode)}"`,
      { criterion: String(criterionCode) },
    );
  }
  if (!isLeaf(entry.node)) {
    throw new ScoringError(
      'NOT_A_CRITERION',
      `"${criterionCode}" là một nhóm tiêu chí (${entry.node.title}), không phải tiêu chí được chấm điểm; ` +
        `điểm của nhóm là tổng điểm các tiêu chí con`,
      `"${criterionCode}" is a group (${entry.node.titleEn ?? entry.node.title}), not a scored criterion; ` +
        `a group's points are the sum of its criteria`,
      { criterion: criterionCode },
    );
  }
  return entry.node;
}

const usable = new WeakMap<Catalogue, ScoringError | null>();

/**
 * Registered catalogues were validated on registration; a catalogue handed in directly (a test fixture, a
 * draft revision) is validated here once, so a malformed rule is reported as such rather than mis-scored.
 */
function assertUsable(catalogue: Catalogue): void {
  // Stryker disable next-line ConditionalExpression: `typeof catalogue !== 'object'` alone is equivalent, a non-object has no object root
  if (typeof catalogue !== 'object' || catalogue === null || typeof catalogue.root !== 'object') {
    throw new ScoringError('UNKNOWN_CATALOGUE', 'Không có bộ tiêu chí để chấm', 'No catalogue to score against');
  }
  let problem = usable.get(catalogue);
  if (problem === undefined) {
    const blocking = validateCatalogue(catalogue).filter(isBlockingFinding);
    problem =
      blocking.length === 0
        ? null
        : new ScoringError(
            'INVALID_CATALOGUE',
            `Bộ tiêu chí ${catalogue.id} không hợp lệ (${blocking.length} lỗi), ví dụ ${blocking[0].code}: ${blocking[0].message}`,
            `Catalogue ${catalogue.id} is invalid (${blocking.length} problems)`,
          );
    usable.set(catalogue, problem);
  }
  if (problem) throw problem;
}
