import { Rational, findNode } from '@dti/catalogue';
import { scoreCriterion } from '@dti/scoring';
import { fixtureCatalogue } from '../../../scoring/testing/fixture.catalogue';
import { rollupContribution, rollupMeasureOf, sumContributions, type RollupContribution } from './criterion-rollup';

const catalogue = fixtureCatalogue();

function contribution(code: string, inputs: Record<string, unknown>): RollupContribution {
  const node = findNode(catalogue, code);
  if (node === undefined) throw new Error(code);
  return rollupContribution(node, inputs, scoreCriterion(catalogue, code, inputs));
}

function shown(c: RollupContribution) {
  return [c.numerator.toString(), c.denominator.toString(), c.meetsThreshold];
}

describe('criterion roll-up contributions, by rule kind', () => {
  it('ratio: the operands as the rule reads them; the province value is the ratio of the sums', () => {
    const units = [contribution('1.1', { a: 200, b: 150 }), contribution('1.1', { a: 4, b: 1 })];
    expect(units.map(shown)).toEqual([
      ['150', '200', null],
      ['1', '4', null],
    ]);
    // 151/204, not the mean of 75% and 25% (50%).
    expect(sumContributions(findNode(catalogue, '1.1')?.rule as never, units).value?.toString()).toBe('151/204');
  });

  it('threshold kinds: ratio of sums with a denominator (pooled operands too), else the mean figure', () => {
    expect(shown(contribution('1.3', { a: 50, b: 4 }))).toEqual(['4', '50', false]);
    expect(shown(contribution('1.5', { a: 100, b: 5 }))).toEqual(['5', '100', true]);
    expect(shown(contribution('1.6', { a: 10, b: 5, c: 10, d: 9 }))).toEqual(['14', '20', true]);
    expect(shown(contribution('1.4', { b: 2 }))).toEqual(['2', '1', false]);
    const rule = findNode(catalogue, '1.4')?.rule;
    expect(rollupMeasureOf(rule as never)).toBe('mean-value');
    const mean = sumContributions(rule as never, [contribution('1.4', { b: 2 }), contribution('1.4', { b: 5 })]);
    expect([mean.value?.toString(), mean.unitsMeetingThreshold]).toEqual(['7/2', 1]);
  });

  it('weighted ratios: Σ weight × numerator over the shared denominator; fullWhen says whether it was reached', () => {
    expect(shown(contribution('2.4', { a: 10, b: 4, c: 5 }))).toEqual(['7', '10', null]);
    expect(shown(contribution('2.5', { a: 10, b: 2, c: 8 }))).toEqual(['9', '10', true]);
    expect(sumContributions(findNode(catalogue, '2.4')?.rule as never, []).unitsMeetingThreshold).toBeNull();
  });

  it('yes-no counts yeses, share-of-set pools the set, tiered and per-item use points over maximum', () => {
    expect(shown(contribution('2.1', { value: true }))).toEqual(['1', '1', null]);
    expect(shown(contribution('2.1', { value: false }))).toEqual(['0', '1', null]);
    expect(shown(contribution('2.6', { count: 3 }))).toEqual(['3', '4', null]);
    expect(shown(contribution('2.2', { option: 2 }))).toEqual(['1', '3', null]);
    expect(shown(contribution('2.3', { count: 2, count2: 6 }))).toEqual(['3', '3', null]);
    expect(rollupMeasureOf(findNode(catalogue, '2.2')?.rule as never)).toBe('achieved-fraction');
    expect(rollupMeasureOf(findNode(catalogue, '2.1')?.rule as never)).toBe('share-yes');
  });

  it('reads exact decimal strings exactly and has no value without contributions', () => {
    expect(shown(contribution('1.2', { a: '12345678901234567890.5', b: 3 }))).toEqual([
      '3',
      '24691357802469135781/2',
      null,
    ]);
    expect(sumContributions(findNode(catalogue, '1.1')?.rule as never, [])).toEqual({
      numerator: Rational.ZERO,
      denominator: Rational.ZERO,
      value: null,
      unitsMeetingThreshold: null,
    });
  });
});
