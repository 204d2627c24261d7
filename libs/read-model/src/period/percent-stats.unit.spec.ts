import { Rational } from '@dti/catalogue';
import fc from 'fast-check';
import { decimalSqrt } from '../exact/exact-columns';
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

describe('percentStats over one common denominator', () => {
  // The textbook computation, one rational operation at a time: what the sums must agree with exactly.
  function naive(values: Rational[]) {
    const n = Rational.of(values.length);
    const mean = Rational.sum(values).div(n);
    const variance = Rational.sum(values.map((value) => value.sub(mean).mul(value.sub(mean)))).div(n);
    return { mean: mean.toString(), stddev: decimalSqrt(variance.mul(Rational.of(10_000n)), 6) };
  }

  it('equals the one-by-one rational computation on arbitrary fractions', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc
            .tuple(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 5000 }))
            .map(([a, b]) => Rational.of(Math.min(a, b), b)),
          { minLength: 1, maxLength: 60 },
        ),
        (values) => {
          const stats = percentStats(values);
          const expected = naive(values);
          expect(stats.mean?.toString()).toBe(expected.mean);
          expect(stats.stddevPercentPoints).toBe(expected.stddev);
        },
      ),
      { numRuns: 200 },
    );
  });
});
