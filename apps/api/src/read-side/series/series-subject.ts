import type { UnitBlock, UnitCode } from '@dti/domain';
import { invalidInput, readUnit } from '../read-inputs';

/** Whose series: one unit's total, a catalogue group's mean, or the province's mean (optionally of a block). */
export type SeriesSubject =
  | { kind: 'unit'; unit: UnitCode }
  | { kind: 'group'; group: string; block: UnitBlock | null }
  | { kind: 'province'; block: UnitBlock | null };

/** Exactly one of unit, group and scope=province; a block narrows a mean, never a unit. 400 otherwise. */
export function seriesSubject(query: {
  unit?: string;
  group?: string;
  scope?: 'province';
  block?: UnitBlock;
}): SeriesSubject {
  const given = (['unit', 'group', 'scope'] as const).filter((name) => query[name] !== undefined);
  if (given.length !== 1) {
    throw invalidInput(
      given.length === 0 ? 'unit' : given.join(','),
      `give exactly one of unit, group and scope=province (got ${given.length === 0 ? 'none' : given.join(', ')})`,
      'EXACTLY_ONE_SUBJECT',
    );
  }
  const block = query.block ?? null;
  if (query.unit !== undefined) {
    if (block !== null) {
      throw invalidInput(
        'block',
        'a unit’s series is its own; block narrows group and province means only',
        'BLOCK_WITH_UNIT',
      );
    }
    return { kind: 'unit', unit: readUnit(query.unit) };
  }
  if (query.group !== undefined) return { kind: 'group', group: query.group, block };
  return { kind: 'province', block };
}
