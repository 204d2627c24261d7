import { normalizeQuarter, parseUnitCode, requireUnitBlock, type QuarterString, type UnitBlock } from '@dti/domain';

/** A query argument that cannot be answered; `input` names it. Nothing is read. */
export class ReadModelQueryError extends Error {
  override readonly name = 'ReadModelQueryError';
  readonly code = 'INVALID_QUERY' as const;
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(`${input}: ${message}`);
  }
}

export type RollupScope = 'province' | UnitBlock;
export type SeriesScope = 'unit' | 'block' | 'province';

export const queryInput = {
  unit: (value: unknown): string => parseUnitCode(value),
  period: (value: unknown): QuarterString => normalizeQuarter(value),
  block: (value: unknown): UnitBlock => requireUnitBlock('block', value),
  scope(value: unknown): RollupScope {
    if (value === 'province') return value;
    if (value === 'department' || value === 'district') return value;
    throw new ReadModelQueryError('scope', `expected "province", "department" or "district", got ${String(value)}`);
  },
  seriesScope(value: unknown): SeriesScope {
    if (value === 'unit' || value === 'block' || value === 'province') return value;
    throw new ReadModelQueryError('scope', `expected "unit", "block" or "province", got ${String(value)}`);
  },
  page(value: unknown, input: string, fallback: number, max: number): number {
    if (value === undefined) return fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
      throw new ReadModelQueryError(input, `expected a whole number from 0 to ${max}, got ${String(value)}`);
    }
    return value;
  },
  version(value: unknown, input: string): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
      throw new ReadModelQueryError(input, `expected a report version (1, 2, …), got ${String(value)}`);
    }
    return value;
  },
  instant(value: unknown, input: string): Date {
    if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
      throw new ReadModelQueryError(input, `expected an instant, got ${String(value)}`);
    }
    return value;
  },
};
