/**
 * An exact rational number: bigint numerator over a positive bigint denominator, always in lowest terms.
 *
 * It lives in the catalogue library because the catalogue's `Exact` strings are its written form and the
 * validator must add maxima exactly; the scoring library re-exports it (scoring depends on the catalogue,
 * never the other way round).
 */
export class Rational {
  static readonly ZERO = new Rational(0n, 1n);
  static readonly ONE = new Rational(1n, 1n);

  readonly numerator: bigint;
  /** Always > 0. */
  readonly denominator: bigint;

  private constructor(numerator: bigint, denominator: bigint) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /** numerator / denominator; plain numbers must be integers (use `fromNumber` for decimals). */
  static of(numerator: bigint | number, denominator: bigint | number = 1n): Rational {
    const n = toBigInt(numerator, 'numerator');
    const d = toBigInt(denominator, 'denominator');
    if (d === 0n) throw new RangeError('Rational: zero denominator');
    return Rational.normalized(n, d);
  }

  private static normalized(numerator: bigint, denominator: bigint): Rational {
    // Stryker disable next-line EqualityOperator: the denominator is never 0 here (of, tryParse and div refuse it), so < and <= agree
    if (denominator < 0n) {
      numerator = -numerator;
      denominator = -denominator;
    }
    // Stryker disable next-line EqualityOperator: -0n is 0n, so < and <= agree
    const divisor = gcd(numerator < 0n ? -numerator : numerator, denominator);
    return new Rational(numerator / divisor, denominator / divisor);
  }

  /**
   * A JS number taken at its decimal face value: 0.1 is 1/10, not the binary float nearest to it.
   * `String(x)` gives the shortest string that round-trips, which is the decimal the user typed.
   */
  static fromNumber(value: number): Rational {
    if (!Number.isFinite(value)) throw new RangeError(`Rational: not a finite number (${String(value)})`);
    const parsed = parseDecimal(String(value), true);
    // Stryker disable next-line all: unreachable: String() of a finite number always has the digits, fraction and exponent parseDecimal reads
    if (parsed === undefined) throw new RangeError(`Rational: cannot read number ${String(value)}`);
    return Rational.of(parsed.numerator, parsed.denominator);
  }

  /**
   * An `Exact` string of the catalogue: an integer ("3", "-2"), a decimal ("0.25"), a fraction ("1/3")
   * or a percentage ("80%", "12.5%"). Throws RangeError on anything else.
   */
  static parse(text: string): Rational {
    const parsed = Rational.tryParse(text);
    if (parsed === undefined) throw new RangeError(`Rational: not an exact number: "${text}"`);
    return parsed;
  }

  static tryParse(text: string): Rational | undefined {
    if (typeof text !== 'string') return undefined;
    const percent = text.endsWith('%');
    const fraction = /^(-?\d+)\/(\d+)$/.exec(text);
    // Stryker disable next-line ConditionalExpression: `!percent` is redundant (the fraction pattern ends in a digit), kept for the reader
    if (fraction && !percent) {
      const denominator = BigInt(fraction[2]);
      return denominator === 0n ? undefined : Rational.of(BigInt(fraction[1]), denominator);
    }
    const decimal = parseDecimal(percent ? text.slice(0, -1) : text, false);
    if (decimal === undefined) return undefined;
    return Rational.of(decimal.numerator, decimal.denominator * (percent ? 100n : 1n));
  }

  static sum(values: Iterable<Rational>): Rational {
    let total = Rational.ZERO;
    for (const value of values) total = total.add(value);
    return total;
  }

  static min(first: Rational, ...rest: Rational[]): Rational {
    // Stryker disable next-line EqualityOperator: on equal values either is the same (immutable) number
    return rest.reduce((low, value) => (value.compare(low) < 0 ? value : low), first);
  }

  static max(first: Rational, ...rest: Rational[]): Rational {
    // Stryker disable next-line EqualityOperator: on equal values either is the same (immutable) number
    return rest.reduce((high, value) => (value.compare(high) > 0 ? value : high), first);
  }

  add(other: Rational): Rational {
    return Rational.normalized(
      this.numerator * other.denominator + other.numerator * this.denominator,
      this.denominator * other.denominator,
    );
  }

  sub(other: Rational): Rational {
    return this.add(other.neg());
  }

  mul(other: Rational): Rational {
    return Rational.normalized(this.numerator * other.numerator, this.denominator * other.denominator);
  }

  div(other: Rational): Rational {
    if (other.numerator === 0n) throw new RangeError('Rational: division by zero');
    return Rational.normalized(this.numerator * other.denominator, this.denominator * other.numerator);
  }

  neg(): Rational {
    return new Rational(-this.numerator, this.denominator);
  }

  abs(): Rational {
    // Stryker disable next-line EqualityOperator: the negation of 0 is 0, so < and <= agree
    return this.numerator < 0n ? this.neg() : this;
  }

  /** -1, 0 or 1. */
  compare(other: Rational): -1 | 0 | 1 {
    const left = this.numerator * other.denominator;
    const right = other.numerator * this.denominator;
    return left < right ? -1 : left > right ? 1 : 0;
  }

