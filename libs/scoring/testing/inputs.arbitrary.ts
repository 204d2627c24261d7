import type { CatalogueNode, InputSpec, Operand } from '@dti/catalogue';
import fc from 'fast-check';

type Inputs = Record<string, number | boolean>;

const names = (operand: Operand): string[] => (typeof operand === 'string' ? [operand] : operand);

/** Integers spread over a budget so that their sum stays within it (parts of a whole). */
function parts(count: number, budget: number): fc.Arbitrary<number[]> {
  return fc.array(fc.nat(1000), { minLength: count, maxLength: count }).map((raw) => {
    const sum = raw.reduce((a, b) => a + b, 0);
    return sum <= budget ? raw : raw.map((value) => Math.floor((value * budget) / sum));
  });
}

function freeValue(spec: InputSpec): fc.Arbitrary<number | boolean> {
  switch (spec.type) {
    case 'boolean':
      return fc.boolean();
    case 'quantity':
      return fc.nat(1_000_000).map((cents) => cents / 100);
    default:
      return fc.nat(50);
  }
}

/** Valid inputs for any leaf of a catalogue: what a careful unit would report. */
export function validInputs(node: CatalogueNode): fc.Arbitrary<Inputs> {
  const rule = node.rule;
  const specs = node.inputs ?? [];
  if (!rule) throw new Error(`${node.code} has no rule`);
  const base = fc.record(Object.fromEntries(specs.map((spec) => [spec.name, freeValue(spec)]))) as fc.Arbitrary<Inputs>;
  const whole = (denominators: string[], numerators: string[], above: boolean) =>
    fc
      .tuple(
        base,
        parts(denominators.length, 100_000),
        fc.array(fc.nat(5000), { minLength: numerators.length, maxLength: numerators.length }),
      )
      .chain(([inputs, dens, nums]) => {
        const denominatorValues = dens.map((value, i) => value + (i === 0 ? 1 : 0));
        const total = denominatorValues.reduce((a, b) => a + b, 0);
        // Paired operands (5.9: b of a, d of c): each part within its own whole, not only the sums.
        const paired = !above && numerators.length > 1 && numerators.length === denominators.length;
        const numeratorValues = above
          ? fc.constant(nums)
          : paired
            ? fc.tuple(...denominatorValues.map((value) => fc.nat(value)))
            : parts(numerators.length, total);
        return numeratorValues.map((numeratorList) => {
          const result: Inputs = { ...inputs };
          denominators.forEach((name, i) => (result[name] = denominatorValues[i]));
          numerators.forEach((name, i) => (result[name] = numeratorList[i]));
          return result;
        });
      });
  switch (rule.kind) {
    case 'ratio':
    case 'threshold-proportional':
    case 'step-threshold':
      if (rule.denominator === undefined) return base;
      return whole(names(rule.denominator), names(rule.numerator), rule.allowNumeratorAboveDenominator ?? false);
    case 'weighted-ratios': {
      const numerators = [
        ...new Set([...rule.terms.map((t) => t.numerator), ...(rule.fullWhen ? [rule.fullWhen.numerator] : [])]),
      ];
      return whole([rule.denominator], numerators, false);
    }
    case 'tiered':
      return base.chain((inputs) =>
        fc.integer({ min: 1, max: rule.options.length }).map((option) => ({ ...inputs, [specs[0].name]: option })),
      );
    case 'share-of-set':
      return base.chain((inputs) =>
        fc.integer({ min: 0, max: rule.contents.length }).map((count) => ({ ...inputs, [specs[0].name]: count })),
      );
    case 'per-item': {
      // An item with a maxCount (2.3.8: 8 priority sectors) is reported within it.
      const bounded = rule.items.filter((item) => item.maxCount !== undefined);
      if (bounded.length === 0) return base;
      return base.chain((inputs) =>
        fc
          .tuple(...bounded.map((item) => fc.nat(Number(item.maxCount))))
          .map((counts) => ({ ...inputs, ...Object.fromEntries(bounded.map((item, i) => [item.input, counts[i]])) })),
      );
    }
    case 'yes-no':
      return base;
  }
}

/** The inputs whose growth may only raise the score (numerators, items, counts of a set). */
export function growingInputs(node: CatalogueNode): string[] {
  const rule = node.rule;
  switch (rule?.kind) {
    case 'ratio':
    case 'threshold-proportional':
    case 'step-threshold':
      return names(rule.numerator);
    case 'weighted-ratios':
      return rule.terms.map((term) => term.numerator);
    case 'per-item':
      return rule.items.map((item) => item.input);
    case 'share-of-set':
      return (node.inputs ?? []).map((spec) => spec.name);
    default:
      return [];
  }
}

/** The denominators of a leaf, for zero-denominator cases. */
export function denominatorInputs(node: CatalogueNode): string[] {
  const rule = node.rule;
  switch (rule?.kind) {
    case 'ratio':
    case 'threshold-proportional':
    case 'step-threshold':
      return rule.denominator === undefined ? [] : names(rule.denominator);
    case 'weighted-ratios':
      return [rule.denominator];
    default:
      return [];
  }
}
