import {
  InvalidMergeTargetError,
  NoChangeError,
  UnitAlreadyRegisteredError,
  UnitEndedError,
  UnitHistoryOutOfOrderError,
  UnitNotFoundError,
} from '../domain-errors';
import { requirePermission } from '../accounts/authorization';
import { type CalendarDate } from '../shared/calendar-date';
import { actorFromEnvelope } from '../shared/command-envelope';
import { optionalText, requireText } from '../shared/command-fields';
import { assertNever, type StreamDecider } from '../shared/decider';
import { requireUnitBlock, type UnitBlock } from './unit-block';
import { requireUnitEffectiveDate } from './unit-effective-date';
import { parseUnitCode, type UnitCode } from './unit-code';
import { retroactiveChangeOf, type RetroactiveChange } from './unit-retroactive';
import type { UnitCommand } from './unit.commands';
import { UNIT_EVENT_VERSIONS, type UnitEvent } from './unit.events';

export interface UnitName {
  name: string;
  nameEn: string | null;
  effectiveOn: CalendarDate;
  legalBasis: string;
  /** Present when the change reached into finalized quarters (with its reason); absent otherwise. */
  retroactive?: RetroactiveChange;
}

export type UnitEnd = (
  | { kind: 'merged'; into: UnitCode; effectiveOn: CalendarDate; legalBasis: string }
  | { kind: 'dissolved'; effectiveOn: CalendarDate; legalBasis: string }
) & { retroactive?: RetroactiveChange };

/** The state keeps `retroactive` only where there is one, so an ordinary change reads as before. */
function retroactiveOf(retroactive: RetroactiveChange | null): { retroactive?: RetroactiveChange } {
  return retroactive === null ? {} : { retroactive };
}

export interface RegisteredUnit {
  status: 'registered';
  code: UnitCode;
  block: UnitBlock;
  registeredOn: CalendarDate;
  /** Every name the unit has borne, oldest first; the first is its name at registration. */
  names: readonly UnitName[];
  /**
   * Set once the unit is merged or dissolved. The end may be recorded ahead of its effective date
   * (a resolution passed in November, effective 1 January), so whether a unit exists is always
   * asked of a date or a period (unit-history.ts), never of this field alone.
   */
  end: UnitEnd | null;
}

export type UnitState = { status: 'unregistered' } | RegisteredUnit;

export const initialUnitState: UnitState = Object.freeze({ status: 'unregistered' });

export function evolveUnit(state: UnitState, event: UnitEvent): UnitState {
  switch (event.type) {
    case 'UnitRegistered': {
      const { code, block, name, nameEn, effectiveOn, legalBasis, retroactive } = event.data;
      return {
        status: 'registered',
        code,
        block,
        registeredOn: effectiveOn,
        names: [{ name, nameEn, effectiveOn, legalBasis, ...retroactiveOf(retroactive) }],
        end: null,
      };
    }
    case 'UnitRenamed': {
      if (state.status !== 'registered') return state;
      const { name, nameEn, effectiveOn, legalBasis, retroactive } = event.data;
      return {
        ...state,
        names: [...state.names, { name, nameEn, effectiveOn, legalBasis, ...retroactiveOf(retroactive) }],
      };
    }
    case 'UnitMerged': {
      if (state.status !== 'registered') return state;
      const { into, effectiveOn, legalBasis, retroactive } = event.data;
      return { ...state, end: { kind: 'merged', into, effectiveOn, legalBasis, ...retroactiveOf(retroactive) } };
    }
    case 'UnitDissolved': {
      if (state.status !== 'registered') return state;
      const { effectiveOn, legalBasis, retroactive } = event.data;
      return { ...state, end: { kind: 'dissolved', effectiveOn, legalBasis, ...retroactiveOf(retroactive) } };
    }
    default:
      return assertNever(event, 'unit event');
  }
}

export function currentName(unit: RegisteredUnit): UnitName {
  return unit.names[unit.names.length - 1];
}

function requireRegistered(state: UnitState, code: UnitCode): RegisteredUnit {
  // Stryker disable next-line ConditionalExpression: equivalent, an unregistered state has no code and the next line refuses it the same way
  if (state.status !== 'registered') throw UnitNotFoundError.because(code);
  if (state.code !== code) throw UnitNotFoundError.because(code);
  return state;
}

/** A change is recorded in the order it takes effect, after every change already recorded. */
function requireChangeable(unit: RegisteredUnit, effectiveOn: CalendarDate): void {
  if (unit.end !== null) throw UnitEndedError.because(unit.code, unit.end.kind, unit.end.effectiveOn);
  const latest = currentName(unit).effectiveOn;
  if (effectiveOn <= latest) throw UnitHistoryOutOfOrderError.because(unit.code, effectiveOn, latest);
}

