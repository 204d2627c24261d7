import { getCatalogue } from '@dti/catalogue';
import { emptyScorecardRows } from './empty-scorecard';

describe('empty scorecard', () => {
  it('is every criterion of the block not reported: 0 of the block’s full maximum', () => {
    const catalogue = getCatalogue('tth-2020');
    const department = emptyScorecardRows(catalogue, 'department');
    const root = department.nodes.find((node) => node.depth === 0);
    expect(root).toMatchObject({ pointsExact: '0', applicableMaxExact: '256', percentExact: '0' });
    expect(department.report).toBeNull();
    expect(department.criteria.every((criterion) => criterion.status === 'not-reported')).toBe(true);
    expect(department.criteria.find((criterion) => criterion.criterion === '1.1.1')).toMatchObject({
      parentCode: '1.1',
      maxExact: '5',
      applicableMaxExact: '5',
      ruleKind: 'per-item',
    });
    const district = emptyScorecardRows(catalogue, 'district');
    expect(district.nodes.find((node) => node.depth === 0)?.applicableMaxExact).toBe('254');
    expect(district.criteria.some((criterion) => criterion.criterion === '3.1.2')).toBe(true);
    expect(department.criteria.some((criterion) => criterion.criterion === '3.1.2')).toBe(false);
  });
});
