/** Quarters as the API names them ("2025-Q2"). */
export function quarterOf(date: Date): string {
  // The province's calendar (UTC+7): a quarter starts at local midnight.
  const local = new Date(date.getTime() + 7 * 3600_000);
  return `${local.getUTCFullYear()}-Q${Math.floor(local.getUTCMonth() / 3) + 1}`;
}

export function currentQuarter(): string {
  return quarterOf(new Date());
}

export function isQuarter(value: string | undefined | null): value is string {
  return typeof value === 'string' && /^\d{4}-Q[1-4]$/.test(value);
}

export function shiftQuarter(period: string, by: number): string {
  const [year, q] = period.split('-Q').map(Number);
  const index = year * 4 + (q - 1) + by;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** Every quarter from `from` to `to`, inclusive, oldest first. */
export function quartersBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let period = from; out.length < 400; period = shiftQuarter(period, 1)) {
    out.push(period);
    if (period === to) break;
  }
  return out;
}

/** The first quarter the province's criteria set scores (plan 222's catalogue applies from 2021-Q1). */
export const FIRST_QUARTER = '2021-Q1';
