import { Rational } from '@dti/catalogue';
import { decimalSqrt } from '../exact/exact-columns';

export interface PercentStats {
  count: number;
  mean: Rational | null;
  min: Rational | null;
  max: Rational | null;
  /** Population standard deviation (÷ n) in percentage points, truncated to 6 decimals. */
  stddevPercentPoints: string | null;
}

const TEN_THOUSAND = Rational.of(10_000n);

/** Mean, range and spread of fractions of 1, exact except the square root. */
export function percentStats(values: readonly Rational[]): PercentStats {
  if (values.length === 0) return { count: 0, mean: null, min: null, max: null, stddevPercentPoints: null };
  const n = Rational.of(values.length);
  const mean = Rational.sum(values).div(n);
  const variance = Rational.sum(values.map((value) => value.sub(mean).mul(value.sub(mean)))).div(n);
  return {
    count: values.length,
    mean,
    min: Rational.min(values[0], ...values.slice(1)),
    max: Rational.max(values[0], ...values.slice(1)),
    // √(variance) × 100 = √(variance × 10⁴): percentage points.
    stddevPercentPoints: decimalSqrt(variance.mul(TEN_THOUSAND), 6),
  };
}
