import type { Command } from '../shared/command-envelope';
import type { CalendarDate } from '../shared/calendar-date';
import type { UnitBlock } from './unit-block';
import type { UnitCode } from './unit-code';

/** Admin commands on the register of units, one stream per unit. */
export type RegisterUnit = Command<
  'RegisterUnit',
  {
    code: UnitCode;
    name: string;
    nameEn?: string | null;
    block: UnitBlock;
    effectiveOn: CalendarDate;
    legalBasis: string;
  }
>;

export type RenameUnit = Command<
  'RenameUnit',
  { code: UnitCode; name: string; nameEn?: string | null; effectiveOn: CalendarDate; legalBasis: string }
>;

export type MergeUnit = Command<
  'MergeUnit',
  {
    code: UnitCode;
    into: UnitCode;
    effectiveOn: CalendarDate;
    legalBasis: string;
    /**
     * Fact from the handler: the successor's block if it exists on `effectiveOn`, else null
     * (`successorBlockOn(successorState, effectiveOn)`).
     */
    successorBlock: UnitBlock | null;
  }
>;

export type DissolveUnit = Command<'DissolveUnit', { code: UnitCode; effectiveOn: CalendarDate; legalBasis: string }>;

export type UnitCommand = RegisterUnit | RenameUnit | MergeUnit | DissolveUnit;
