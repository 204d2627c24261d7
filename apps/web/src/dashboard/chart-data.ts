/** A chart's figures, shared by the drawing and its text alternative (the same numbers as a table). */
export interface ChartSeries {
  /** Stable id (a unit code, "province", a group code). */
  id: string;
  name: string;
  /** One value per category; null where there is nothing (a gap, never a zero). */
  values: (number | null)[];
}

export interface ChartData {
  categories: string[];
  series: ChartSeries[];
}

/** Percentages into bins of 10 points (the last bin holds 100): a histogram's counts. */
export function histogram(percents: readonly (number | null)[]): { labels: string[]; counts: number[] } {
  const counts = new Array<number>(10).fill(0);
  for (const percent of percents) {
    if (percent === null) continue;
    counts[Math.min(9, Math.max(0, Math.floor(percent / 10)))]++;
  }
  const labels = counts.map((_, i) => `${i * 10}–${i === 9 ? 100 : i * 10 + 10}`);
  return { labels, counts };
}
