import { parseQuarter, quarterFirstDay } from '../../periods/quarter';
import { unitExistedIn } from '../../units/unit-history';
import type { UnitState } from '../../units/unit.decider';
import { STANDING_AGENCY, type PlanItemRef } from './plan-registry';

/**
 * The unit register as it stood in a quarter, for who reports a plan row then. The plan names its agencies as they
 * were in 2020 (its leads resolve against the seed register of 2021); when the register later changes — a department
 * merged into another (Vietnam merged departments in 2025), a unit dissolved, a new one registered — a row's report is
 * owed by the units in force: a merged lead's successor, a block's units of that quarter.
 */
export interface RegisterInForce {
  period: string;
  /** The units that existed in the quarter, by code. */
  units: ReadonlyMap<string, { block: string }>;
  /** A unit merged before (or during) the quarter: the unit its duties passed to. */
  successors: ReadonlyMap<string, string>;
  /** Every unit the register knows, whenever it existed. */
  known: ReadonlySet<string>;
}

export function registerInForce(states: Iterable<UnitState>, period: string): RegisterInForce {
  const quarter = parseQuarter(period);
  const first = quarterFirstDay(quarter);
  const units = new Map<string, { block: string }>();
  const successors = new Map<string, string>();
  const known = new Set<string>();
  for (const state of states) {
    if (state.status !== 'registered') continue;
    known.add(state.code);
    if (unitExistedIn(state, quarter)) units.set(state.code, { block: state.block });
    // Merged effective on or before the quarter's first day: it reports no part of it; its successor does.
    if (state.end?.kind === 'merged' && state.end.effectiveOn <= first) successors.set(state.code, state.end.into);
  }
  return { period, units, successors, known };
}

/**
 * The unit in force a code of the seed register stands for: itself, or its successor through mergers; none if it
 * ended without one (or did not exist yet). A code the register does not know at all (not projected yet) stays as the
 * plan names it.
 */
function inForce(code: string, register: RegisterInForce): string | null {
  if (!register.known.has(code)) return code;
  const seen = new Set<string>();
  let current = code;
  while (!register.units.has(current)) {
    const next = register.successors.get(current);
    // Stryker disable next-line ConditionalExpression: without it the missing successor becomes `current`, which is not in force and is seen on the next turn: null all the same
    if (next === undefined) return null;
    if (seen.has(current)) return null;
    seen.add(current);
    current = next;
  }
  return current;
}

/**
 * Who reports a row in the quarter of `register`: its leads carried to the units in force (a block's lead means the
 * block's units of that quarter); a lead outside the register, or one that no longer exists, falls to the plan's
 * standing agency, carried forward too. A register that knows no unit (an empty read model) changes nothing.
 */
export function reportersInForce(item: PlanItemRef, register: RegisterInForce): string[] {
  if (register.units.size === 0) return item.reporters;
  const codes = new Set<string>();
  // Stryker disable next-line ConditionalExpression: every unit has a block, so a lead without one matches none anyway
  if (item.lead.block !== undefined) {
    for (const [code, unit] of register.units) if (unit.block === item.lead.block) codes.add(code);
  }
  for (const code of item.lead.units) {
    const unit = inForce(code, register);
    if (unit !== null) codes.add(unit);
  }
  if (codes.size === 0) {
    const standing = inForce(STANDING_AGENCY, register);
    if (standing !== null) codes.add(standing);
  }
  return [...codes];
}
