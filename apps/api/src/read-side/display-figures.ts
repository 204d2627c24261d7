import { Rational } from '@dti/catalogue';

/**
 * How the read endpoints show the read model's exact numbers: a JSON number rounded half away from
 * zero to 2 decimals for display, beside the exact value as text (a fraction in lowest terms). Every
 * `xExact` is the exact value of the `x` beside it; nothing is computed from the rounded one.
 */
const HUNDRED = Rational.of(100n);

/**
 * The same exact values come back on every read (a card's maxima, whole points, a unit's total read again
 * and again), and parsing one — a fraction of two 60-digit numbers for a total — is bigint work: each
 * figure is worked out once and remembered. Bounded: cleared when full.
 */
const REMEMBER_AT_MOST = 50_000;
const displayed = new Map<string, number>();
const percents = new Map<string, PercentFigures>();

function remember<T>(known: Map<string, T>, key: string, value: T): T {
  if (known.size >= REMEMBER_AT_MOST) known.clear();
  known.set(key, value);
  return value;
}

export function displayNumber(exact: string): number {
  return displayed.get(exact) ?? remember(displayed, exact, Rational.parse(exact).toNumber(2));
}

export function displayNumberOrNull(exact: string | null): number | null {
  return exact === null ? null : displayNumber(exact);
}

export interface PercentFigures {
  /** 0–100, 2 decimals; null when nothing counts. */
  percent: number | null;
  /** The same percentage, exact ("335/128" for 2.6171875 %). */
  percentExact: string | null;
}

/** The read model stores shares as fractions of 1 ("18/635"); the API shows percentages. */
export function percentOf(fractionExact: string | null): PercentFigures {
  if (fractionExact === null) return { percent: null, percentExact: null };
  const known = percents.get(fractionExact);
  if (known !== undefined) return { ...known };
  const percent = Rational.parse(fractionExact).mul(HUNDRED);
  return { ...remember(percents, fractionExact, { percent: percent.toNumber(2), percentExact: percent.toString() }) };
}

export interface ScoreFigures extends PercentFigures {
  points: number;
  pointsExact: string;
  applicableMax: number;
  applicableMaxExact: string;
}

export function scoreFigures(row: {
  pointsExact: string;
  applicableMaxExact: string;
  percentExact: string | null;
}): ScoreFigures {
  return {
    points: displayNumber(row.pointsExact),
    pointsExact: row.pointsExact,
    applicableMax: displayNumber(row.applicableMaxExact),
    applicableMaxExact: row.applicableMaxExact,
    ...percentOf(row.percentExact),
  };
}

/** after − before, exact, reading "no value" as 0 points. */
export function exactDifference(before: string | null, after: string | null): string {
  return Rational.parse(after ?? '0')
    .sub(Rational.parse(before ?? '0'))
    .toString();
}