  equals(other: Rational): boolean {
    return this.numerator === other.numerator && this.denominator === other.denominator;
  }

  lt(other: Rational): boolean {
    return this.compare(other) < 0;
  }

  lte(other: Rational): boolean {
    return this.compare(other) <= 0;
  }

  gt(other: Rational): boolean {
    return this.compare(other) > 0;
  }

  gte(other: Rational): boolean {
    return this.compare(other) >= 0;
  }

  min(other: Rational): Rational {
    return Rational.min(this, other);
  }

  max(other: Rational): Rational {
    return Rational.max(this, other);
  }

  isZero(): boolean {
    return this.numerator === 0n;
  }

  isNegative(): boolean {
    return this.numerator < 0n;
  }

  isInteger(): boolean {
    return this.denominator === 1n;
  }

  /** Lowest terms: "2", "4/3", "-1/2". Parses back with `Rational.parse`. */
  toString(): string {
    return this.denominator === 1n ? this.numerator.toString() : `${this.numerator}/${this.denominator}`;
  }

  toJSON(): string {
    return this.toString();
  }

  /** Rounded half-up (half away from zero) to `digits` decimals: 4/3 → "1.33", 1/200 → "0.01". */
  toFixed(digits = 2): string {
    assertDigits(digits);
    const scale = 10n ** BigInt(digits);
    // Stryker disable next-line EqualityOperator: -0n is 0n, so < and <= agree
    const magnitude = this.numerator < 0n ? -this.numerator : this.numerator;
    const scaled = magnitude * scale;
    let units = scaled / this.denominator;
    if ((scaled % this.denominator) * 2n >= this.denominator) units += 1n;
    // Stryker disable next-line EqualityOperator: a numerator of 0 rounds to units 0, which gets no sign anyway
    const negative = this.numerator < 0n;
    const sign = negative && units !== 0n ? '-' : '';
    const text = units.toString().padStart(digits + 1, '0');
    if (digits === 0) return sign + text;
    return `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
  }

  /** For JSON display only: the value rounded to `digits` decimals as a JS number. */
  toNumber(digits = 2): number {
    return Number(this.toFixed(digits));
  }

  /** Vietnamese decimal comma: 5 → "5,00". */
  toVietnamese(digits = 2): string {
    return this.toFixed(digits).replace('.', ',');
  }

  /** As a percentage: 1/20 → "5.00%". */
  toPercent(digits = 2): string {
    return `${this.mul(HUNDRED).toFixed(digits)}%`;
  }

  /** As a percentage with the Vietnamese decimal comma: 1/20 → "5,00%". */
  toVietnamesePercent(digits = 2): string {
    return `${this.mul(HUNDRED).toVietnamese(digits)}%`;
  }

  /**
   * The exact decimal expansion when it ends within `maxDigits` decimals ("0.25", "12.5"), otherwise
   * undefined: lets a display show input figures exactly as they were typed.
   */
  toExactDecimal(maxDigits = 6): string | undefined {
    for (let digits = 0; digits <= maxDigits; digits++) {
      if (10n ** BigInt(digits) % this.denominator === 0n) return this.toFixed(digits);
    }
    return undefined;
  }
}

const HUNDRED = Rational.of(100n);

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  // Stryker disable next-line ConditionalExpression: a is 0 only when both are, and a denominator never is (the guard keeps gcd total)
  return a === 0n ? 1n : a;
}

function toBigInt(value: bigint | number, what: string): bigint {
  if (typeof value === 'bigint') return value;
  if (!Number.isSafeInteger(value)) throw new RangeError(`Rational: ${what} must be a safe integer (${value})`);
  return BigInt(value);
}

function assertDigits(digits: number): void {
  if (!Number.isInteger(digits) || digits < 0 || digits > 1000) throw new RangeError(`Rational: bad digits ${digits}`);
}

/** "-12.5", "3", "1e-7", "1.5e+21" (the last two only where `String(number)` produces them). */
function parseDecimal(text: string, allowExponent: boolean): { numerator: bigint; denominator: bigint } | undefined {
  // Stryker disable next-line Regex: String() of a number always signs its exponent ("1e+21", "1e-7") and an Exact may have none, so the optional sign never decides
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!match || (match[4] !== undefined && !allowExponent)) return undefined;
  const [, sign, whole, fraction = '', exponentText] = match;
  // Stryker disable next-line ConditionalExpression: without an exponent Number(undefined) is NaN, and NaN scales like 0 below (neither > 0 nor < 0)
  const exponent = exponentText === undefined ? 0 : Number(exponentText);
  let numerator = BigInt(whole + fraction);
  let denominator = 10n ** BigInt(fraction.length);
  // Stryker disable next-line EqualityOperator: an exponent of 0 multiplies by 1
  if (exponent > 0) numerator *= 10n ** BigInt(exponent);
  // Stryker disable next-line EqualityOperator: an exponent of 0 multiplies by 1
  if (exponent < 0) denominator *= 10n ** BigInt(-exponent);
  if (sign === '-') numerator = -numerator;
  return { numerator, denominator };
}
