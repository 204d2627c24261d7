import { Rational } from '@dti/catalogue';
import { bilingual } from '../wording';
import type { RuleContext, RuleOf, RuleOutcome } from './rule-context';

/** "01 điểm/văn bản, tối đa 03 điểm": each item earns pointsEach, capped per item; the sum is capped at max. */
export function scorePerItem({ rule, max, inputs }: RuleContext<RuleOf<'per-item'>>): RuleOutcome {
  const items = rule.items.map((item) => {
    const count = inputs.number(item.input);
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
      return `${item.input}: ${w.exact(count)} × ${w.written(item.pointsEach)} = ${w.exact(earned)}${capped}`;
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
