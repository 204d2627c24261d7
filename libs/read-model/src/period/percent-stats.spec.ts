import { Rational } from '@dti/catalogue';
import { percentStats } from './percent-stats';

describe('percentStats', () => {
  it('gives the exact mean and range and the population spread in percentage points', () => {
    const stats = percentStats(['1/2', '1/4', '3/4'].map((text) => Rational.parse(text)));
    expect(stats.mean?.toString()).toBe('1/2');
    expect(stats.min?.toString()).toBe('1/4');
    expect(stats.max?.toString()).toBe('3/4');
    // Deviations ±25 points and 0: √((625 + 625 + 0)/3) = 20.412414…
    expect(stats.stddevPercentPoints).toBe('20.412414');
  });

  it('is empty for no values and 0 spread for one', () => {
    expect(percentStats([])).toEqual({ count: 0, mean: null, min: null, max: null, stddevPercentPoints: null });
    expect(percentStats([Rational.parse('1/3')]).stddevPercentPoints).toBe('0.000000');
  });
});
