import { Rational } from '@dti/catalogue';
import { decimalSqrt, display2, exactText, integerSqrt, percentDisplay } from './exact-columns';

describe('exact columns', () => {
  it('stores the rational exactly and rounds only the display copy', () => {
    expect(exactText(Rational.of(37n, 3n))).toBe('37/3');
    expect(display2(Rational.of(37n, 3n))).toBe('12.33');
    expect(percentDisplay(Rational.of(2n, 3n))).toBe('66.67');
    expect(percentDisplay(null)).toBeNull();
  });

  it('takes square roots on integers, truncated', () => {
    expect(integerSqrt(0n)).toBe(0n);
    expect(integerSqrt(15n)).toBe(3n);
    expect(integerSqrt(16n)).toBe(4n);
    expect(integerSqrt(10n ** 40n + 1n)).toBe(10n ** 20n);
    expect(decimalSqrt(Rational.of(2n), 6)).toBe('1.414213');
    expect(decimalSqrt(Rational.of(1n, 4n), 3)).toBe('0.500');
    expect(decimalSqrt(Rational.ZERO, 2)).toBe('0.00');
    expect(() => decimalSqrt(Rational.of(-1n), 2)).toThrow(RangeError);
  });
});
