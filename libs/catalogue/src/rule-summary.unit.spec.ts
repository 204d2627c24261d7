import type { Rule } from './catalogue.types';
import { summarizeRule } from './rule-summary';

/**
 * summarizeRule writes one language-neutral line (a formula: input names, operators, figures) that the CLI's
 * tree and the API's `ruleSummary` show beside the node's Vietnamese and English titles. Each case pins the
 * kind, the inputs and the figures a reader must find, piece by piece, never the whole line as a snapshot.
 */

/** The part after "<kind>: ", split into its terms. */
function terms(summary: string, kind: string, separator: string): string[] {
  expect(summary.startsWith(`${kind}: `)).toBe(true);
  return summary.slice(kind.length + 2).split(separator);
}

describe('summarizeRule', () => {
  describe('ratio', () => {
    it('names numerator over denominator, and no cap when the numerator may not exceed it', () => {
      const summary = summarizeRule({ kind: 'ratio', numerator: 'b', denominator: 'a' });
      expect(summary.split(' ')).toEqual(['ratio', 'b/a']);
    });

    it('wraps a pooled operand in parentheses, its inputs joined by +', () => {
      const summary = summarizeRule({ kind: 'ratio', numerator: ['b', 'd'], denominator: ['a', 'c'] });
      expect(summary.split(' ')).toEqual(['ratio', '(b+d)/(a+c)']);
    });

    it('says a numerator above the denominator is allowed and counts as 1', () => {
      const summary = summarizeRule({
        kind: 'ratio',
        numerator: 'b',
        denominator: 'a',
        allowNumeratorAboveDenominator: true,
      });
      expect(summary.startsWith('ratio b/a ')).toBe(true);
      expect(summary.endsWith('(may exceed 1; counts as 1)')).toBe(true);
    });

    it('says nothing of a cap when allowNumeratorAboveDenominator is false', () => {
      const summary = summarizeRule({
        kind: 'ratio',
        numerator: 'b',
        denominator: 'a',
        allowNumeratorAboveDenominator: false,
      });
      expect(summary.split(' ')).toEqual(['ratio', 'b/a']);
    });
  });

  describe.each([
    ['threshold-proportional', 'else proportional'],
    ['step-threshold', 'else 0'],
  ] as const)('%s', (kind, below) => {
    it(`names x = n/d, the threshold for full points, and "${below}" under it`, () => {
      const summary = summarizeRule({ kind, numerator: 'b', denominator: 'a', threshold: '80%' });
      const [head, tail] = summary.split(' → ');
      expect(head.split(' ')).toEqual([kind, 'b/a', '≥', '80%']);
      expect(tail.split(', ')).toEqual(['full', below]);
    });

    it('names the numerator alone when there is no denominator', () => {
      const summary = summarizeRule({ kind, numerator: 'a', threshold: '10' });
      expect(summary.split(' → ')[0].split(' ')).toEqual([kind, 'a', '≥', '10']);
    });

    it('wraps pooled operands in parentheses', () => {
      const summary = summarizeRule({ kind, numerator: ['b', 'd'], denominator: ['a', 'c'], threshold: '1/2' });
      expect(summary.split(' → ')[0].split(' ')).toEqual([kind, '(b+d)/(a+c)', '≥', '1/2']);
    });
  });

  it('yes-no: the kind alone', () => {
    expect(summarizeRule({ kind: 'yes-no' })).toBe('yes-no');
  });

  it('tiered: each option by its 1-based position and its fraction of max', () => {
    const summary = summarizeRule({
      kind: 'tiered',
      options: [
        { label: 'Đầy đủ', fraction: '1' },
        { label: 'Một phần', fraction: '1/2' },
        { label: 'Không có', fraction: '0' },
      ],
    });
    expect(terms(summary, 'tiered', ', ')).toEqual(['1 → 1', '2 → 1/2', '3 → 0']);
  });

  it('per-item: each input times its points, with its cap only where it has one', () => {
    const summary = summarizeRule({
      kind: 'per-item',
      items: [
        { input: 'a', label: 'Văn bản', pointsEach: '0.5', cap: '2' },
        { input: 'b', label: 'Hội nghị', pointsEach: '1' },
      ],
    });
    expect(terms(summary, 'per-item', ' + ')).toEqual(['a × 0.5 (≤ 2)', 'b × 1']);
  });

  describe('weighted-ratios', () => {
    const rule: Extract<Rule, { kind: 'weighted-ratios' }> = {
      kind: 'weighted-ratios',
      denominator: 'a',
      terms: [
        { numerator: 'b', weight: '1/2' },
        { numerator: 'c', weight: '0.25' },
      ],
    };

    it('names each term as numerator/denominator × weight', () => {
      expect(terms(summarizeRule(rule), 'weighted-ratios', ' + ')).toEqual(['b/a × 1/2', 'c/a × 0.25']);
    });

    it('adds when it gives full points, after a semicolon', () => {
      const summary = summarizeRule({ ...rule, fullWhen: { numerator: 'd', threshold: '80%' } });
      const [weighted, full] = summary.split('; ');
      expect(terms(weighted, 'weighted-ratios', ' + ')).toEqual(['b/a × 1/2', 'c/a × 0.25']);
      expect(full.split(' ')).toEqual(['full', 'when', 'd/a', '≥', '80%']);
    });
  });

  it('share-of-set: count over how many contents the set lists', () => {
    const summary = summarizeRule({
      kind: 'share-of-set',
      contents: [{ label: 'Kế hoạch' }, { label: 'Báo cáo' }, { label: 'Quyết định' }],
    });
    expect(summary.split(' ')).toEqual(['share-of-set:', 'count/3']);
  });

  it('names the kind of a rule it does not know (data read at run time, outside the types)', () => {
    expect(summarizeRule({ kind: 'bonus' } as unknown as Rule).split(' ')).toEqual(['unknown', 'rule', 'bonus']);
  });
});
