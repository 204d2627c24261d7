/** Builders for the unit specs. Pure: no test framework here. */
import type { CommandEnvelope } from '../src/shared/command-envelope';
import type { Role } from '../src/accounts/role';
import type { UnitBlock } from '../src/units/unit-block';
import type { DissolveUnit, MergeUnit, RegisterUnit, RenameUnit, UnitCommand } from '../src/units/unit.commands';
import { decideUnit, unitDecider, type UnitState } from '../src/units/unit.decider';
import { runCommands } from './run-commands';

let sequence = 0;

export function adminEnvelope(role: Role = 'admin'): CommandEnvelope {
  sequence += 1;
  return {
    commandId: `unit-cmd-${sequence}`,
    correlationId: `unit-req-${sequence}`,
    actor: 'quan.tri',
    role,
    occurredAt: '2025-06-01T08:00:00+07:00',
  };
}

export function register(code: string, name: string, block: UnitBlock, effectiveOn = '2021-01-01'): RegisterUnit {
  return {
    type: 'RegisterUnit',
    data: { code, name, block, effectiveOn, legalBasis: 'Kế hoạch 222/KH-UBND ngày 21/10/2020' },
    metadata: adminEnvelope(),
  };
}

export function rename(code: string, name: string, effectiveOn: string, nameEn?: string): RenameUnit {
  return {
    type: 'RenameUnit',
    data: { code, name, nameEn, effectiveOn, legalBasis: 'Quyết định đổi tên (giả định cho kiểm thử)' },
    metadata: adminEnvelope(),
  };
}

export function merge(code: string, into: string, effectiveOn: string, successorBlock: UnitBlock | null): MergeUnit {
  return {
    type: 'MergeUnit',
    data: { code, into, effectiveOn, successorBlock, legalBasis: 'Quyết định hợp nhất (giả định cho kiểm thử)' },
    metadata: adminEnvelope(),
  };
}

export function dissolve(code: string, effectiveOn: string): DissolveUnit {
  return {
    type: 'DissolveUnit',
    data: { code, effectiveOn, legalBasis: 'Kết thúc hoạt động của chính quyền cấp huyện từ 01/7/2025' },
    metadata: adminEnvelope(),
  };
}

/** Runs a unit's commands in order; returns its events and final state. */
export function runUnit(commands: UnitCommand[], state: UnitState = unitDecider.initialState) {
  return runCommands(decideUnit, unitDecider.evolve, commands, state);
}
