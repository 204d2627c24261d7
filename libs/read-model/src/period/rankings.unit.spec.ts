import { Rational } from '@dti/catalogue';
import { competitionRanks } from './rankings';

const unit = (code: string, percent: string | null) => ({
  unit: code,
  percent: percent === null ? null : Rational.parse(percent),
});

describe('competition ranking', () => {
  it('shares a rank between equal percentages and skips the next (1, 1, 3)', () => {
    const ranked = competitionRanks([unit('C', '1/2'), unit('B', '3/4'), unit('A', '3/4'), unit('D', '1/4')]);
    expect(ranked.map((r) => [r.unit, r.rank])).toEqual([
      ['A', 1],
      ['B', 1],
      ['C', 3],
      ['D', 4],
    ]);
  });

  it('compares exactly: 2/3 and 0.6667 are not a tie', () => {
    const ranked = competitionRanks([unit('A', '0.6667'), unit('B', '2/3'), unit('C', '4/6')]);
    expect(ranked.map((r) => [r.unit, r.rank])).toEqual([
      ['A', 1],
      ['B', 2],
      ['C', 2],
    ]);
  });

  it('leaves a unit with nothing applicable unranked, last', () => {
    const ranked = competitionRanks([unit('Z', null), unit('A', '0')]);
    expect(ranked.map((r) => [r.unit, r.rank])).toEqual([
      ['A', 1],
      ['Z', null],
    ]);
    expect(competitionRanks([])).toEqual([]);
  });
});
