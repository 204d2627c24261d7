import { Rational } from '@dti/catalogue';

export interface Rankable {
  unit: string;
  /** Exact fraction of 1; null when nothing counts for the unit. */
  percent: Rational | null;
}

/**
 * Standard competition ranking ("1224") on the exact percentage, highest first: units with equal
 * percentages share a rank and the next rank counts everyone above it (1, 1, 3). A unit without a
 * percentage is not ranked (null). Ties list by unit code. Exactness matters here: 2/3 and 0.6667 are
 * not a tie, and two units both at 2/3 are.
 */
export function competitionRanks<T extends Rankable>(items: readonly T[]): Array<T & { rank: number | null }> {
  const ranked = items
    .filter((item) => item.percent !== null)
    .sort((a, b) => (b.percent as Rational).compare(a.percent as Rational) || compareCodes(a.unit, b.unit));
  const result: Array<T & { rank: number | null }> = [];
  ranked.forEach((item, index) => {
    const previous = result[index - 1];
    const tied = previous !== undefined && (previous.percent as Rational).equals(item.percent as Rational);
    result.push({ ...item, rank: tied ? (previous.rank as number) : index + 1 });
  });
  const unranked = items
    .filter((item) => item.percent === null)
    .sort((a, b) => compareCodes(a.unit, b.unit))
    .map((item) => ({ ...item, rank: null }));
  return [...result, ...unranked];
}

function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
