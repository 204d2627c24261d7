import type { Command } from '../shared/command-envelope';
import type { CalendarDate } from '../shared/calendar-date';
import type { UnitBlock } from './unit-block';
import type { UnitCode } from './unit-code';

/**
 * What every unit change may carry about finalized quarters (unit-retroactive.ts): the administrator's reason
 * for a change that reaches into them, and the handler's fact of which quarters are finalized in the change's
 * scope (`finalizedQuartersScopeOf`), read from the read model; absent when none can be (an empty store).
 */
export interface RetroactiveInputs {
  retroactiveReason?: string | null;
  finalizedQuarters?: readonly string[];
}

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
  } & RetroactiveInputs
>;

export type RenameUnit = Command<
  'RenameUnit',
  {
    code: UnitCode;
    name: string;
    nameEn?: string | null;
    effectiveOn: CalendarDate;
    legalBasis: string;
  } & RetroactiveInputs
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
  } & RetroactiveInputs
>;

export type DissolveUnit = Command<
  'DissolveUnit',
  { code: UnitCode; effectiveOn: CalendarDate; legalBasis: string } & RetroactiveInputs
>;

export type UnitCommand = RegisterUnit | RenameUnit | MergeUnit | DissolveUnit;
