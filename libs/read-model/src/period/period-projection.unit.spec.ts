import { getCatalogue } from '@dti/catalogue';
import type { RegisteredUnit } from '@dti/domain';
import { dissolve, register, runUnit } from '../../../domain/testing/unit.test-kit';
import type { UnitReportEntity } from '../assessment/unit-report.entity';
import { projectPeriod, type PeriodInputs } from './period-projection';

function unit(...commands: Parameters<typeof runUnit>[0]): RegisteredUnit {
  return runUnit(commands).state as RegisteredUnit;
}

function report(code: string, points: string, max: string, percent: string | null): UnitReportEntity {
  return {
    unit: code,
    period: '2025-Q3',
    catalogueId: 'tth-2020',
    status: 'open',
    pointsExact: points,
    applicableMaxExact: max,
    percentExact: percent,
  } as UnitReportEntity;
}

describe('projectPeriod', () => {
  const units = [
    unit(register('STTTT', 'Sở Thông tin và Truyền thông', 'department')),
    unit(register('SNV', 'Sở Nội vụ', 'department')),
    // Abolished with the district level on 2025-07-01: not part of 2025-Q3, report or not.
    unit(register('HUONGTRA', 'UBND thị xã Hương Trà', 'district'), dissolve('HUONGTRA', '2025-07-01')),
    unit(register('HUE', 'UBND thành phố Huế', 'district')),
    // Established later than the quarter.
    unit(register('SMOI', 'Sở mới', 'department', '2026-01-01')),
  ];

  const input: PeriodInputs = {
    period: '2025-Q3',
    units,
    reports: [report('STTTT', '64', '256', '1/4'), report('HUONGTRA', '254', '254', '1')],
    nodes: [],
    criteria: [],
    defaultCatalogueId: 'tth-2020',
    catalogues: getCatalogue,
  };
  const projection = projectPeriod(input);

  it('ranks the units that existed in the quarter, those without a report at 0 of their full maximum', () => {
    expect(
      projection.rankings.map((r) => [r.block, r.unit, r.rank, r.reported, r.percentExact, r.applicableMaxExact]),
    ).toEqual([
      ['department', 'STTTT', 1, true, '1/4', '256'],
      ['department', 'SNV', 2, false, '0', '256'],
      ['district', 'HUE', 1, false, '0', '254'],
    ]);
  });

  it('counts every unit that existed as eligible for the roll-up, and none that did not', () => {
    const row = projection.rollups.find((r) => r.scope === 'province' && r.criterion === '5.1.1');
    expect(row).toMatchObject({ unitsEligible: 3, unitsNotReported: 3, unitsScored: 0, valueExact: null });
    expect(projection.rollups.find((r) => r.scope === 'district' && r.criterion === '3.1.1')).toBeUndefined();
  });

  it('makes, for a subset of nodes and criteria, exactly the whole projection’s rows of those (and every ranking)', () => {
    const only = { nodes: new Set(['5', '5.1']), criteria: new Set(['5.1.1', '3.1.1']) };
    const partial = projectPeriod({ ...input, only });
    expect(partial.rankings).toEqual(projection.rankings);
    expect(partial.rollups).toEqual(projection.rollups.filter((row) => only.criteria.has(row.criterion)));
    expect(partial.stats).toEqual(projection.stats.filter((row) => only.nodes.has(row.nodeCode)));
    expect(partial.rollups.length).toBeGreaterThan(0);
    expect(partial.stats.length).toBeGreaterThan(0);
  });
});
