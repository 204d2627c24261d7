import { Rational } from '@dti/catalogue';

/**
 * How exact numbers are stored: the rational in lowest terms as text ("37/3", parsed back with
 * Rational.parse) beside a 2-decimal rounded copy for display and SQL sorting. Only the exact one is
 * ever computed with.
 */
const HUNDRED = Rational.of(100n);

export function exactText(value: Rational): string {
  return value.toString();
}

export function exactOrNull(value: Rational | null): string | null {
  return value === null ? null : value.toString();
}

/** Rounded half away from zero to 2 decimals, for a numeric(…, 2) column. */
export function display2(value: Rational): string {
  return value.toFixed(2);
}

/** A fraction of 1 shown as a percentage with 2 decimals (1/3 → "33.33"). */
export function percentDisplay(fraction: Rational | null): string | null {
  return fraction === null ? null : fraction.mul(HUNDRED).toFixed(2);
}

export function parseExact(text: string): Rational {
  return Rational.parse(text);
}

export function parseExactOrNull(text: string | null): Rational | null {
  return text === null ? null : Rational.parse(text);
}

/**
 * √value as a decimal truncated to `digits` places, computed on integers (no float): a standard
 * deviation is rarely rational, so this is the one figure stored inexactly, and it says how.
 */
export function decimalSqrt(value: Rational, digits: number): string {
  if (value.isNegative()) throw new RangeError('decimalSqrt: negative value');
  return decimalSqrtOfRatio(value.numerator, value.denominator, digits);
}

/** The same for numerator / denominator (> 0) not necessarily in lowest terms: the floor does not care. */
export function decimalSqrtOfRatio(numerator: bigint, denominator: bigint, digits: number): string {
  if (numerator < 0n || denominator <= 0n) throw new RangeError('decimalSqrt: negative value');
  const scale = 10n ** BigInt(digits);
  const root = integerSqrt((numerator * scale * scale) / denominator);
  const text = root.toString().padStart(digits + 1, '0');
  return digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** ⌊√n⌋ by Newton's method on bigints. */
export function integerSqrt(n: bigint): bigint {
  if (n < 0n) throw new RangeError('integerSqrt: negative');
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  // The float guess may be off for big n: converge exactly.
  for (;;) {
    const next = (x + n / x) >> 1n;
    if (next >= x && x * x <= n) break;
    x = next;
  }
  while (x * x > n) x -= 1n;
  while ((x + 1n) * (x + 1n) <= n) x += 1n;
  return x;
}
