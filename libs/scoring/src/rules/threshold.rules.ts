import { Rational } from '@dti/catalogue';
import type { CriterionInputs } from '../criterion-inputs';
import { operandFigures, operandSymbol, ratioFormula, readOperand, readRatio } from '../operands';
import { atLeast, bilingual, digitsToTell } from '../wording';
import type { Wording } from '../wording';
import type { RuleContext, RuleOf, RuleOutcome } from './rule-context';

type ThresholdRule = RuleOf<'threshold-proportional'> | RuleOf<'step-threshold'>;

const HUNDRED = Rational.of(100n);

/** "Từ X trở lên: Điểm tối đa; dưới X: x/X × Điểm tối đa". */
export function scoreThresholdProportional(context: RuleContext<RuleOf<'threshold-proportional'>>): RuleOutcome {
  const { max } = context;
  const measure = readMeasure(context.rule, context.inputs);
  const met = measure.value.gte(measure.threshold);
  const points = met ? max : measure.value.div(measure.threshold).mul(max);
  const explanation = bilingual((w) => {
    const comparison = measure.comparison(w);
    if (met) return `${comparison} → ${w.say('điểm tối đa', 'full points')} = ${w.points(points)}`;
    return `${comparison} → ${measure.shownValue(w)}/${measure.shownThreshold(w)} × ${w.exact(max)} = ${w.points(points)}`;
  });
  return { points, explanation };
}

/** "Từ X trở lên: Điểm tối đa; dưới X: 0 điểm". */
export function scoreStepThreshold(context: RuleContext<RuleOf<'step-threshold'>>): RuleOutcome {
  const measure = readMeasure(context.rule, context.inputs);
  const met = measure.value.gte(measure.threshold);
  const points = met ? context.max : Rational.ZERO;
  const explanation = bilingual((w) => {
    const verdict = met ? w.say('đạt, điểm tối đa', 'met: full points') : w.say('không đạt', 'not met');
    return `${measure.comparison(w)} → ${verdict} = ${w.points(points)}`;
  });
  return { points, explanation };
}

interface Measure {
  value: Rational;
  threshold: Rational;
  /** "Tỷ lệ = b/a = 50/1000 = 5,00% < 10%". */
  comparison(w: Wording): string;
  shownValue(w: Wording): string;
  shownThreshold(w: Wording): string;
}

/**
 * x = n/d, or n alone when the rule has no denominator. x is shown in the unit the threshold is written in:
 * a percentage when the threshold is one ("10%"), a plain figure otherwise ("3" training turns).
 */
function readMeasure(rule: ThresholdRule, inputs: CriterionInputs): Measure {
  const threshold = Rational.parse(rule.threshold);
  // Stryker disable next-line MethodExpression: dropping trim() is equivalent, Rational.parse above already refuses a threshold with spaces around it
  const asPercent = rule.threshold.trim().endsWith('%');
  let value: Rational;
  let formula: (w: Wording) => string;
  if (rule.denominator !== undefined) {
    const ratio = readRatio(inputs, rule.numerator, rule.denominator, rule.allowNumeratorAboveDenominator ?? false);
    value = ratio.value;
    formula = (w) => `${w.say('Tỷ lệ', 'Ratio')} = ${ratioFormula(ratio, w)}`;
  } else {
    const operand = readOperand(inputs, rule.numerator);
    value = operand.total;
    formula = (w) =>
      `${w.say('Giá trị', 'Value')} = ${operandSymbol(operand)}` +
      (operand.names.length > 1 ? ` = ${operandFigures(operand, w)}` : '');
  }
  const digits = digitsToTell(value, threshold, asPercent ? HUNDRED : Rational.ONE);
  const shownValue = (w: Wording) => (asPercent ? w.percent(value, digits) : w.rounded(value, digits));
  const shownThreshold = (w: Wording) => (asPercent ? w.exactPercent(threshold) : w.exact(threshold));
  return {
    value,
    threshold,
    shownValue,
    shownThreshold,
    comparison: (w) => `${formula(w)} = ${shownValue(w)} ${atLeast(value, threshold)} ${shownThreshold(w)}`,
  };
}
