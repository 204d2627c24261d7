import type { UnitState } from './unit.decider';
import { lastDayIn, unitExistedIn, unitExistedOn, unitNameIn, unitsInPeriod } from './unit-history';
import { dissolve, register, rename, runUnit } from '../../testing/unit.test-kit';

/** The days at a quarter's edges, each on both sides (the first spec covers the 2025 reorganisation's dates). */
describe('unit history at the edges of a quarter', () => {
  it('a unit registered on a quarter’s last day existed in that quarter, not in the one before', () => {
    const unit = runUnit([register('SMOI', 'Sở Mới', 'department', '2025-03-31')]).state;
    expect(unitExistedIn(unit, '2025-Q1')).toBe(true);
    expect(unitExistedIn(unit, '2024-Q4')).toBe(false);
    expect(unitExistedOn(unit, '2025-03-30')).toBe(false);
    expect(lastDayIn(unit, '2025-Q1')).toBe('2025-03-31');
  });

  it('a unit ending on a quarter’s last day existed until the day before; one ending a day later, the whole quarter', () => {
    const onLast = runUnit([register('HA', 'Huyện A', 'district'), dissolve('HA', '2025-03-31')]).state;
    expect(lastDayIn(onLast, '2025-Q1')).toBe('2025-03-30');
    const dayAfter = runUnit([register('HB', 'Huyện B', 'district'), dissolve('HB', '2025-04-01')]).state;
    expect(lastDayIn(dayAfter, '2025-Q1')).toBe('2025-03-31');
    expect(unitExistedIn(dayAfter, '2025-Q2')).toBe(false);
  });

  it('a quarter’s name is the one in force on the unit’s last day in it, renamed that very day', () => {
    const unit = runUnit([
      register('SVH', 'Sở Văn hóa', 'department'),
      rename('SVH', 'Sở Văn hóa và Thể thao', '2024-12-31', 'Department of Culture and Sports'),
    ]).state;
    expect(unitNameIn(unit, '2024-Q4')).toEqual({
      name: 'Sở Văn hóa và Thể thao',
      nameEn: 'Department of Culture and Sports',
    });
    expect(unitNameIn(unit, '2024-Q3')).toEqual({ name: 'Sở Văn hóa', nameEn: null });
    expect(unitNameIn({ status: 'unregistered' }, '2024-Q3')).toBeNull();
  });

  it('lists a quarter’s units with the name of their last day there, and leaves out the unregistered', () => {
    const units: UnitState[] = [
      { status: 'unregistered' },
      runUnit([register('SB', 'Sở B', 'department'), rename('SB', 'Sở Bê', '2025-02-01')]).state,
      runUnit([register('HX', 'Huyện X', 'district'), dissolve('HX', '2025-03-01')]).state,
      runUnit([register('SA', 'Sở A', 'department')]).state,
    ];
    expect(unitsInPeriod(units, '2025-Q1').map(({ code, block, name }) => ({ code, block, name }))).toEqual([
      { code: 'SA', block: 'department', name: 'Sở A' },
      { code: 'SB', block: 'department', name: 'Sở Bê' },
      { code: 'HX', block: 'district', name: 'Huyện X' },
    ]);
    expect(unitsInPeriod(units, '2025-Q1', 'district').map((u) => u.code)).toEqual(['HX']);
  });

  it('orders the list the same whatever order the register comes in: departments first, then by code', () => {
    const units = [
      runUnit([register('SC', 'Sở C', 'department')]).state,
      runUnit([register('HY', 'Huyện Y', 'district')]).state,
      runUnit([register('SA', 'Sở A', 'department')]).state,
      runUnit([register('HX', 'Huyện X', 'district')]).state,
      runUnit([register('SB', 'Sở B', 'department')]).state,
    ];
    const orders = (list: UnitState[]): UnitState[][] =>
      list.length <= 1
        ? [list]
        : list.flatMap((unit, i) => orders(list.filter((_, j) => j !== i)).map((rest) => [unit, ...rest]));
    for (const order of orders(units)) {
      expect(unitsInPeriod(order, '2025-Q1').map((u) => u.code)).toEqual(['SA', 'SB', 'SC', 'HX', 'HY']);
    }
    expect(unitExistedIn({ status: 'unregistered' }, '2025-Q1')).toBe(false);
  });
});
