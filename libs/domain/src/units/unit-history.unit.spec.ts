import { parseQuarter } from '../periods/quarter';
import type { UnitState } from './unit.decider';
import {
  lastDayIn,
  successorBlockOn,
  unitExistedIn,
  unitExistedOn,
  unitNameIn,
  unitNameOn,
  unitsInPeriod,
} from './unit-history';
import { dissolve, merge, register, rename, runUnit } from '../../testing/unit.test-kit';

/**
 * A register shaped like 2025's reorganisation. The legal bases in the test kit are placeholders:
 * the real decisions are entered by operators with their numbers.
 */
function register2025(): UnitState[] {
  const skhcn = runUnit([register('SKHCN', 'Sở Khoa học và Công nghệ', 'department')]).state;
  const stttt = runUnit([
    register('STTTT', 'Sở Thông tin và Truyền thông', 'department'),
    merge('STTTT', 'SKHCN', '2025-03-01', successorBlockOn(skhcn, '2025-03-01')),
  ]).state;
  const snnmt = runUnit([register('SNNMT', 'Sở Nông nghiệp và Môi trường', 'department', '2025-03-01')]).state;
  const svhtt = runUnit([
    register('SVHTT', 'Sở Văn hóa Thể thao', 'department'),
    rename('SVHTT', 'Sở Văn hóa và Thể thao', '2023-02-15'),
  ]).state;
  const hue = runUnit([register('HUE', 'Thành phố Huế', 'district'), dissolve('HUE', '2025-01-01')]).state;
  const aluoi = runUnit([register('ALUOI', 'Huyện A Lưới', 'district'), dissolve('ALUOI', '2025-07-01')]).state;
  return [stttt, skhcn, snnmt, svhtt, hue, aluoi, { status: 'unregistered' }];
}

describe('unit history', () => {
  const [stttt, skhcn, snnmt, svhtt, hue, aluoi] = register2025();

  it('knows on which days a unit existed: the end date is the first day without it', () => {
    expect(unitExistedOn(stttt, '2021-01-01')).toBe(true);
    expect(unitExistedOn(stttt, '2020-12-31')).toBe(false);
    expect(unitExistedOn(stttt, '2025-02-28')).toBe(true);
    expect(unitExistedOn(stttt, '2025-03-01')).toBe(false);
    expect(unitExistedOn({ status: 'unregistered' }, '2025-03-01')).toBe(false);
  });

  it('counts a unit in every quarter it existed at least one day of', () => {
    expect(unitExistedIn(stttt, '2025-Q1')).toBe(true); // merged mid-quarter: reports for Q1
    expect(unitExistedIn(stttt, '2025-Q2')).toBe(false);
    expect(unitExistedIn(aluoi, '2025-Q2')).toBe(true);
    expect(unitExistedIn(aluoi, '2025-Q3')).toBe(false); // the district level ended on 2025-07-01
    expect(unitExistedIn(hue, '2024-Q4')).toBe(true);
    expect(unitExistedIn(hue, '2025-Q1')).toBe(false);
    expect(unitExistedIn(snnmt, '2024-Q4')).toBe(false);
    expect(unitExistedIn(snnmt, '2025-Q1')).toBe(true);
  });

  it('gives the name in force on a day, and a quarter’s name as of the unit’s last day in it', () => {
    expect(unitNameOn(svhtt, '2023-02-14')?.name).toBe('Sở Văn hóa Thể thao');
    expect(unitNameOn(svhtt, '2023-02-15')?.name).toBe('Sở Văn hóa và Thể thao');
    expect(unitNameIn(svhtt, '2022-Q4')?.name).toBe('Sở Văn hóa Thể thao');
    expect(unitNameIn(svhtt, '2023-Q1')?.name).toBe('Sở Văn hóa và Thể thao');
    expect(unitNameOn(stttt, '2025-03-01')).toBeNull();
    expect(lastDayIn(stttt, parseQuarter('2025-Q1'))).toBe('2025-02-28');
    expect(lastDayIn(stttt, '2024-Q4')).toBe('2024-12-31');
    expect(lastDayIn(stttt, '2025-Q2')).toBeNull();
  });

  it('gives the merger the successor’s block only if it exists on the effective date', () => {
    expect(successorBlockOn(skhcn, '2025-03-01')).toBe('department');
    expect(successorBlockOn(snnmt, '2025-02-28')).toBeNull();
    expect(successorBlockOn({ status: 'unregistered' }, '2025-03-01')).toBeNull();
  });

  it('lists the units of a quarter, departments first then by code, optionally by block', () => {
    const units = register2025();
    expect(unitsInPeriod(units, '2024-Q4').map((u) => u.code)).toEqual(['SKHCN', 'STTTT', 'SVHTT', 'ALUOI', 'HUE']);
    expect(unitsInPeriod(units, '2025-Q1').map((u) => u.code)).toEqual(['SKHCN', 'SNNMT', 'STTTT', 'SVHTT', 'ALUOI']);
    expect(unitsInPeriod(units, '2025-Q3').map((u) => u.code)).toEqual(['SKHCN', 'SNNMT', 'SVHTT']);
    expect(unitsInPeriod(units, '2025-Q3', 'district')).toEqual([]);
    expect(unitsInPeriod(units, '2022-Q1', 'department').find((u) => u.code === 'SVHTT')).toMatchObject({
      name: 'Sở Văn hóa Thể thao',
      block: 'department',
      registeredOn: '2021-01-01',
      end: null,
    });
    expect(unitsInPeriod(units, '2025-Q1').find((u) => u.code === 'STTTT')?.end).toMatchObject({
      kind: 'merged',
      into: 'SKHCN',
    });
  });
});
