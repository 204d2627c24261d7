import { catalogueIdFor, validateCatalogueSchedule, type CatalogueSchedule } from './catalogue-schedule';

function problemOf(run: () => unknown): { code: string; problem: unknown; details: Record<string, unknown> } {
  try {
    run();
  } catch (error) {
    const { code, details } = error as { code: string; details: Record<string, unknown> };
    return { code, problem: details.problem, details };
  }
  throw new Error('expected a refusal');
}

describe('catalogue schedule at its edges', () => {
  it('names the entry at fault and what it should be', () => {
    expect(problemOf(() => validateCatalogueSchedule([]))).toMatchObject({
      code: 'INVALID_CATALOGUE_SCHEDULE',
      problem: 'expected a non-empty list of {from, catalogueId}',
    });
    expect(problemOf(() => validateCatalogueSchedule({ from: '2021-Q1' })).problem).toContain('non-empty list');
    const ok = { from: '2021-Q1', catalogueId: 'a' };
    expect(problemOf(() => validateCatalogueSchedule([ok, null])).problem).toBe('entry 1 is not an object');
    expect(problemOf(() => validateCatalogueSchedule([ok, 'x'])).problem).toBe('entry 1 is not an object');
    expect(problemOf(() => validateCatalogueSchedule([ok, { from: 'soon', catalogueId: 'b' }])).problem).toBe(
      'entry 1: "from" must be a quarter like 2021-Q1',
    );
    for (const catalogueId of [7, '', '-a', 'a'.repeat(65), 'a b']) {
      expect(problemOf(() => validateCatalogueSchedule([{ from: '2022-Q1', catalogueId }])).problem).toBe(
        'entry 0: "catalogueId" must be an id like tth-2020',
      );
    }
    expect(
      problemOf(() =>
        validateCatalogueSchedule([{ from: '2023-Q2', catalogueId: 'b' }, ok, { from: '2023-Q2', catalogueId: 'c' }]),
      ).problem,
    ).toBe('two entries start in 2023-Q2');
  });

  it('accepts ids of 1 to 64 characters, stored in lower case, and returns a frozen schedule in order', () => {
    const schedule = validateCatalogueSchedule([
      { from: '2024-Q1', catalogueId: 'A'.repeat(64) },
      { from: '2021-Q1', catalogueId: '9' },
      { from: '2022-Q3', catalogueId: 'x-1' },
    ]);
    expect(schedule).toEqual([
      { from: '2021-Q1', catalogueId: '9' },
      { from: '2022-Q3', catalogueId: 'x-1' },
      { from: '2024-Q1', catalogueId: 'a'.repeat(64) },
    ]);
    expect(Object.isFrozen(schedule)).toBe(true);
    expect(schedule.every((entry) => Object.isFrozen(entry))).toBe(true);
  });

  it('each entry holds from its quarter until the next one, in whatever order it is listed', () => {
    // Not validated: the latest entry that has started wins, not the last listed.
    const schedule: CatalogueSchedule = [
      { from: '2024-Q1', catalogueId: 'c' },
      { from: '2021-Q1', catalogueId: 'a' },
      { from: '2022-Q3', catalogueId: 'b' },
    ];
    expect(catalogueIdFor('2021-Q1', schedule)).toBe('a');
    expect(catalogueIdFor('2022-Q2', schedule)).toBe('a');
    expect(catalogueIdFor('2022-Q3', schedule)).toBe('b');
    expect(catalogueIdFor('2023-Q4', schedule)).toBe('b');
    expect(catalogueIdFor('2024-Q1', schedule)).toBe('c');
    expect(catalogueIdFor({ year: 2030, quarter: 1 }, schedule)).toBe('c');
  });

  it('before the first entry, names the period and the first entry listed', () => {
    expect(problemOf(() => catalogueIdFor('2020-Q4'))).toMatchObject({
      code: 'CATALOGUE_NOT_CONFIGURED',
      details: { period: '2020-Q4', firstConfigured: '2021-Q1' },
    });
    expect(problemOf(() => catalogueIdFor('2020-Q4', [])).details).toEqual({
      period: '2020-Q4',
      firstConfigured: '—',
    });
  });
});
