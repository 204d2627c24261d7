import type { AgencyMeaning, PlanVersion } from './plan.types';

/** The part of the unit register an agency name is matched against (a UnitSeedEntry fits). */
export interface PlanRegisterUnit {
  code: string;
  block: string;
  name: string;
  seedSpellings: readonly string[];
}

/** An agency as the plan names it, and the register's units it means (none: outside the register). */
export interface ResolvedAgency {
  name: string;
  units: string[];
  /** Set when the plan means every unit of a block ("Các sở, ban, ngành"): in a later register, that block's units. */
  block?: 'department' | 'district';
  /** Set when the agency is not a unit of the register (kept as named). */
  outside?: string;
  /** Set when nothing (plan spellings or register) recognised the name: a defect of the data. */
  unresolved?: true;
}

/** One spelling of a name for comparison: composed, trimmed, lower case, single spaces. */
function normalize(text: string): string {
  const trimmed = text.normalize('NFC').trim();
  // Stryker disable next-line MethodExpression: both sides are folded alike, and upper case folds Vietnamese names the same way as lower case
  const folded = trimmed.toLocaleLowerCase('vi');
  return folded.replace(/\s+/g, ' ');
}

function meaningOf(meaning: AgencyMeaning, register: readonly PlanRegisterUnit[]): Omit<ResolvedAgency, 'name'> {
  if ('units' in meaning) return { units: [...meaning.units] };
  if ('block' in meaning) {
    return { units: register.filter((unit) => unit.block === meaning.block).map((u) => u.code), block: meaning.block };
  }
  return { units: [], outside: meaning.outside };
}

function resolveOne(
  plan: PlanVersion,
  name: string,
  register: readonly PlanRegisterUnit[],
): Omit<ResolvedAgency, 'name'> {
  const key = normalize(name);
  for (const [spelling, meaning] of Object.entries(plan.agencies)) {
    if (normalize(spelling) === key) return meaningOf(meaning, register);
  }
  const unit = register.find(
    (candidate) =>
      normalize(candidate.name) === key || candidate.seedSpellings.some((spelling) => normalize(spelling) === key),
  );
  return unit === undefined ? { units: [], unresolved: true } : { units: [unit.code] };
}

/**
 * Whom a Chủ trì cell means: the plan's own spellings first ("Các sở, ban, ngành" = every department, "VP UBND
 * tỉnh"), then the register's names and spellings; "A/ B" is two leads, each assigned.
 */
export function resolveAgency(plan: PlanVersion, name: string, register: readonly PlanRegisterUnit[]): ResolvedAgency {
  // Each part is trimmed by normalize.
  const parts = name.split('/');
  const resolved = parts.map((part) => resolveOne(plan, part, register));
  const units = [...new Set(resolved.flatMap((part) => part.units))];
  const outside = resolved.find((part) => part.outside !== undefined)?.outside;
  const block = resolved.find((part) => part.block !== undefined)?.block;
  const unresolved = resolved.some((part) => part.unresolved === true);
  return {
    name,
    units,
    ...(block === undefined ? {} : { block }),
    ...(outside === undefined ? {} : { outside }),
    ...(unresolved ? { unresolved: true as const } : {}),
  };
}
