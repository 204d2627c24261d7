import { existsSync, readFileSync } from 'node:fs';
import { InvalidUnitSeedError } from '../../domain-errors';
import { toDomainEvent } from '../../events/event-registry';
import { foldEvents } from '../../shared/decider';
import { unitsInPeriod } from '../unit-history';
import { unitDecider } from '../unit.decider';
import { UNIT_EVENT_VERSIONS } from '../unit.events';
import rawSeed from './tth-units.json';
import { loadTthUnitSeed, unitSeedToAppends, unitSeedToCommands, validateUnitSeed } from './unit-seed';

const PLAN_222 = '/work/shared/seed/000_3b09657aa02b44d4.txt';
const issuer = { actor: 'system.seed', occurredAt: '2021-01-01T00:00:00+07:00' };

describe('the Thừa Thiên Huế unit seed', () => {
  const seed = loadTthUnitSeed();

  it('holds the departments and the nine district-level units of 2021', () => {
    const districts = seed.units.filter((u) => u.block === 'district');
    expect(districts.map((u) => [u.code, u.name])).toEqual([
      ['HUE', 'Thành phố Huế'],
      ['HUONGTHUY', 'Thị xã Hương Thủy'],
      ['HUONGTRA', 'Thị xã Hương Trà'],
      ['PHONGDIEN', 'Huyện Phong Điền'],
      ['QUANGDIEN', 'Huyện Quảng Điền'],
      ['PHUVANG', 'Huyện Phú Vang'],
      ['PHULOC', 'Huyện Phú Lộc'],
      ['ALUOI', 'Huyện A Lưới'],
      ['NAMDONG', 'Huyện Nam Đông'],
    ]);
    const departments = seed.units.filter((u) => u.block === 'department');
    expect(departments.length).toBe(19);
    expect(departments.map((u) => u.code)).toEqual(
      expect.arrayContaining([
        'VPUBND',
        'STTTT',
        'SNV',
        'SKHDT',
        'SCT',
        'STC',
        'SYT',
        'SGDDT',
        'SGTVT',
        'STNMT',
        'SNNPTNT',
      ]),
    );
    expect(seed.effectiveOn).toBe('2021-01-01');
    expect(seed.units.every((u) => u.nameEn !== null)).toBe(true);
  });

  (existsSync(PLAN_222) ? it : it.skip)('takes every seed spelling verbatim from plan 222/KH-UBND', () => {
    const plan = readFileSync(PLAN_222, 'utf8');
    for (const unit of seed.units) {
      for (const spelling of unit.seedSpellings)
        expect({ code: unit.code, found: plan.includes(spelling), spelling }).toMatchObject({ found: true });
      // The name is one of the plan's spellings (a name opening a sentence is capitalised).
      const capitalised = unit.seedSpellings.map((s) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1));
      if (unit.seedSpellings.length > 0) expect(capitalised).toContain(unit.name);
    }
  });

  it('turns into RegisterUnit commands whose ids do not change between runs', () => {
    const first = unitSeedToCommands(seed, issuer);
    const second = unitSeedToCommands(seed, { ...issuer, occurredAt: '2026-01-01T00:00:00Z' });
    expect(first).toHaveLength(28);
    expect(first.map((c) => c.metadata.commandId)).toEqual(second.map((c) => c.metadata.commandId));
    expect(new Set(first.map((c) => c.metadata.commandId)).size).toBe(28);
    expect(first[0]).toMatchObject({
      type: 'RegisterUnit',
      data: { code: 'VPUBND', name: 'Văn phòng UBND tỉnh', block: 'department', effectiveOn: '2021-01-01' },
      metadata: { actor: 'system.seed', role: 'admin' },
    });
  });

  it('seeds an empty store: one new stream per unit, and the 2021 register folds back from it', () => {
    const appends = unitSeedToAppends(seed, issuer);
    expect(appends.map((a) => a.streamId)).toContain('unit-STTTT');
    expect(appends.every((a) => a.expectedRevision === 'no_stream' && a.events.length === 1)).toBe(true);
    expect(unitSeedToAppends(seed, issuer).map((a) => a.events[0].id)).toEqual(appends.map((a) => a.events[0].id));
    const units = appends.map((a) =>
      foldEvents(
        unitDecider,
        a.events.map((e) => toDomainEvent(e, UNIT_EVENT_VERSIONS)),
      ),
    );
    expect(unitsInPeriod(units, '2021-Q1', 'district')).toHaveLength(9);
    expect(unitsInPeriod(units, '2021-Q1', 'department')).toHaveLength(19);
    expect(unitsInPeriod(units, '2020-Q4')).toHaveLength(0);
  });
});

describe('validating a unit seed', () => {
  it('lists every problem at once, with its path', () => {
    const broken = {
      ...rawSeed,
      effectiveOn: '2021-02-30',
      units: [
        rawSeed.units[0],
        { ...rawSeed.units[1], code: 'VPUBND' },
        { ...rawSeed.units[2], code: 'snv' },
        { ...rawSeed.units[3], block: 'province' },
        { ...rawSeed.units[4], name: '' },
        { ...rawSeed.units[5], name: rawSeed.units[0].name },
      ],
    };
    try {
      validateUnitSeed(broken);
      throw new Error('expected InvalidUnitSeedError');
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidUnitSeedError);
      const paths = ((error as InvalidUnitSeedError).details.problems as Array<{ path: string }>).map((p) => p.path);
      expect(paths).toEqual(
        expect.arrayContaining([
          'effectiveOn',
          'units[1].code',
          'units[2].code',
          'units[3].block',
          'units[4].name',
          'units[5].name',
        ]),
      );
    }
  });

  it('refuses something that is not a seed at all', () => {
    expect(() => validateUnitSeed(null)).toThrow(InvalidUnitSeedError);
    expect(() => validateUnitSeed({ ...rawSeed, units: [] })).toThrow(InvalidUnitSeedError);
  });
});
