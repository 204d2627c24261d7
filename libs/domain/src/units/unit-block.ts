import type { UnitBlock } from '@dti/catalogue';
import { InvalidCommandError } from '../domain-errors';
import { describeValue } from '../shared/command-fields';

// The catalogue owns the notion of a block (criteria apply per block); this file only lists its values.
export type { UnitBlock };

/** Sở, ban, ngành cấp tỉnh ('department') and UBND cấp huyện ('district'), ranked separately. */
export const UNIT_BLOCKS = ['department', 'district'] as const satisfies readonly UnitBlock[];

// Fails to compile if the catalogue ever adds a block this list does not name.
const _everyBlockListed: UnitBlock extends (typeof UNIT_BLOCKS)[number] ? true : never = true;
void _everyBlockListed;

export function isUnitBlock(value: unknown): value is UnitBlock {
  // Stryker disable next-line ConditionalExpression: includes() converts nothing, so no value but a listed string is found (the typeof narrows the type)
  return typeof value === 'string' && (UNIT_BLOCKS as readonly string[]).includes(value);
}

export function requireUnitBlock(field: string, value: unknown): UnitBlock {
  if (!isUnitBlock(value)) {
    throw InvalidCommandError.because(field, `expected "department" or "district", got ${describeValue(value)}`);
  }
  return value;
}
