import { resolveAgency, type PlanRegisterUnit } from './plan-agencies';
import type { PlanVersion } from './plan.types';

const plan = {
  agencies: {
    'Các sở, ban, ngành': { block: 'department' },
    'VP UBND tỉnh': { units: ['VPUBND'] },
    NHNN: { outside: 'Ngân hàng Nhà nước' },
  },
} as unknown as PlanVersion;

const register: PlanRegisterUnit[] = [
  { code: 'SYT', block: 'department', name: 'Sở Y tế ', seedSpellings: ['Sở  Y  tế tỉnh'] },
  { code: 'STTTT', block: 'department', name: 'Sở Thông tin và Truyền thông', seedSpellings: [] },
  { code: 'HUE', block: 'district', name: 'Thành phố Huế', seedSpellings: [] },
];

describe('resolveAgency', () => {
  it('matches the register’s names composed, trimmed, in any case and spacing', () => {
    expect(resolveAgency(plan, 'Sở Y tế', register)).toStrictEqual({ name: 'Sở Y tế', units: ['SYT'] });
    expect(resolveAgency(plan, 'sở y tế', register).units).toEqual(['SYT']);
    expect(resolveAgency(plan, '  Sở   Y tế ', register).units).toEqual(['SYT']);
    expect(resolveAgency(plan, 'Sở Y tế'.normalize('NFD'), register).units).toEqual(['SYT']);
    expect(resolveAgency(plan, 'Sở Y tế tỉnh', register).units).toEqual(['SYT']); // a seed spelling
    expect(resolveAgency(plan, 'SởYtế', register)).toStrictEqual({ name: 'SởYtế', units: [], unresolved: true });
  });

  it('reads the plan’s own spellings first: units, a block, or an agency outside the register', () => {
    expect(resolveAgency(plan, 'vp ubnd tỉnh', register)).toStrictEqual({ name: 'vp ubnd tỉnh', units: ['VPUBND'] });
    expect(resolveAgency(plan, 'Các sở, ban, ngành', register)).toStrictEqual({
      name: 'Các sở, ban, ngành',
      units: ['SYT', 'STTTT'],
      block: 'department',
    });
    expect(resolveAgency(plan, 'NHNN', register)).toStrictEqual({
      name: 'NHNN',
      units: [],
      outside: 'Ngân hàng Nhà nước',
    });
  });

  it('"A/ B" is two leads: units merged once, block, outside and unresolved kept from whichever part has them', () => {
    expect(resolveAgency(plan, 'Sở Y tế/ NHNN', register)).toStrictEqual({
      name: 'Sở Y tế/ NHNN',
      units: ['SYT'],
      outside: 'Ngân hàng Nhà nước',
    });
    expect(resolveAgency(plan, 'Sở Y tế / Các sở, ban, ngành', register)).toStrictEqual({
      name: 'Sở Y tế / Các sở, ban, ngành',
      units: ['SYT', 'STTTT'],
      block: 'department',
    });
    expect(resolveAgency(plan, 'Sở Y tế/Sở Khác', register)).toStrictEqual({
      name: 'Sở Y tế/Sở Khác',
      units: ['SYT'],
      unresolved: true,
    });
  });
});
