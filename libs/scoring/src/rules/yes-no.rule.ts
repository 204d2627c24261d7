import { Rational } from '@dti/catalogue';
import { bilingual } from '../wording';
import type { RuleContext, RuleOf, RuleOutcome } from './rule-context';

/** "Có: Điểm tối đa; Không: 0 điểm". */
export function scoreYesNo({ max, inputs }: RuleContext<RuleOf<'yes-no'>>): RuleOutcome {
  const spec = inputs.spec(inputs.soleInputOfType('boolean'));
  const yes = inputs.boolean(spec.name);
  const points = yes ? max : Rational.ZERO;
  const explanation = bilingual((w) => {
    const label = w.say(spec.label, spec.labelEn ?? spec.label);
    if (yes) return `${label}: ${w.say('Có', 'yes')} → ${w.say('điểm tối đa', 'full points')} = ${w.points(points)}`;
    return `${label}: ${w.say('Không', 'no')} → ${w.points(points)}`;
  });
  return { points, explanation };
}
