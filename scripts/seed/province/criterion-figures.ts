import { Rational, type CatalogueNode, type InputSpec, type Operand, type Rule } from '@dti/catalogue';
import type { CriterionInputs, InputValue } from '@dti/domain';
import type { SeededRandom } from './seeded-random';

/**
 * Figures a unit would report for one criterion, shaped by the criterion's rule so they read like a real
 * report: a part never exceeds its whole (b ≤ a) unless the rule compares with an outside figure, weighted
 * numerators share one denominator, options are 1-based bullets, threshold figures land around the
 * threshold. `maturity` (0–1) is how far the unit has come; it rises quarter by quarter, so scores do too.
 */
export function figuresFor(node: CatalogueNode, random: SeededRandom, maturity: number): CriterionInputs {
  const specs = node.inputs ?? [];
  const rule = node.rule as Rule;
  const values = new Map<string, InputValue>();
  const typeOf = (name: string): InputSpec['type'] => specs.find((spec) => spec.name === name)?.type ?? 'count';
  const level = clamp(maturity + (random.next() - 0.5) * 0.3, 0, 1);

  switch (rule.kind) {
    case 'ratio':
    case 'threshold-proportional':
    case 'step-threshold': {
      const threshold = rule.kind === 'ratio' ? 1 : Rational.parse(rule.threshold).toNumber(6);
      const above = rule.allowNumeratorAboveDenominator === true;
      if (rule.denominator === undefined) {
        // A figure judged on its own against the threshold (a count of items, say).
        for (const name of names(rule.numerator)) values.set(name, amount(typeOf(name), threshold * (0.4 + level)));
        break;
      }
      const denominators = names(rule.denominator);
      const wholes = denominators.map(() => wholeSize(random));
      denominators.forEach((name, i) => values.set(name, amount(typeOf(name), wholes[i])));
      // The share reported: around the threshold for threshold rules, the maturity for plain ratios.
      let share = rule.kind === 'ratio' ? level : threshold * (0.35 + level * 0.9);
      if (!above) share = Math.min(share, 1);
      const numerators = names(rule.numerator);
      const total = wholes.reduce((sum, whole) => sum + whole, 0);
      numerators.forEach((name, i) => {
        const whole = numerators.length === wholes.length ? wholes[i] : total / numerators.length;
        values.set(name, amount(typeOf(name), whole * share, above ? undefined : whole));
      });
      break;
    }
    case 'weighted-ratios': {
      const whole = wholeSize(random);
      values.set(rule.denominator, amount(typeOf(rule.denominator), whole));
      // The parts split the whole: the better the unit, the more sits in the heavier-weighted terms.
      let left = Math.floor(whole * (0.3 + level * 0.7));
      rule.terms.forEach((term, i) => {
        const last = i === rule.terms.length - 1;
        const part = last ? left : Math.floor(left * (0.3 + random.next() * 0.5));
        values.set(term.numerator, amount(typeOf(term.numerator), part, left));
        left -= part;
      });
      if (rule.fullWhen && !values.has(rule.fullWhen.numerator)) {
        values.set(rule.fullWhen.numerator, amount(typeOf(rule.fullWhen.numerator), whole * level, whole));
      }
      break;
    }
    case 'yes-no': {
      const name = specs.find((spec) => spec.type === 'boolean')?.name ?? 'value';
      values.set(name, random.chance(0.45 + level * 0.5));
      break;
    }
    case 'tiered': {
      const name = specs.find((spec) => spec.type === 'option')?.name ?? 'option';
      // Option 1 is the best bullet in the seed's "Cách tính điểm" cell.
      values.set(name, random.chance(level) ? 1 : random.int(1, rule.options.length));
      break;
    }
    case 'per-item':
      for (const item of rule.items) {
        const each = Rational.parse(item.pointsEach).toNumber(6);
        const enough = item.cap === undefined ? 4 : Math.ceil(Rational.parse(item.cap).toNumber(6) / each);
        if (typeOf(item.input) === 'boolean') values.set(item.input, random.chance(0.4 + level * 0.55));
        else values.set(item.input, random.int(0, Math.max(1, Math.round(enough * (0.3 + level)))));
      }
      break;
    case 'share-of-set': {
      const name = specs.find((spec) => spec.type === 'count')?.name ?? 'count';
      values.set(name, Math.min(rule.contents.length, random.int(0, Math.round(rule.contents.length * (0.3 + level)))));
      break;
    }
    default: {
      const unknownRule: never = rule;
      throw new Error(`No figures for rule ${JSON.stringify(unknownRule)}`);
    }
  }
  // Inputs the rule does not read (none in tth-2020 today) still have to be reported.
  for (const spec of specs) if (!values.has(spec.name)) values.set(spec.name, filler(spec, random));
  return Object.fromEntries(specs.map((spec) => [spec.name, values.get(spec.name) as InputValue]));
}

function names(operand: Operand): string[] {
  return Array.isArray(operand) ? operand : [operand];
}

/** Staff, procedures, computers, budgets: a whole of realistic size (skewed: many small, a few large units). */
function wholeSize(random: SeededRandom): number {
  return Math.round(8 + 600 * random.next() ** 2);
}

/** A count (whole number) or a quantity (a decimal string with two places: money, data volume). */
function amount(type: InputSpec['type'], value: number, atMost?: number): InputValue {
  const bounded = Math.max(0, atMost === undefined ? value : Math.min(value, atMost));
  if (type === 'quantity') {
    const cents = Math.floor(bounded * 100);
    return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
  }
  return Math.floor(bounded);
}

function filler(spec: InputSpec, random: SeededRandom): InputValue {
  switch (spec.type) {
    case 'boolean':
      return random.chance(0.7);
    case 'option':
      return 1;
    case 'quantity':
      return amount('quantity', random.next() * 1000);
    case 'count':
      return random.int(0, 100);
    default: {
      const unknownType: never = spec.type;
      throw new Error(`No filler for input type ${String(unknownType)}`);
    }
  }
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
