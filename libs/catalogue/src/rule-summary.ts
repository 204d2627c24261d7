import type { Operand, Rule } from './catalogue.types';

const operand = (value: Operand): string => (typeof value === 'string' ? value : `(${value.join('+')})`);

/**
 * One line per rule for people scanning a catalogue ("ratio b/a", "threshold-proportional b/a ≥ 10%"…):
 * the CLI's tree and any listing use it, so a rule reads the same everywhere.
 */
export function summarizeRule(rule: Rule): string {
  switch (rule.kind) {
    case 'ratio':
      return `ratio ${operand(rule.numerator)}/${operand(rule.denominator)}${capped(rule.allowNumeratorAboveDenominator)}`;
    case 'threshold-proportional':
    case 'step-threshold': {
      const x =
        rule.denominator === undefined
          ? operand(rule.numerator)
          : `${operand(rule.numerator)}/${operand(rule.denominator)}`;
      const below = rule.kind === 'step-threshold' ? 'else 0' : 'else proportional';
      return `${rule.kind} ${x} ≥ ${rule.threshold} → full, ${below}`;
    }
    case 'yes-no':
      return 'yes-no';
    case 'tiered':
      return `tiered: ${rule.options.map((option, i) => `${i + 1} → ${option.fraction}`).join(', ')}`;
    case 'per-item':
      return `per-item: ${rule.items
        .map((item) => `${item.input} × ${item.pointsEach}${item.cap === undefined ? '' : ` (≤ ${item.cap})`}`)
        .join(' + ')}`;
    case 'weighted-ratios': {
      const terms = rule.terms.map((term) => `${term.numerator}/${rule.denominator} × ${term.weight}`).join(' + ');
      const full = rule.fullWhen
        ? `; full when ${rule.fullWhen.numerator}/${rule.denominator} ≥ ${rule.fullWhen.threshold}`
        : '';
      return `weighted-ratios: ${terms}${full}`;
    }
    case 'share-of-set':
      return `share-of-set: count/${rule.contents.length}`;
    default: {
      const unknownRule: never = rule;
      return `unknown rule ${String((unknownRule as { kind?: unknown }).kind)}`;
    }
  }
}

function capped(allowed: boolean | undefined): string {
  return allowed ? ' (may exceed 1; counts as 1)' : '';
}
