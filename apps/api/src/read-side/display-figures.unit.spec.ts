import { displayNumber, exactDifference, percentOf, scoreFigures } from './display-figures';

describe('display figures', () => {
  it('rounds half away from zero to 2 decimals for display and keeps the exact value', () => {
    expect(displayNumber('36/5')).toBe(7.2);
    expect(displayNumber('1/8')).toBe(0.13);
    expect(displayNumber('-1/8')).toBe(-0.13);
    expect(displayNumber('2/3')).toBe(0.67);
  });

  it('shows stored fractions of 1 as percentages, exact and rounded', () => {
    expect(percentOf('18/635')).toEqual({ percent: 2.83, percentExact: '360/127' });
    expect(percentOf('0')).toEqual({ percent: 0, percentExact: '0' });
    expect(percentOf(null)).toEqual({ percent: null, percentExact: null });
  });

  it('answers a remembered figure the same, and each caller its own percentage object', () => {
    expect([displayNumber('2/3'), displayNumber('2/3'), displayNumber('0')]).toEqual([0.67, 0.67, 0]);
    const first = percentOf('18/635');
    first.percent = 99;
    expect(percentOf('18/635')).toEqual({ percent: 2.83, percentExact: '360/127' });
  });

  it('gathers a score’s figures', () => {
    expect(scoreFigures({ pointsExact: '36/5', applicableMaxExact: '256', percentExact: '9/320' })).toEqual({
      points: 7.2,
      pointsExact: '36/5',
      applicableMax: 256,
      applicableMaxExact: '256',
      percent: 2.81,
      percentExact: '45/16',
    });
  });

  it('differences count a missing value as 0 points', () => {
    expect(exactDifference('3/2', '2')).toBe('1/2');
    expect(exactDifference(null, '2')).toBe('2');
    expect(exactDifference('4', null)).toBe('-4');
  });
});
