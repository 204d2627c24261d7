import type { RankingChangeView } from '@dti/read-model';
import { rankedUnits } from './rankings.view';

function row(unit: string, rank: number | null, percentExact: string | null): RankingChangeView {
  return {
    period: '2021-Q1',
    block: 'department',
    unit,
    periodIndex: 8084,
    rank,
    unitName: unit,
    reported: true,
    reportStatus: 'open',
    pointsExact: '0',
    points: '0.00',
    applicableMaxExact: '256',
    applicableMax: '256.00',
    percentExact,
    percent: null,
    previousRank: null,
    rankChange: null,
  };
}

describe('rankings view', () => {
  it('marks units sharing a rank as tied; an unranked unit never ties', () => {
    const units = rankedUnits([
      row('SKHDT', 1, '1/20'),
      row('SNV', 1, '1/20'),
      row('STTTT', 3, '1/40'),
      row('SXD', null, null),
      row('SYT', null, null),
    ]);
    expect(units.map((unit) => [unit.unit, unit.rank, unit.tied, unit.percent])).toEqual([
      ['SKHDT', 1, true, 5],
      ['SNV', 1, true, 5],
      ['STTTT', 3, false, 2.5],
      ['SXD', null, false, null],
      ['SYT', null, false, null],
    ]);
  });
});