export function decideUnit(command: UnitCommand, state: UnitState): UnitEvent[] {
  requirePermission(actorFromEnvelope(command.metadata), 'unit:manage');
  switch (command.type) {
    case 'RegisterUnit': {
      const code = parseUnitCode(command.data.code);
      const data = {
        code,
        name: requireText('name', command.data.name, 200),
        nameEn: optionalText('nameEn', command.data.nameEn, 200),
        block: requireUnitBlock('block', command.data.block),
        effectiveOn: requireUnitEffectiveDate('effectiveOn', command.data.effectiveOn, command.metadata.occurredAt),
        legalBasis: requireText('legalBasis', command.data.legalBasis, 300),
      };
      if (state.status !== 'unregistered') throw UnitAlreadyRegisteredError.because(code);
      const retroactive = retroactiveChangeOf(
        code,
        data.effectiveOn,
        command.data.finalizedQuarters,
        command.data.retroactiveReason,
      );
      return [{ type: 'UnitRegistered', data: { ...data, retroactive } }];
    }
    case 'RenameUnit': {
      const code = parseUnitCode(command.data.code);
      const name = requireText('name', command.data.name, 200);
      const nameEn = optionalText('nameEn', command.data.nameEn, 200);
      const effectiveOn = requireUnitEffectiveDate(
        'effectiveOn',
        command.data.effectiveOn,
        command.metadata.occurredAt,
      );
      const legalBasis = requireText('legalBasis', command.data.legalBasis, 300);
      const unit = requireRegistered(state, code);
      requireChangeable(unit, effectiveOn);
      const previous = currentName(unit);
      if (previous.name === name && previous.nameEn === nameEn) throw NoChangeError.because(`unit ${code}`, 'name');
      const retroactive = retroactiveChangeOf(
        code,
        effectiveOn,
        command.data.finalizedQuarters,
        command.data.retroactiveReason,
      );
      return [
        {
          type: 'UnitRenamed',
          data: { code, name, nameEn, previousName: previous.name, effectiveOn, legalBasis, retroactive },
        },
      ];
    }
    case 'MergeUnit': {
      const code = parseUnitCode(command.data.code);
      const into = parseUnitCode(command.data.into);
      const effectiveOn = requireUnitEffectiveDate(
        'effectiveOn',
        command.data.effectiveOn,
        command.metadata.occurredAt,
      );
      const legalBasis = requireText('legalBasis', command.data.legalBasis, 300);
      const successorBlock =
        command.data.successorBlock === null ? null : requireUnitBlock('successorBlock', command.data.successorBlock);
      const unit = requireRegistered(state, code);
      if (into === code) throw InvalidMergeTargetError.because(code, into, 'a unit cannot merge into itself');
      if (successorBlock === null) {
        throw InvalidMergeTargetError.because(code, into, `the successor does not exist on ${effectiveOn}`);
      }
      if (successorBlock !== unit.block) {
        throw InvalidMergeTargetError.because(code, into, `the successor is a ${successorBlock}, not a ${unit.block}`);
      }
      requireChangeable(unit, effectiveOn);
      const retroactive = retroactiveChangeOf(
        code,
        effectiveOn,
        command.data.finalizedQuarters,
        command.data.retroactiveReason,
      );
      return [{ type: 'UnitMerged', data: { code, into, effectiveOn, legalBasis, retroactive } }];
    }
    case 'DissolveUnit': {
      const code = parseUnitCode(command.data.code);
      const effectiveOn = requireUnitEffectiveDate(
        'effectiveOn',
        command.data.effectiveOn,
        command.metadata.occurredAt,
      );
      const legalBasis = requireText('legalBasis', command.data.legalBasis, 300);
      const unit = requireRegistered(state, code);
      requireChangeable(unit, effectiveOn);
      const retroactive = retroactiveChangeOf(
        code,
        effectiveOn,
        command.data.finalizedQuarters,
        command.data.retroactiveReason,
      );
      return [{ type: 'UnitDissolved', data: { code, effectiveOn, legalBasis, retroactive } }];
    }
    default:
      return assertNever(command, 'unit command');
  }
}

export const unitDecider: StreamDecider<UnitCommand, UnitEvent, UnitState> = {
  decide: decideUnit,
  evolve: evolveUnit,
  initialState: initialUnitState,
  eventVersions: UNIT_EVENT_VERSIONS,
};
