import { fixtureCatalogue } from '../testing/fixture.catalogue';
import { scoreCriterion } from './score-criterion';

const catalogue = fixtureCatalogue();
const score = (code: string, inputs: unknown) => {
  const result = scoreCriterion(catalogue, code, inputs);
  return { points: result.points.toString(), max: result.max.toString(), ...result.explanation, kind: result.ruleKind };
};

describe('scoreCriterion', () => {
  it('returns the contract shape', () => {
    const result = scoreCriterion(catalogue, '1.1', { a: 4, b: 3 });
    expect(result.catalogueId).toBe('fixture-2020');
    expect(result.criterion).toBe('1.1');
    expect(result.ruleKind).toBe('ratio');
    expect(result.points.toString()).toBe('3/2');
    expect(result.max.toString()).toBe('2');
  });

  describe('ratio', () => {
    it('scores n/d × max with the arithmetic spelled out', () => {
      expect(score('1.1', { a: 3, b: 1 })).toMatchObject({
        points: '2/3',
        vi: 'Tỷ lệ = b/a = 1/3 = 33,33% → 33,33% × 2 = 0,67 điểm',
        en: 'Ratio = b/a = 1/3 = 33.33% → 33.33% × 2 = 0.67 points',
      });
    });

    it('gives full points at 100% and 0 at 0%', () => {
      expect(score('1.1', { a: 7, b: 7 }).points).toBe('2');
      expect(score('1.1', { a: 7, b: 0 }).points).toBe('0');
    });

    it('counts a ratio above 1 as 1 where the rule compares with an outside figure', () => {
      expect(score('1.2', { a: 100.5, b: 201 })).toMatchObject({
        points: '3',
        vi: 'Tỷ lệ = b/a = 201/100,5 = 200,00% > 100% → tính 100% → 100% × 3 = 3,00 điểm',
        en: 'Ratio = b/a = 201/100.5 = 200.00% > 100% → counted as 100% → 100% × 3 = 3.00 points',
      });
    });

    it('reads decimal quantities at face value (0.1 is 1/10)', () => {
      expect(score('1.2', { a: 1.1, b: 1 })).toMatchObject({
        points: '30/11',
        vi: 'Tỷ lệ = b/a = 1/1,1 = 90,91% → 90,91% × 3 = 2,73 điểm',
      });
    });
  });

  describe('threshold-proportional', () => {
    it('scores x / threshold × max below the threshold (the 7.1.1 example)', () => {
      expect(score('1.3', { a: 1000, b: 50 })).toMatchObject({
        points: '2',
        vi: 'Tỷ lệ = b/a = 50/1.000 = 5,00% < 10% → 5,00%/10% × 4 = 2,00 điểm',
        en: 'Ratio = b/a = 50/1,000 = 5.00% < 10% → 5.00%/10% × 4 = 2.00 points',
      });
    });

    it('gives full points at and above the threshold', () => {
      expect(score('1.3', { a: 1000, b: 100 })).toMatchObject({
        points: '4',
        vi: 'Tỷ lệ = b/a = 100/1.000 = 10,00% ≥ 10% → điểm tối đa = 4,00 điểm',
        en: 'Ratio = b/a = 100/1,000 = 10.00% ≥ 10% → full points = 4.00 points',
      });
      expect(score('1.3', { a: 10, b: 10 }).points).toBe('4');
    });

    it('shows enough decimals that a value just under the threshold does not look equal to it', () => {
      expect(score('1.3', { a: 100000, b: 9999 }).vi).toBe(
        'Tỷ lệ = b/a = 9.999/100.000 = 9,999% < 10% → 9,999%/10% × 4 = 4,00 điểm',
      );
      expect(score('1.3', { a: 100000, b: 9999 }).points).toBe('9999/2500');
    });

    it('compares a plain figure when there is no denominator', () => {
      expect(score('1.4', { b: 2 })).toMatchObject({
        points: '4/3',
        vi: 'Giá trị = b = 2 < 3 → 2/3 × 2 = 1,33 điểm',
        en: 'Value = b = 2 < 3 → 2/3 × 2 = 1.33 points',
      });
      expect(score('1.4', { b: 5 }).points).toBe('2');
    });

    it('pools operands that are sums of inputs', () => {
      expect(score('1.6', { a: 40, b: 20, c: 10, d: 5 })).toMatchObject({
        points: '50/7',
        vi: 'Tỷ lệ = (b+d)/(a+c) = (20+5)/(40+10) = 25/50 = 50,00% < 70% → 50,00%/70% × 10 = 7,14 điểm',
        en: 'Ratio = (b+d)/(a+c) = (20+5)/(40+10) = 25/50 = 50.00% < 70% → 50.00%/70% × 10 = 7.14 points',
      });
    });
  });

  describe('step-threshold', () => {
    it('gives full points from the threshold and 0 below it', () => {
      expect(score('1.5', { a: 100, b: 5 })).toMatchObject({
        points: '2',
        vi: 'Tỷ lệ = b/a = 5/100 = 5,00% ≥ 5% → đạt, điểm tối đa = 2,00 điểm',
        en: 'Ratio = b/a = 5/100 = 5.00% ≥ 5% → met: full points = 2.00 points',
      });
      expect(score('1.5', { a: 100, b: 4 })).toMatchObject({
        points: '0',
        vi: 'Tỷ lệ = b/a = 4/100 = 4,00% < 5% → không đạt = 0,00 điểm',
        en: 'Ratio = b/a = 4/100 = 4.00% < 5% → not met = 0.00 points',
      });
    });
  });

  describe('yes-no', () => {
    it('gives full points for yes and 0 for no', () => {
      expect(score('2.1', { value: true })).toMatchObject({
        points: '2',
        vi: 'Đã ban hành: Có → điểm tối đa = 2,00 điểm',
        en: 'Issued: yes → full points = 2.00 points',
      });
      expect(score('2.1', { value: false })).toMatchObject({
        points: '0',
        vi: 'Đã ban hành: Không → 0,00 điểm',
        en: 'Issued: no → 0.00 points',
      });
    });
  });

  describe('tiered', () => {
    it('scores the chosen bullet’s fraction of max', () => {
      expect(score('2.2', { option: 1 }).points).toBe('3');
      expect(score('2.2', { option: 2 })).toMatchObject({
        points: '1',
        vi: 'Đã chọn: "Cấp phó" → 1/3 × 3 = 1,00 điểm',
        en: 'Chosen: "Deputy" → 1/3 × 3 = 1.00 points',
      });
      expect(score('2.2', { option: 3 }).points).toBe('0');
    });
  });

  describe('per-item', () => {
    it('earns points per item, capped per item and in total', () => {
      expect(score('2.3', { count: 2, count2: 1 })).toMatchObject({
        points: '7/3',
        vi: 'Chủ tịch: 2 × 1 = 2; Phó Chủ tịch: 1 × 1/3 = 1/3; Tổng = 2 + 1/3 = 7/3 → 2,33 điểm',
        en: 'Chủ tịch: 2 × 1 = 2; Phó Chủ tịch: 1 × 1/3 = 1/3; Total = 2 + 1/3 = 7/3 → 2.33 points',
      });
      expect(score('2.3', { count: 5, count2: 4 })).toMatchObject({
        points: '3',
        vi: 'Chủ tịch: 5 × 1 = 5 > 3 → 3; Phó Chủ tịch: 4 × 1/3 = 4/3 > 1 → 1; Tổng = 3 + 1 = 4 > 3 → tối đa → 3,00 điểm',
      });
      expect(score('2.3', { count: 0, count2: 0 }).points).toBe('0');
    });
  });

  describe('weighted-ratios', () => {
    it('adds weighted shares of the denominator', () => {
      expect(score('2.4', { a: 100, b: 30, c: 60 })).toMatchObject({
        points: '3/2',
        vi: 'b/a = 30/100 = 30,00%; c/a = 60/100 = 60,00% → 30,00% × 1/2 × 2 + 60,00% × 1 × 2 = 0,30 + 1,20 = 1,50 điểm',
        en: 'b/a = 30/100 = 30.00%; c/a = 60/100 = 60.00% → 30.00% × 1/2 × 2 + 60.00% × 1 × 2 = 0.30 + 1.20 = 1.50 points',
      });
      expect(score('2.4', { a: 100, b: 0, c: 100 }).points).toBe('2');
    });

    it('gives full points when fullWhen is met, else falls back to the weighted formula', () => {
      expect(score('2.5', { a: 100, b: 10, c: 85 })).toMatchObject({
        points: '10',
        vi: 'c/a = 85/100 = 85,00% ≥ 80% → điểm tối đa = 10,00 điểm',
        en: 'c/a = 85/100 = 85.00% ≥ 80% → full points = 10.00 points',
      });
      expect(score('2.5', { a: 100, b: 30, c: 60 })).toMatchObject({
        points: '15/2',
        vi:
          'c/a = 60/100 = 60,00% < 80% → b/a = 30/100 = 30,00%; c/a = 60/100 = 60,00% → ' +
          '30,00% × 1/2 × 10 + 60,00% × 1 × 10 = 1,50 + 6,00 = 7,50 điểm',
      });
    });
  });

  describe('share-of-set', () => {
    it('scores the share of the listed contents', () => {
      expect(score('2.6', { count: 3 })).toMatchObject({
        points: '3/2',
        vi: 'Số nội dung đã ban hành = 3/4 → 3/4 × 2 = 1,50 điểm',
        en: 'Số nội dung đã ban hành (en) = 3/4 → 3/4 × 2 = 1.50 points',
      });
      expect(score('2.6', { count: 4 }).points).toBe('2');
      expect(score('2.6', { count: 0 }).points).toBe('0');
    });
  });
});
