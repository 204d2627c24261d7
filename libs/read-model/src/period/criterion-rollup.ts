import type { CatalogueNode, Operand, Rule } from '@dti/catalogue';
import { Rational } from '@dti/catalogue';
import type { CriterionScore } from '@dti/scoring';

/**
 * How a criterion rolls up over many units: each scored unit contributes a numerator and a denominator,
 * and the province (or block) value is Σ numerators / Σ denominators — a pooled ratio, not the average
 * of the units' points, so a unit with 10,000 records weighs more than one with 10.
 *
 *   ratio                         numerator and denominator operands as the rule reads them
 *   threshold-proportional,       with a denominator: the same (ratio of sums); without one (an absolute
 *   step-threshold                figure such as training turns): the figure over 1, i.e. the mean figure
 *   weighted-ratios               Σ weight × term numerator over the shared denominator: the rule's
 *                                 formula applied to the pooled figures (uncapped, fullWhen not applied)
 *   yes-no                        1 for yes, 0 for no, over 1: the share of units answering yes
 *   share-of-set                  contents issued over the contents listed: share of the pooled set
 *   tiered, per-item              points over maximum: the achieved fraction of the pooled maxima
 *                                 (their inputs are choices or item counts with no common whole)
 *
 * Units whose value is not applicable, not reported or unscorable contribute nothing; they are counted.
 */
export type RollupMeasure = 'ratio-of-sums' | 'mean-value' | 'share-yes' | 'achieved-fraction';

export interface RollupContribution {
  numerator: Rational;
  denominator: Rational;
  /** Threshold rules (and weighted ratios with a full-points condition): was it reached? */
  meetsThreshold: boolean | null;
}

export function rollupMeasureOf(rule: Rule): RollupMeasure {
  switch (rule.kind) {
    case 'ratio':
    case 'weighted-ratios':
    case 'share-of-set':
      return 'ratio-of-sums';
    case 'threshold-proportional':
    case 'step-threshold':
      return rule.denominator === undefined ? 'mean-value' : 'ratio-of-sums';
    case 'yes-no':
      return 'share-yes';
    case 'tiered':
    case 'per-item':
      return 'achieved-fraction';
    default:
      return assertNeverRule(rule);
  }
}

/** One scored unit's contribution. `inputs` are the approved figures, already accepted by the engine. */
export function rollupContribution(
  node: CatalogueNode,
  inputs: Readonly<Record<string, unknown>>,
  score: CriterionScore,
): RollupContribution {
  const rule = node.rule as Rule;
  const value = (name: string) => inputNumber(node.code, inputs, name);
  const operand = (op: Operand) => Rational.sum((typeof op === 'string' ? [op] : op).map(value));
  switch (rule.kind) {
    case 'ratio':
      return { numerator: operand(rule.numerator), denominator: operand(rule.denominator), meetsThreshold: null };
    case 'threshold-proportional':
    case 'step-threshold': {
      const numerator = operand(rule.numerator);
      const denominator = rule.denominator === undefined ? Rational.ONE : operand(rule.denominator);
      const x = numerator.div(denominator);
      return { numerator, denominator, meetsThreshold: x.gte(Rational.parse(rule.threshold)) };
    }
    case 'weighted-ratios': {
      const denominator = value(rule.denominator);
      const numerator = Rational.sum(rule.terms.map((term) => value(term.numerator).mul(Rational.parse(term.weight))));
      const meetsThreshold =
        rule.fullWhen === undefined
          ? null
          : value(rule.fullWhen.numerator).div(denominator).gte(Rational.parse(rule.fullWhen.threshold));
      return { numerator, denominator, meetsThreshold };
    }
    case 'yes-no': {
      const name = (node.inputs ?? []).find((spec) => spec.type === 'boolean')?.name ?? 'value';
      return { numerator: value(name), denominator: Rational.ONE, meetsThreshold: null };
    }
    case 'share-of-set': {
      const name = (node.inputs ?? []).find((spec) => spec.type === 'count')?.name ?? 'count';
      return { numerator: value(name), denominator: Rational.of(rule.contents.length), meetsThreshold: null };
    }
    case 'tiered':
    case 'per-item':
      return { numerator: score.points, denominator: score.max, meetsThreshold: null };
    default:
      return assertNeverRule(rule);
  }
}

export interface RollupTotals {
  numerator: Rational;
  denominator: Rational;
  /** Σ numerators / Σ denominators; null when nothing was scored. */
  value: Rational | null;
  unitsMeetingThreshold: number | null;
}

export function sumContributions(rule: Rule, contributions: readonly RollupContribution[]): RollupTotals {
  const numerator = Rational.sum(contributions.map((c) => c.numerator));
  const denominator = Rational.sum(contributions.map((c) => c.denominator));
  return {
    numerator,
    denominator,
    value: denominator.isZero() ? null : numerator.div(denominator),
    unitsMeetingThreshold: hasThreshold(rule) ? contributions.filter((c) => c.meetsThreshold === true).length : null,
  };
}

function hasThreshold(rule: Rule): boolean {
  return (
    rule.kind === 'threshold-proportional' ||
    rule.kind === 'step-threshold' ||
    (rule.kind === 'weighted-ratios' && rule.fullWhen !== undefined)
  );
}

/**
 * A validated input as a number, read as the scoring engine reads it: booleans count 1/0, numbers at
 * their decimal face value, exact decimals as strings.
 */
function inputNumber(criterion: string, inputs: Readonly<Record<string, unknown>>, name: string): Rational {
  const raw = inputs[name];
  if (typeof raw === 'boolean') return raw ? Rational.ONE : Rational.ZERO;
  if (typeof raw === 'number') return Rational.fromNumber(raw);
  if (typeof raw === 'string') {
    const parsed = Rational.tryParse(raw);
    if (parsed !== undefined) return parsed;
  }
  throw new TypeError(`Criterion ${criterion}: approved input "${name}" is not a number (${JSON.stringify(raw)})`);
}

function assertNeverRule(rule: never): never {
  throw new TypeError(`No roll-up for rule kind ${String((rule as { kind?: unknown }).kind)}`);
}
