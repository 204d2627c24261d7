import { Rational } from '@dti/catalogue';
import { describeInput } from '../criterion-inputs';
import { ScoringError } from '../scoring-error';
import { bilingual, formatFigures } from '../wording';
import type { RuleContext, RuleOf, RuleOutcome } from './rule-context';

/** "01 điểm/văn bản, tối đa 03 điểm": each item earns pointsEach, capped per item; the sum is capped at max. */
export function scorePerItem({ rule, max, inputs }: RuleContext<RuleOf<'per-item'>>): RuleOutcome {
  const items = rule.items.map((item) => {
    const count = inputs.number(item.input);
    if (item.maxCount !== undefined && count.gt(Rational.parse(item.maxCount))) {
      const spec = inputs.spec(item.input);
      const criterion = inputs.criterion;
      // Stryker disable next-line StringLiteral: 'en' → '' is equivalent here (formatFigures writes every language but 'vi' the English way); rules-edges.unit.spec.ts asserts what the message names
      const [shownVi, shownEn] = [formatFigures(count.toString(), 'vi'), formatFigures(count.toString(), 'en')];
      throw new ScoringError(
        'COUNT_EXCEEDS_SET',
        // Stryker disable next-line StringLiteral: 'vi' → '' is equivalent here (describeInput reads every language but 'en' as Vietnamese); rules-edges.unit.spec.ts asserts what the message names
        `Số liệu ${describeInput(spec, 'vi')} = ${shownVi} của tiêu chí ${criterion} vượt quá ${item.maxCount} (số tối đa có thể có)`,
        `Input ${describeInput(spec, 'en')} = ${shownEn} of criterion ${criterion} exceeds ${item.maxCount}, the most there can be`,
        { criterion, input: spec.name },
      );
    }
    const pointsEach = Rational.parse(item.pointsEach);
    const earned = count.mul(pointsEach);
    const cap = item.cap === undefined ? undefined : Rational.parse(item.cap);
    const counted = cap !== undefined && earned.gt(cap) ? cap : earned;
    return { item, count, earned, cap, counted };
  });
  const total = Rational.sum(items.map((entry) => entry.counted));
  const points = Rational.min(total, max);
  const explanation = bilingual((w) => {
    const lines = items.map(({ item, count, earned, cap, counted }) => {
      const capped = cap !== undefined && earned.gt(cap) ? ` > ${w.exact(cap)} → ${w.exact(counted)}` : '';
      return `${w.say(item.label, item.labelEn ?? item.label)}: ${w.exact(count)} × ${w.written(item.pointsEach)} = ${w.exact(earned)}${capped}`;
    });
    const sum =
      items.length > 1
        ? `${w.say('Tổng', 'Total')} = ${items.map((entry) => w.exact(entry.counted)).join(' + ')} = ${w.exact(total)}`
        : `${w.say('Tổng', 'Total')} = ${w.exact(total)}`;
    const cappedTotal = total.gt(max) ? ` > ${w.exact(max)} → ${w.say('tối đa', 'the maximum')}` : '';
    return `${lines.join('; ')}; ${sum}${cappedTotal} → ${w.points(points)}`;
  });
  return { points, explanation };
}
