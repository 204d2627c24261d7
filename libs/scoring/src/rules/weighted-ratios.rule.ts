import { Rational } from '@dti/catalogue';
import { describeInput } from '../criterion-inputs';
import { numeratorExceeds, ratioFormula, readOperand, readRatio } from '../operands';
import type { RatioValue } from '../operands';
import { atLeast, bilingual, digitsToTell } from '../wording';
import type { RuleContext, RuleOf, RuleOutcome } from './rule-context';

const HUNDRED = Rational.of(100n);

/**
 * "Điểm = (b/a) × Điểm tối đa × 1/2 + (c/a) × Điểm tối đa" (5.2.x, 6.1.1), capped at max; with fullWhen,
 * full points once that share reaches its threshold (5.8: 80% of services at level 4).
 */
export function scoreWeightedRatios({ rule, max, inputs }: RuleContext<RuleOf<'weighted-ratios'>>): RuleOutcome {
  const terms = rule.terms.map((term) => ({
    written: term.weight,
    weight: Rational.parse(term.weight),
    ratio: readRatio(inputs, term.numerator, rule.denominator, false),
  }));
  assertPartsWithinWhole(inputs, rule);
  const full = rule.fullWhen && {
    ratio: readRatio(inputs, rule.fullWhen.numerator, rule.denominator, false),
    threshold: Rational.parse(rule.fullWhen.threshold),
    // Stryker disable next-line MethodExpression: dropping trim() is equivalent, Rational.parse above already refuses a threshold with spaces around it
    asPercent: rule.fullWhen.threshold.trim().endsWith('%'),
  };
  const fullMet = full !== undefined && full.ratio.value.gte(full.threshold);
  const weighted = terms.map(({ weight, ratio }) => ratio.value.mul(weight).mul(max));
  const total = Rational.sum(weighted);
  const points = fullMet ? max : Rational.min(total, max);

  const explanation = bilingual((w) => {
    const percentOf = (ratio: RatioValue) => w.percent(ratio.value, digitsToTell(ratio.value, Rational.ONE, HUNDRED));
    let condition = '';
    if (full) {
      const digits = digitsToTell(full.ratio.value, full.threshold, HUNDRED);
      const shownThreshold = full.asPercent ? w.exactPercent(full.threshold) : w.exact(full.threshold);
      condition =
        `${ratioFormula(full.ratio, w)} = ${w.percent(full.ratio.value, digits)} ` +
        `${atLeast(full.ratio.value, full.threshold)} ${shownThreshold} → `;
      if (fullMet) return `${condition}${w.say('điểm tối đa', 'full points')} = ${w.points(points)}`;
    }
    const ratios = terms.map(({ ratio }) => `${ratioFormula(ratio, w)} = ${percentOf(ratio)}`).join('; ');
    const products = terms
      .map(({ ratio, written }) => `${percentOf(ratio)} × ${w.written(written)} × ${w.exact(max)}`)
      .join(' + ');
    const partial = terms.length > 1 ? ` = ${weighted.map((value) => w.fixed(value)).join(' + ')}` : '';
    const capped = total.gt(max) ? ` = ${w.fixed(total)} > ${w.exact(max)} → ${w.say('tối đa', 'the maximum')}` : '';
    return `${condition}${ratios} → ${products}${partial}${capped} = ${w.points(points)}`;
  });
  return { points, explanation };
}

/** The numerators are parts of the denominator (documents sent partly on paper, wholly electronic…). */
function assertPartsWithinWhole(inputs: RuleContext['inputs'], rule: RuleOf<'weighted-ratios'>): void {
  const names = [...new Set(rule.terms.map((term) => term.numerator))];
  // Stryker disable next-line ConditionalExpression: equivalent, with one numerator readRatio above has already refused a part larger than the whole
  if (names.length < 2) return;
  const parts = readOperand(inputs, names);
  const whole = readOperand(inputs, rule.denominator);
  if (parts.total.gt(whole.total)) {
    throw numeratorExceeds(inputs, parts, whole, (operand, language) =>
      operand.names.map((name) => describeInput(inputs.spec(name), language)).join(' + '),
    );
  }
}
