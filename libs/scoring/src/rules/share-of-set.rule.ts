import { Rational } from '@dti/catalogue';
import { describeInput } from '../criterion-inputs';
import { ScoringError } from '../scoring-error';
import { bilingual, formatFigures } from '../wording';
import type { RuleContext, RuleOf, RuleOutcome } from './rule-context';

/** "Ban hành chưa đầy đủ: tỷ lệ các nội dung đã ban hành × Điểm tối đa" (2.3.4). */
export function scoreShareOfSet({ rule, max, inputs }: RuleContext<RuleOf<'share-of-set'>>): RuleOutcome {
  const spec = inputs.spec(inputs.soleInputOfType('count'));
  const count = inputs.number(spec.name);
  const size = Rational.of(rule.contents.length);
  if (count.gt(size)) {
    const criterion = inputs.criterion;
    throw new ScoringError(
      'COUNT_EXCEEDS_SET',
      // Stryker disable next-line StringLiteral: 'vi' → '' is equivalent here (describeInput reads every language but 'en' as Vietnamese); rules-edges.unit.spec.ts asserts what the message names
      `Số liệu ${describeInput(spec, 'vi')} = ${formatFigures(count.toString(), 'vi')} của tiêu chí ${criterion} vượt quá ${rule.contents.length} nội dung được liệt kê`,
      // Stryker disable next-line StringLiteral: 'en' → '' is equivalent here (formatFigures writes every language but 'vi' the English way); rules-edges.unit.spec.ts asserts what the message names
      `Input ${describeInput(spec, 'en')} = ${formatFigures(count.toString(), 'en')} of criterion ${criterion} exceeds the ${rule.contents.length} listed contents`,
      { criterion, input: spec.name },
    );
  }
  const points = count.div(size).mul(max);
  const explanation = bilingual((w) => {
    const share = `${w.exact(count)}/${rule.contents.length}`;
    return `${w.say(spec.label, spec.labelEn ?? spec.label)} = ${share} → ${share} × ${w.exact(max)} = ${w.points(points)}`;
  });
  return { points, explanation };
}
