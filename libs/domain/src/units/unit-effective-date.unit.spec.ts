import { EARLIEST_UNIT_EFFECTIVE_DATE, latestUnitEffectiveDate, requireUnitEffectiveDate } from './unit-effective-date';

describe('unit effective dates', () => {
  const now = '2026-12-07T04:00:00Z';

  it('accepts days from 2020-01-01 to the end of the following year', () => {
    expect(requireUnitEffectiveDate('effectiveOn', EARLIEST_UNIT_EFFECTIVE_DATE, now)).toBe('2020-01-01');
    expect(requireUnitEffectiveDate('effectiveOn', '2025-07-01', now)).toBe('2025-07-01');
    expect(requireUnitEffectiveDate('effectiveOn', '2027-12-31', now)).toBe('2027-12-31');
  });

  it.each(['1900-01-01', '2019-12-31', '2028-01-01', '9999-12-31'])('refuses %s naming the field', (date) => {
    expect(() => requireUnitEffectiveDate('effectiveOn', date, now)).toThrow(/effectiveOn/);
    try {
      requireUnitEffectiveDate('effectiveOn', date, now);
    } catch (error) {
      expect(error).toMatchObject({ code: 'INVALID_COMMAND', details: { field: 'effectiveOn' } });
    }
  });

  it('counts the year in Vietnam: 31 December 2026 at 20:00 UTC is already 2027 there', () => {
    expect(latestUnitEffectiveDate('2026-12-31T20:00:00Z')).toBe('2028-12-31');
  });
});
