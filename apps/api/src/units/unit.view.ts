import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  currentName,
  UNIT_BLOCKS,
  vietnamDateOf,
  type RegisteredUnit,
  type RetroactiveChange,
  type UnitBlock,
  type UnitInPeriod,
  type UnitState,
} from '@dti/domain';

export class UnitValidity {
  @ApiProperty({ example: '2021-01-01', description: 'First day the unit existed.' })
  from!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '2025-06-30',
    description: 'Last day it existed (the day before its merger or dissolution took effect); null while it lasts.',
  })
  to!: string | null;
}

/** A change that reached into finalized quarters ("Thay đổi hồi tố"): why it was made, and which quarters. */
export class UnitRetroactiveChange {
  @ApiProperty({ example: 'Nghị quyết được công bố sau khi đã chốt báo cáo Quý 1/2025' })
  reason!: string;

  @ApiProperty({
    type: String,
    isArray: true,
    example: ['2025-Q1'],
    description: 'The quarters already finalized when the change was decided that it reaches, oldest first.',
  })
  finalizedQuarters!: string[];
}

export class UnitHistoryEntry {
  @ApiProperty({ enum: ['registered', 'renamed', 'merged', 'dissolved'] })
  change!: 'registered' | 'renamed' | 'merged' | 'dissolved';

  @ApiProperty({ example: '2021-01-01' })
  effectiveOn!: string;

  @ApiProperty({ example: 'Kế hoạch 222/KH-UBND ngày 21/10/2020' })
  legalBasis!: string;

  @ApiPropertyOptional({ description: 'registered / renamed: the name from that day.' })
  name?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  nameEn?: string | null;

  @ApiPropertyOptional({ description: 'merged: the successor unit’s code.' })
  into?: string;

  @ApiPropertyOptional({
    type: UnitRetroactiveChange,
    description:
      'Only for a retroactive change (effective in or before a finalized quarter): its reason and those quarters.',
  })
  retroactive?: UnitRetroactiveChange;
}

/** A unit of the register: its name (now, or in the period asked for), its life and every change. */
export class UnitView {
  @ApiProperty({ example: 'STTTT' })
  code!: string;

  @ApiProperty({ example: 'Sở Thông tin và Truyền thông' })
  name!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Department of Information and Communications' })
  nameEn!: string | null;

  @ApiProperty({ enum: UNIT_BLOCKS })
  block!: UnitBlock;

  @ApiProperty({ type: UnitValidity })
  validity!: UnitValidity;

  @ApiProperty({
    enum: ['active', 'merged', 'dissolved'],
    description: 'As of today (a merger recorded ahead of its date leaves the unit active until then).',
  })
  status!: 'active' | 'merged' | 'dissolved';

  @ApiProperty({ type: UnitHistoryEntry, isArray: true })
  history!: UnitHistoryEntry[];
}

/** The unit as it stands today, or (with `inPeriod`) named as in force on its last day in that quarter. */
export function toUnitView(unit: RegisteredUnit, inPeriod?: UnitInPeriod, today: Date = new Date()): UnitView {
  const name = inPeriod ?? currentName(unit);
  const end = unit.end;
  return {
    code: unit.code,
    name: name.name,
    nameEn: name.nameEn,
    block: unit.block,
    validity: { from: unit.registeredOn, to: end === null ? null : dayBefore(end.effectiveOn) },
    status: end !== null && end.effectiveOn <= vietnamDateOf(today) ? end.kind : 'active',
    history: historyOf(unit),
  };
}

export function registeredUnit(state: UnitState): RegisteredUnit | undefined {
  return state.status === 'registered' ? state : undefined;
}

function historyOf(unit: RegisteredUnit): UnitHistoryEntry[] {
  const names: UnitHistoryEntry[] = unit.names.map((entry, index) => ({
    change: index === 0 ? 'registered' : 'renamed',
    effectiveOn: entry.effectiveOn,
    legalBasis: entry.legalBasis,
    name: entry.name,
    nameEn: entry.nameEn,
    ...retroactiveOf(entry.retroactive),
  }));
  const end = unit.end;
  if (end === null) return names;
  const ending: UnitHistoryEntry =
    end.kind === 'merged'
      ? { change: 'merged', effectiveOn: end.effectiveOn, legalBasis: end.legalBasis, into: end.into }
      : { change: 'dissolved', effectiveOn: end.effectiveOn, legalBasis: end.legalBasis };
  return [...names, { ...ending, ...retroactiveOf(end.retroactive) }];
}

/** Only a retroactive change carries the field, so an ordinary entry reads as it always has. */
function retroactiveOf(retroactive: RetroactiveChange | undefined): { retroactive?: UnitRetroactiveChange } {
  return retroactive === undefined
    ? {}
    : { retroactive: { reason: retroactive.reason, finalizedQuarters: [...retroactive.finalizedQuarters] } };
}

function dayBefore(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}
