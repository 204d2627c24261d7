import type { Rational } from '@dti/catalogue';

/** A maximum as a JSON number: exact when it has a short decimal form (they all do in practice). */
export function jsonNumber(value: Rational): number {
  return Number(value.toExactDecimal(6) ?? value.toFixed(6));
}

/** A maximum for people: "2.5", or "1/3" when it has no short decimal form. */
export function shownNumber(value: Rational): string {
  return value.toExactDecimal(6) ?? value.toString();
}
