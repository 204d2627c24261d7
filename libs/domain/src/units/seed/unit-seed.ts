import { InvalidUnitSeedError, type SeedProblem } from '../../domain-errors';
import type { Role } from '../../accounts/role';
import { toNewEvents, type NewEventShape } from '../../events/new-events';
import { isCalendarDate, type CalendarDate } from '../../shared/calendar-date';
import type { CommandEnvelope } from '../../shared/command-envelope';
import { isPlainObject } from '../../shared/command-fields';
import { commandIdFor } from '../../shared/deterministic-id';
import { unitStreamId } from '../../stream-ids';
import { isUnitBlock, type UnitBlock } from '../unit-block';
import { isUnitCode, type UnitCode } from '../unit-code';
import type { RegisterUnit } from '../unit.commands';
import { decideUnit, initialUnitState } from '../unit.decider';
import tthUnitsJson from './tth-units.json';

/**
 * The register of units a fresh installation starts from, kept as editable JSON (tth-units.json)
 * and checked here before it becomes commands. Re-seeding is harmless: command and event ids derive
 * from the seed id and unit code, and each stream is appended with expected revision 'no_stream'.
 */
export interface UnitSeedEntry {
  code: UnitCode;
  block: UnitBlock;
  name: string;
  nameEn: string | null;
  /** Every spelling plan 222 uses for the unit, abbreviations included (empty if it does not name it). */
  seedSpellings: string[];
  /** Where the name comes from. */
  source: string;
  /** Overrides the seed's effectiveOn / legalBasis for this unit. */
  effectiveOn?: CalendarDate;
  legalBasis?: string;
}

export interface UnitSeed {
  id: string;
  province: string;
  effectiveOn: CalendarDate;
  legalBasis: string;
  units: UnitSeedEntry[];
}

/** Checks raw seed data; throws InvalidUnitSeedError listing every problem found. */
export function validateUnitSeed(raw: unknown): UnitSeed {
  const problems: SeedProblem[] = [];
  const problem = (path: string, text: string): void => void problems.push({ path, problem: text });
  const text = (value: unknown, path: string, max: number): string => {
    if (typeof value !== 'string' || value.trim() === '') problem(path, 'expected non-empty text');
    else if (value !== value.trim()) problem(path, 'has leading or trailing spaces');
    else if (value.length > max) problem(path, `at most ${max} characters`);
    return typeof value === 'string' ? value : '';
  };

  if (!isPlainObject(raw)) throw InvalidUnitSeedError.because([{ path: '$', problem: 'expected an object' }]);
  const id = text(raw.id, 'id', 64);
  const province = text(raw.province, 'province', 100);
  const legalBasis = text(raw.legalBasis, 'legalBasis', 300);
  if (!isCalendarDate(raw.effectiveOn)) problem('effectiveOn', 'expected a date YYYY-MM-DD');
  if (!Array.isArray(raw.units) || raw.units.length === 0) problem('units', 'expected a non-empty list');

  const units: UnitSeedEntry[] = [];
  const codes = new Set<string>();
  const names = new Set<string>();
  (Array.isArray(raw.units) ? (raw.units as unknown[]) : []).forEach((item, i) => {
    const at = `units[${i}]`;
    if (!isPlainObject(item)) return problem(at, 'expected an object');
    if (!isUnitCode(item.code))
      problem(`${at}.code`, 'expected 2–20 uppercase ASCII letters or digits starting with a letter');
    else if (codes.has(item.code)) problem(`${at}.code`, `duplicate code ${item.code}`);
    else codes.add(item.code);
    if (!isUnitBlock(item.block)) problem(`${at}.block`, 'expected "department" or "district"');
    const name = text(item.name, `${at}.name`, 200);
    // Stryker disable next-line MethodExpression: upper- and lower-casing fold Vietnamese names alike (they differ only on letters such as ß)
    const nameKey = `${String(item.block)}:${name.toLocaleLowerCase('vi')}`;
    if (name !== '' && names.has(nameKey)) problem(`${at}.name`, `duplicate name "${name}" in its block`);
    names.add(nameKey);
    if (item.nameEn !== undefined && item.nameEn !== null) text(item.nameEn, `${at}.nameEn`, 200);
    const spellings = item.seedSpellings ?? [];
    if (!Array.isArray(spellings) || spellings.some((s) => typeof s !== 'string' || s.trim() === '')) {
      problem(`${at}.seedSpellings`, 'expected a list of non-empty texts');
    }
    text(item.source, `${at}.source`, 500);
    if (item.effectiveOn !== undefined && !isCalendarDate(item.effectiveOn)) {
      problem(`${at}.effectiveOn`, 'expected a date YYYY-MM-DD');
    }
    if (item.legalBasis !== undefined) text(item.legalBasis, `${at}.legalBasis`, 300);
    units.push({
      code: String(item.code),
      block: item.block as UnitBlock,
      name,
      nameEn: typeof item.nameEn === 'string' ? item.nameEn : null,
      // Stryker disable next-line ArrayDeclaration: reached only when seedSpellings was refused, and a refused seed is never returned
      seedSpellings: Array.isArray(spellings) ? (spellings as string[]) : [],
      source: String(item.source),
      ...(typeof item.effectiveOn === 'string' ? { effectiveOn: item.effectiveOn } : {}),
      ...(typeof item.legalBasis === 'string' ? { legalBasis: item.legalBasis } : {}),
    });
  });

  if (problems.length > 0) throw InvalidUnitSeedError.because(problems);
  return { id, province, effectiveOn: raw.effectiveOn as CalendarDate, legalBasis, units };
}

/** Thừa Thiên Huế's departments and its nine district-level units of 2021, validated. */
export function loadTthUnitSeed(): UnitSeed {
  return validateUnitSeed(tthUnitsJson);
}

export interface SeedIssuer {
  /** Username recorded as the actor (an admin account or a system user such as "system:seed"). */
  actor: string;
  occurredAt: string;
  role?: Role;
}

/** One RegisterUnit command per unit, with ids derived from the seed so that a rerun is the same command. */
export function unitSeedToCommands(seed: UnitSeed, issuer: SeedIssuer): RegisterUnit[] {
  const correlationId = commandIdFor(`seed:${seed.id}`);
  return seed.units.map((unit) => {
    const metadata: CommandEnvelope = {
      commandId: commandIdFor(`seed:${seed.id}:${unit.code}`),
      correlationId,
      actor: issuer.actor,
      role: issuer.role ?? 'admin',
      occurredAt: issuer.occurredAt,
    };
    return {
      type: 'RegisterUnit',
      data: {
        code: unit.code,
        name: unit.name,
        nameEn: unit.nameEn,
        block: unit.block,
        effectiveOn: unit.effectiveOn ?? seed.effectiveOn,
        legalBasis: unit.legalBasis ?? seed.legalBasis,
      },
      metadata,
    };
  });
}

export interface SeedAppend {
  streamId: string;
  /** The seed is for an empty store: each unit stream must not exist yet. */
  expectedRevision: 'no_stream';
  events: NewEventShape[];
}

/** The appends that seed an empty store: decided through the unit decider, so the seed obeys its rules. */
export function unitSeedToAppends(seed: UnitSeed, issuer: SeedIssuer): SeedAppend[] {
  return unitSeedToCommands(seed, issuer).map((command) => {
    const streamId = unitStreamId(command.data.code);
    return {
      streamId,
      expectedRevision: 'no_stream',
      events: toNewEvents(streamId, decideUnit(command, initialUnitState), command.metadata),
    };
  });
}
