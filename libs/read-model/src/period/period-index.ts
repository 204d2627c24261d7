import { formatQuarter, parseQuarter, type Quarter, type QuarterString } from '@dti/domain';

/** Quarters as consecutive integers (year × 4 + quarter − 1): "the previous quarter" is index − 1. */
export function periodIndexOf(period: Quarter | string): number {
  const quarter = parseQuarter(period);
  return quarter.year * 4 + quarter.quarter - 1;
}

export function periodOfIndex(index: number): QuarterString {
  return formatQuarter(parseQuarter({ year: Math.floor(index / 4), quarter: (index % 4) + 1 }));
}
