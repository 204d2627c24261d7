import { isUnitBlock, requireUnitBlock, UNIT_BLOCKS } from './unit-block';
import { isUnitCode, parseUnitCode } from './unit-code';
import { EARLIEST_UNIT_EFFECTIVE_DATE, latestUnitEffectiveDate, requireUnitEffectiveDate } from './unit-effective-date';

function refusal(run: () => unknown): { code: string; details: Record<string, unknown> } {
  try {
    run();
  } catch (error) {
    const { code, details } = error as { code: string; details: Record<string, unknown> };
    return { code, details };
  }
  throw new Error('expected a refusal');
}

describe('unit codes, blocks and effective dates', () => {
  it('codes: 2 to 20 upper-case letters or digits, starting with a letter', () => {
    for (const code of ['HU', 'STTTT', 'S2', `A${'B'.repeat(19)}`]) {
      expect(isUnitCode(code)).toBe(true);
      expect(parseUnitCode(code)).toBe(code);
    }
    for (const code of ['H', 'stttt', '2S', `A${'B'.repeat(20)}`, 'ST TT', ' STTTT']) {
      expect(isUnitCode(code)).toBe(false);
      expect(refusal(() => parseUnitCode(code))).toEqual({
        code: 'INVALID_UNIT_CODE',
        details: { input: code, problem: expect.stringContaining('2–20 uppercase') },
      });
    }
    expect(isUnitCode(5)).toBe(false);
    // Not text, even when it reads as a code once turned into text.
    expect(isUnitCode(['STTTT'])).toBe(false);
    expect(refusal(() => parseUnitCode(5))).toEqual({
      code: 'INVALID_UNIT_CODE',
      details: { input: '5', problem: 'expected text' },
    });
  });

  it('blocks: department or district', () => {
    expect(UNIT_BLOCKS).toEqual(['department', 'district']);
    expect(requireUnitBlock('b', 'district')).toBe('district');
    expect(isUnitBlock('department')).toBe(true);
    expect(isUnitBlock('ministry')).toBe(false);
    expect(isUnitBlock(1)).toBe(false);
    expect(refusal(() => requireUnitBlock('b', 'ministry'))).toEqual({
      code: 'INVALID_COMMAND',
      details: { field: 'b', problem: 'expected "department" or "district", got "ministry"' },
    });
  });

  it('effective dates: from 2020-01-01 to the end of the year after the command’s (Vietnam time)', () => {
    expect(EARLIEST_UNIT_EFFECTIVE_DATE).toBe('2020-01-01');
    // 31 Dec 2024 17:00 UTC is already 2025 in Vietnam.
    expect(latestUnitEffectiveDate('2024-12-31T16:59:59Z')).toBe('2025-12-31');
    expect(latestUnitEffectiveDate('2024-12-31T17:00:00Z')).toBe('2026-12-31');
    const at = '2024-06-01T00:00:00Z';
    expect(requireUnitEffectiveDate('d', '2020-01-01', at)).toBe('2020-01-01');
    expect(requireUnitEffectiveDate('d', '2025-12-31', at)).toBe('2025-12-31');
    for (const date of ['2019-12-31', '2026-01-01']) {
      expect(refusal(() => requireUnitEffectiveDate('d', date, at))).toEqual({
        code: 'INVALID_COMMAND',
        details: {
          field: 'd',
          problem: `expected a day from 2020-01-01 to 2025-12-31 (the periods the system knows), got ${date}`,
        },
      });
    }
    expect(refusal(() => requireUnitEffectiveDate('d', '2025-02-30', at)).details.field).toBe('d');
  });
});
