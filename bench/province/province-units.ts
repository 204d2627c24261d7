import { loadTthUnitSeed, unitSeedToAppends, validateUnitSeed, type SeedAppend, type UnitSeedEntry } from '@dti/domain';
import type { SeededRandom } from '../../scripts/seed/province/seeded-random';
import type { ScriptedUnit } from '../../scripts/seed/province/assessment-script';

/**
 * Departments the province has that plan 222's seed register does not list: with the seed's 19 departments
 * and 9 districts they make the province's 30 assessed units.
 */
const PROVINCE_EXTRAS: UnitSeedEntry[] = [
  {
    code: 'BDT',
    block: 'department',
    name: 'Ban Dân tộc tỉnh',
    nameEn: 'Provincial Committee for Ethnic Minority Affairs',
    seedSpellings: [],
    source: 'Bench: a provincial department not named by plan 222 (official name)',
  },
  {
    code: 'TTRA',
    block: 'department',
    name: 'Thanh tra tỉnh',
    nameEn: 'Provincial Inspectorate',
    seedSpellings: [],
    source: 'Bench: a provincial department not named by plan 222 (official name)',
  },
];

export interface ProvinceUnits {
  units: ScriptedUnit[];
  /** RegisterUnit appends, decided by the unit decider from a seed that lists exactly these units. */
  registrations: SeedAppend[];
}

/**
 * `count` units: the seed's register first (departments and districts alternately, so a small run still has
 * both blocks), then the province's other departments, then synthetic units ("DV031"…) for national-scale
 * runs, alternating blocks. Each gets a starting maturity; the province is uneven, as real ones are.
 */
export function provinceUnits(count: number, random: SeededRandom): ProvinceUnits {
  const seed = loadTthUnitSeed();
  const departments = seed.units.filter((unit) => unit.block === 'department');
  const districts = seed.units.filter((unit) => unit.block === 'district');
  const ordered: UnitSeedEntry[] = [];
  for (let i = 0; i < Math.max(departments.length, districts.length); i += 1) {
    if (i < departments.length) ordered.push(departments[i]);
    if (i < districts.length) ordered.push(districts[i]);
  }
  ordered.push(...PROVINCE_EXTRAS);
  for (let n = ordered.length + 1; ordered.length < count; n += 1) {
    const number = String(n).padStart(3, '0');
    const block = n % 3 === 0 ? 'district' : 'department';
    ordered.push({
      code: `DV${number}`,
      block,
      name: `Đơn vị mô phỏng số ${number}`,
      nameEn: `Synthetic unit ${number}`,
      seedSpellings: [],
      source: 'Bench: synthetic unit for national-scale runs',
    });
  }
  const chosen = ordered.slice(0, count);
  const benchSeed = validateUnitSeed({ ...seed, id: 'bench-province', units: chosen });
  return {
    units: chosen.map((unit) => ({ code: unit.code, block: unit.block, maturity: 0.25 + random.next() * 0.45 })),
    registrations: unitSeedToAppends(benchSeed, { actor: 'system:seed', occurredAt: '2020-12-15T02:00:00.000Z' }),
  };
}
