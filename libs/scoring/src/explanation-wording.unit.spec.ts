/**
 * Explanations and messages read by civil servants (issue #16): figures in each language's own form, items
 * and choices by their labels, never by the inputs' contract names.
 */
import { getCatalogue } from '@dti/catalogue';
import { fixtureCatalogue } from '../testing/fixture.catalogue';
import { scoreCriterion } from './score-criterion';
import { ScoringError } from './scoring-error';
import { formatFigures } from './wording';

const fixture = fixtureCatalogue();
const tth = getCatalogue('tth-2020');

function errorOf(run: () => unknown): ScoringError {
  try {
    run();
  } catch (error) {
    if (error instanceof ScoringError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('formatFigures', () => {
  it.each([
    ['12500000', '12.500.000', '12,500,000'],
    ['12500000/1500000000', '12.500.000/1.500.000.000', '12,500,000/1,500,000,000'],
    ['1234567.25', '1.234.567,25', '1,234,567.25'],
    ['999', '999', '999'],
    ['1000', '1.000', '1,000'],
    ['0.5', '0,5', '0.5'],
    ['-1.5', '-1,5', '-1.5'],
    ['4/3', '4/3', '4/3'],
  ])('%s → %s (vi), %s (en)', (text, vi, en) => {
    expect(formatFigures(text, 'vi')).toBe(vi);
    expect(formatFigures(text, 'en')).toBe(en);
  });
});

describe('explanations', () => {
  it('group thousands: 12.500.000 in Vietnamese, 12,500,000 in English, decimal comma kept', () => {
    const score = scoreCriterion(fixture, '1.1', { a: 1500000000, b: 12500000 });
    expect(score.explanation.vi).toBe('Tỷ lệ = b/a = 12.500.000/1.500.000.000 = 0,83% → 0,83% × 2 = 0,02 điểm');
    expect(score.explanation.en).toBe('Ratio = b/a = 12,500,000/1,500,000,000 = 0.83% → 0.83% × 2 = 0.02 points');
  });

  it('name per-item figures by the item label, in each language', () => {
    const score = scoreCriterion(tth, '1.2.2', { count: 2, count2: 4 });
    expect(score.explanation.vi).toBe(
      'Số cuộc họp, hội nghị mà Chủ tịch UBND tỉnh chủ trì: 2 × 1 = 2; ' +
        'Số cuộc họp, hội nghị mà Phó Chủ tịch UBND tỉnh chủ trì: 4 × 1/3 = 4/3 > 1 → 1; ' +
        'Tổng = 2 + 1 = 3 → 3,00 điểm',
    );
    expect(score.explanation.en).toBe(
      'Meetings and conferences attended that the Provincial Chairman chaired: 2 × 1 = 2; ' +
        'Meetings and conferences attended that a Provincial Vice-Chairman chaired: 4 × 1/3 = 4/3 > 1 → 1; ' +
        'Total = 2 + 1 = 3 → 3.00 points',
    );
    expect(score.explanation.vi).not.toMatch(/\bcount2?\b/);
  });

  it('write a tiered choice by its text, not as "2/3"', () => {
    const score = scoreCriterion(tth, '1.2.1', { option: 2 });
    expect(score.explanation.vi).toBe('Đã chọn: "Trưởng ban là cấp phó của lãnh đạo đơn vị" → 1/3 × 3 = 1,00 điểm');
    expect(score.explanation.en).toBe('Chosen: "Chaired by a deputy head of the unit" → 1/3 × 3 = 1.00 points');
  });

  it('show the repaired option text, not the scan', () => {
    const score = scoreCriterion(tth, '1.3.2', { option: 1 });
    expect(score.explanation.vi).toContain('"Có chỉ thị, văn bản chủ trương chuyên đề về chuyển đổi số"');
  });

  it('name inputs in messages by their repaired labels', () => {
    const error = errorOf(() => scoreCriterion(tth, '5.1.1', { a: 10 }));
    expect(error.messageVi).toBe(
      'Thiếu số liệu "b" (Thống kê số lượng CBCC của tỉnh có tài khoản thư điện tử chính thức (gọi là b)) của tiêu chí 5.1.1',
    );
  });
});

describe('messages', () => {
  it('write a received figure in each language’s form: "(1,5)" in Vietnamese, "(1.5)" in English', () => {
    const error = errorOf(() => scoreCriterion(fixture, '1.1', { a: 10, b: 1.5 }));
    expect(error.code).toBe('NOT_AN_INTEGER');
    expect(error.messageVi).toBe('Số liệu "b" (Số đạt) của tiêu chí 1.1 phải là số nguyên (1,5)');
    expect(error.messageEn).toBe('Input "b" (Số đạt (en)) of criterion 1.1 must be a whole number (1.5)');
  });

  it('group thousands in a part-above-whole message', () => {
    const error = errorOf(() => scoreCriterion(fixture, '1.1', { a: 1000000, b: 1200000 }));
    expect(error.messageVi).toContain('= 1.200.000 lớn hơn');
    expect(error.messageEn).toContain('= 1,200,000 exceeds');
  });
});

describe('paired parts and wholes (5.9.1: b of a, d of c)', () => {
  it('refuses a level whose part exceeds its whole even when the pooled sums hold', () => {
    const pooledHolds = errorOf(() => scoreCriterion(fixture, '1.6', { a: 10, b: 12, c: 10, d: 2 }));
    expect(pooledHolds.code).toBe('NUMERATOR_EXCEEDS_DENOMINATOR');
    expect(pooledHolds.input).toBe('b');
    const levelFour = errorOf(() => scoreCriterion(tth, '5.9.1', { a: 10, b: 2, c: 3, d: 5 }));
    expect(levelFour.code).toBe('NUMERATOR_EXCEEDS_DENOMINATOR');
    expect(levelFour.input).toBe('d');
  });

  it('still scores a unit with only one level (a zero whole with a zero part)', () => {
    expect(scoreCriterion(tth, '5.9.1', { a: 0, b: 0, c: 10, d: 7 }).points.toString()).toBe('10');
  });
});
