import { Rational } from '@dti/catalogue';
import { describeInput } from '../criterion-inputs';
import { ScoringError } from '../scoring-error';
import { bilingual, formatFigures } from '../wording';
import type { RuleContext, RuleOf, RuleOutcome } from './rule-context';

/** The reporter picks one bullet of the seed's "Cách tính điểm" cell; each is a fraction of the maximum. */
export function scoreTiered({ rule, max, inputs }: RuleContext<RuleOf<'tiered'>>): RuleOutcome {
  const spec = inputs.spec(inputs.soleInputOfType('option'));
  const chosen = inputs.number(spec.name);
  const count = rule.options.length;
  if (chosen.lt(Rational.ONE) || chosen.gt(Rational.of(count))) {
    const criterion = inputs.criterion;
    throw new ScoringError(
      'OPTION_OUT_OF_RANGE',
      // Stryker disable next-line StringLiteral: 'vi' → '' is equivalent here (describeInput reads every language but 'en' as Vietnamese); rules-edges.unit.spec.ts asserts what the message names
      `Lựa chọn ${describeInput(spec, 'vi')} = ${formatFigures(chosen.toString(), 'vi')} của tiêu chí ${criterion} phải từ 1 đến ${count}`,
      // Stryker disable next-line StringLiteral: 'en' → '' is equivalent here (formatFigures writes every language but 'vi' the English way); rules-edges.unit.spec.ts asserts what the message names
      `Option ${describeInput(spec, 'en')} = ${formatFigures(chosen.toString(), 'en')} of criterion ${criterion} must be 1 to ${count}`,
      { criterion, input: spec.name },
    );
  }
  const position = Number(chosen.numerator);
  const option = rule.options[position - 1];
  const fraction = Rational.parse(option.fraction);
  const points = fraction.mul(max);
  // The choice by its text: "Lựa chọn 2/3" next to "→ 1/3 × 3" read as a fraction.
  const explanation = bilingual(
    (w) =>
      `${w.say('Đã chọn', 'Chosen')}: "${w.say(option.label, option.labelEn ?? option.label)}" → ` +
      `${w.written(option.fraction)} × ${w.exact(max)} = ${w.points(points)}`,
  );
  return { points, explanation };
}
