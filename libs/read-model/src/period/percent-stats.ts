import { Rational } from '@dti/catalogue';
import { decimalSqrtOfRatio } from '../exact/exact-columns';

export interface PercentStats {
  count: number;
  mean: Rational | null;
  min: Rational | null;
  max: Rational | null;
  /** Population standard deviation (÷ n) in percentage points, truncated to 6 decimals. */
  stddevPercentPoints: string | null;
}

/**
 * Mean, range and spread of fractions of 1, exact except the square root. Summed over one common
 * denominator and reduced once at the end: adding rationals one by one reduces by a gcd of ever larger
 * numbers at every step, which made a quarter's statistics the slowest part of its period job.
 */
export function percentStats(values: readonly Rational[]): PercentStats {
  if (values.length === 0) return { count: 0, mean: null, min: null, max: null, stddevPercentPoints: null };
  let common = 1n;
  for (const value of values) common = (common / gcd(common, value.denominator)) * value.denominator;
  // Each value is a/common: the sums Σa and Σa² are integers.
  let sum = 0n;
  let sumOfSquares = 0n;
  let min = values[0];
  let max = values[0];
  for (const value of values) {
    const scaled = value.numerator * (common / value.denominator);
    sum += scaled;
    sumOfSquares += scaled * scaled;
    if (value.compare(min) < 0) min = value;
    if (value.compare(max) > 0) max = value;
  }
  const n = BigInt(values.length);
  // Σ(x − mean)² / n = (n·Σa² − (Σa)²) / (n²·common²); × 10⁴ for percentage points.
  return {
    count: values.length,
    mean: Rational.of(sum, n * common),
    min,
    max,
    stddevPercentPoints: decimalSqrtOfRatio((n * sumOfSquares - sum * sum) * 10_000n, n * n * common * common, 6),
  };
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}
