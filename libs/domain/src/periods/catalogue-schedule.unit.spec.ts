import { CatalogueNotConfiguredError, InvalidCatalogueScheduleError } from '../domain-errors';
import { catalogueIdFor, DEFAULT_CATALOGUE_SCHEDULE, validateCatalogueSchedule } from './catalogue-schedule';
import { formatQuarter, parseQuarter, quarterRange } from './quarter';

describe('catalogue version in force for a period', () => {
  it('defaults to tth-2020 from 2021-Q1 through 2025-Q4 and later', () => {
    for (const q of quarterRange(parseQuarter('2021-Q1'), parseQuarter('2025-Q4'))) {
      expect(catalogueIdFor(formatQuarter(q))).toBe('tth-2020');
    }
    expect(catalogueIdFor('2030-Q2', DEFAULT_CATALOGUE_SCHEDULE)).toBe('tth-2020');
  });

  it('has no catalogue before the first configured quarter', () => {
    expect(() => catalogueIdFor('2020-Q4')).toThrow(CatalogueNotConfiguredError);
  });

  it('follows a configured schedule, whatever order it was written in', () => {
    const schedule = validateCatalogueSchedule([
      { from: '2026-Q1', catalogueId: 'HUE-2026' },
      { from: '2021-Q1', catalogueId: 'tth-2020' },
    ]);
    expect(schedule).toEqual([
      { from: '2021-Q1', catalogueId: 'tth-2020' },
      { from: '2026-Q1', catalogueId: 'hue-2026' },
    ]);
    expect(catalogueIdFor('2025-Q4', schedule)).toBe('tth-2020');
    expect(catalogueIdFor('2026-Q1', schedule)).toBe('hue-2026');
    expect(catalogueIdFor('2027-Q3', schedule)).toBe('hue-2026');
  });

  it.each([
    [[]],
    ['tth-2020'],
    [[{ from: '2021-Q5', catalogueId: 'x' }]],
    [[{ from: '2021-Q1', catalogueId: 'bad id!' }]],
    [
      [
        { from: '2021-Q1', catalogueId: 'a' },
        { from: '2021-Q1', catalogueId: 'b' },
      ],
    ],
  ])('refuses the schedule %p', (schedule) => {
    expect(() => validateCatalogueSchedule(schedule)).toThrow(InvalidCatalogueScheduleError);
  });
});
