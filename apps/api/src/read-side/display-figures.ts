import { Rational } from '@dti/catalogue';

/**
 * How the read endpoints show the read model's exact numbers: a JSON number rounded half away from
 * zero to 2 decimals for display, beside the exact value as text (a fraction in lowest terms). Every
 * `xExact` is the exact value of the `x` beside it; nothing is computed from the rounded one.
 */
const HUNDRED = Rational.of(100n);

export function displayNumber(exact: string): number {
  return Rational.parse(exact).toNumber(2);
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
  const percent = Rational.parse(fractionExact).mul(HUNDRED);
  return { percent: percent.toNumber(2), percentExact: percent.toString() };
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
