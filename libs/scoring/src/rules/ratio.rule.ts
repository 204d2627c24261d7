import { Rational } from '@dti/catalogue';
import { operandFigures, operandSymbol, ratioFormula, readOperand, readRatio } from '../operands';
import { bilingual, digitsToTell } from '../wording';
import type { RuleContext, RuleOf, RuleOutcome } from './rule-context';

const HUNDRED = Rational.of(100n);

/** "Điểm = Tỷ lệ × Điểm tối đa": points = min(1, n/d) × max. */
export function scoreRatio({ rule, max, inputs }: RuleContext<RuleOf<'ratio'>>): RuleOutcome {
  if (rule.zeroWhenNumeratorZero) {
    const none = readOperand(inputs, rule.numerator);
    if (none.total.isZero()) {
      // "Không có: 0 điểm" holds before any ratio: a zero denominator is no error here.
      const explanation = bilingual(
        (w) =>
          `${operandSymbol(none)} = ${operandFigures(none, w)} → ${w.say('không có', 'none')} → ${w.points(Rational.ZERO)}`,
      );
      return { points: Rational.ZERO, explanation };
    }
  }
  const ratio = readRatio(inputs, rule.numerator, rule.denominator, rule.allowNumeratorAboveDenominator ?? false);
  const counted = Rational.min(ratio.value, Rational.ONE);
  const points = counted.mul(max);
  const digits = digitsToTell(ratio.value, Rational.ONE, HUNDRED);
  const explanation = bilingual((w) => {
    const head = `${w.say('Tỷ lệ', 'Ratio')} = ${ratioFormula(ratio, w)} = ${w.percent(ratio.value, digits)}`;
    if (ratio.value.gt(Rational.ONE)) {
      return `${head} > 100% → ${w.say('tính 100%', 'counted as 100%')} → 100% × ${w.exact(max)} = ${w.points(points)}`;
    }
    return `${head} → ${w.percent(ratio.value, digits)} × ${w.exact(max)} = ${w.points(points)}`;
  });
  return { points, explanation };
}
