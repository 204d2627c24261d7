export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
}

/** Nearest-rank percentiles of samples in milliseconds, rounded to 0.1 ms. */
export function percentiles(samples: readonly number[]): Percentiles & { count: number; max: number; mean: number } {
  if (samples.length === 0) return { p50: NaN, p95: NaN, p99: NaN, count: 0, max: NaN, mean: NaN };
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number): number =>
    round1(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]);
  return {
    p50: at(50),
    p95: at(95),
    p99: at(99),
    count: sorted.length,
    max: round1(sorted[sorted.length - 1]),
    mean: round1(sorted.reduce((sum, value) => sum + value, 0) / sorted.length),
  };
}

export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
