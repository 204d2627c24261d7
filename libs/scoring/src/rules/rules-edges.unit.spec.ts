/**
 * The rules' edges the catalogue-wide specs do not reach (found by mutation testing, CONTRIBUTING.md): single
 * items and terms, capped totals, a fullWhen share outside the terms, pooled counts without a denominator, and
 * the errors' codes, fields and the input and figure their messages name.
 */
import type { Catalogue, CatalogueNode, InputSpec } from '@dti/catalogue';
import { scoreCriterion } from '../score-criterion';
import { ScoringError } from '../scoring-error';

const count = (name: string, label: string, labelEn: string): InputSpec => ({ name, type: 'count', label, labelEn });

const criteria: CatalogueNode[] = [
  {
    code: '1',
    title: 'Một mục, có số tối đa',
    declaredMax: '3',
    rule: {
      kind: 'per-item',
      items: [{ input: 'n', label: 'Văn bản', labelEn: 'Documents', pointsEach: '1', maxCount: '2000' }],
    },
    inputs: [count('n', 'Số văn bản', 'Documents issued')],
  },
  {
    code: '2',
    title: 'Ngưỡng số lượt gộp',
    declaredMax: '2',
    rule: { kind: 'threshold-proportional', numerator: ['b', 'd'], threshold: '5' },
    inputs: [count('b', 'Lượt quý I', 'Q1 turns'), count('d', 'Lượt quý II', 'Q2 turns')],
  },
  {
    code: '3',
    title: 'Một tỷ lệ có trọng số',
    declaredMax: '2',
    rule: { kind: 'weighted-ratios', denominator: 'a', terms: [{ numerator: 'b', weight: '1' }] },
    inputs: [count('a', 'Tổng', 'Total'), count('b', 'Điện tử', 'Electronic')],
  },
  {
    code: '4',
    title: 'Cùng tử số, hai trọng số',
    declaredMax: '2',
    rule: {
      kind: 'weighted-ratios',
      denominator: 'a',
      terms: [
        { numerator: 'b', weight: '1' },
        { numerator: 'b', weight: '1/2' },
      ],
    },
    inputs: [count('a', 'Tổng', 'Total'), count('b', 'Điện tử', 'Electronic')],
  },
  {
    code: '5',
    title: 'Điểm tối đa theo một tỷ lệ ngoài các số hạng',
    declaredMax: '10',
    rule: {
      kind: 'weighted-ratios',
      denominator: 'a',
      terms: [{ numerator: 'b', weight: '1' }],
      fullWhen: { numerator: 'c', threshold: '4/5' },
    },
    inputs: [count('a', 'Tổng DVC', 'All services'), count('b', 'Mức 3', 'Level 3'), count('c', 'Mức 4', 'Level 4')],
  },
  {
    code: '6',
    title: 'Hai phần của một tổng',
    declaredMax: '2',
    rule: {
      kind: 'weighted-ratios',
      denominator: 'a',
      terms: [
        { numerator: 'b', weight: '1/2' },
        { numerator: 'c', weight: '1' },
      ],
    },
    inputs: [
      count('a', 'Tổng văn bản', 'All documents'),
      count('b', 'Song song', 'Partly on paper'),
      count('c', 'Điện tử', 'Fully electronic'),
    ],
  },
  {
    code: '7',
    title: 'Không có thì 0 điểm',
    declaredMax: '2',
    rule: { kind: 'ratio', numerator: 'b', denominator: 'a', zeroWhenNumeratorZero: true },
    inputs: [count('a', 'Tổng', 'Total'), count('b', 'Số đạt', 'Passing')],
  },
  {
    code: '8',
    title: 'Nội dung đã ban hành',
    declaredMax: '2',
    rule: { kind: 'share-of-set', contents: [{ label: 'Chiến lược' }, { label: 'Quy chế' }] },
    inputs: [count('n', 'Số nội dung', 'Contents issued')],
  },
  {
    code: '9',
    title: 'Mức',
    declaredMax: '3',
    rule: {
      kind: 'tiered',
      options: [
        { label: 'Thủ trưởng', fraction: '1' },
        { label: 'Khác', fraction: '0' },
      ],
    },
    inputs: [{ name: 'option', type: 'option', label: 'Người chủ trì', labelEn: 'Who chaired' }],
  },
];

const catalogue: Catalogue = {
  id: 'rules-edges',
  title: 'Bộ tiêu chí thử các biên',
  source: 'Specs',
  effectiveFrom: '2020-01-01',
  root: { code: 'I', title: 'Gốc', children: criteria },
  errata: [],
};

function errorOf(run: () => unknown): ScoringError {
  try {
    run();
  } catch (error) {
    if (error instanceof ScoringError) return error;
    throw error;
  }
  throw new Error('no error');
}

const explain = (code: string, inputs: Record<string, unknown>) => scoreCriterion(catalogue, code, inputs).explanation;

describe('per-item with one item', () => {
  it('sums without repeating the single figure', () => {
    expect(explain('1', { n: 2 })).toEqual({
      vi: 'Văn bản: 2 × 1 = 2; Tổng = 2 → 2,00 điểm',
      en: 'Documents: 2 × 1 = 2; Total = 2 → 2.00 points',
    });
  });

  it('caps the total at the maximum, in both languages', () => {
    expect(explain('1', { n: 5 })).toEqual({
      vi: 'Văn bản: 5 × 1 = 5; Tổng = 5 > 3 → tối đa → 3,00 điểm',
      en: 'Documents: 5 × 1 = 5; Total = 5 > 3 → the maximum → 3.00 points',
    });
  });

  it('refuses a count above maxCount, naming the input and the figure', () => {
    const error = errorOf(() => scoreCriterion(catalogue, '1', { n: 2500 }));
    expect(error).toMatchObject({ code: 'COUNT_EXCEEDS_SET', criterion: '1', input: 'n' });
    expect(error.messageVi).toContain('"n" (Số văn bản) = 2.500');
    expect(error.messageVi).toContain('2000');
    expect(error.messageEn).toContain('"n" (Documents issued) = 2,500');
    expect(error.messageEn).toContain('2000');
  });

  it('takes exactly maxCount', () => {
    expect(scoreCriterion(catalogue, '1', { n: 2000 }).points.toString()).toBe('3');
  });
});

describe('threshold-proportional on pooled counts without a denominator', () => {
  it('shows each figure of the pool and their sum', () => {
    expect(explain('2', { b: 2, d: 1 })).toEqual({
      vi: 'Giá trị = (b+d) = (2+1) = 3 < 5 → 3/5 × 2 = 1,20 điểm',
      en: 'Value = (b+d) = (2+1) = 3 < 5 → 3/5 × 2 = 1.20 points',
    });
  });
});

describe('weighted-ratios', () => {
  it('with one term, shows no sum of terms', () => {
    expect(explain('3', { a: 4, b: 1 })).toEqual({
      vi: 'b/a = 1/4 = 25,00% → 25,00% × 1 × 2 = 0,50 điểm',
      en: 'b/a = 1/4 = 25.00% → 25.00% × 1 × 2 = 0.50 points',
    });
  });

  it('caps a weighted sum above the maximum', () => {
    const score = scoreCriterion(catalogue, '4', { a: 4, b: 4 });
    expect(score.points.toString()).toBe('2');
    expect(score.explanation.vi).toBe(
      'b/a = 4/4 = 100,00%; b/a = 4/4 = 100,00% → 100,00% × 1 × 2 + 100,00% × 1/2 × 2 = 2,00 + 1,00 = 3,00 > 2 → tối đa = 2,00 điểm',
    );
    expect(score.explanation.en).toBe(
      'b/a = 4/4 = 100.00%; b/a = 4/4 = 100.00% → 100.00% × 1 × 2 + 100.00% × 1/2 × 2 = 2.00 + 1.00 = 3.00 > 2 → the maximum = 2.00 points',
    );
  });

  it('gives full points once the fullWhen share reaches a threshold written as a fraction', () => {
    const score = scoreCriterion(catalogue, '5', { a: 10, b: 1, c: 9 });
    expect(score.points.toString()).toBe('10');
    expect(score.explanation.en).toBe('c/a = 9/10 = 90.00% ≥ 0.8 → full points = 10.00 points');
  });

  it('refuses a fullWhen share larger than its whole, even when it is no term', () => {
    const error = errorOf(() => scoreCriterion(catalogue, '5', { a: 10, b: 1, c: 11 }));
    expect(error).toMatchObject({ code: 'NUMERATOR_EXCEEDS_DENOMINATOR', criterion: '5', input: 'c' });
  });

  it('refuses one part larger than the whole by that part alone', () => {
    const error = errorOf(() => scoreCriterion(catalogue, '6', { a: 4, b: 5, c: 0 }));
    expect(error).toMatchObject({ code: 'NUMERATOR_EXCEEDS_DENOMINATOR', criterion: '6', input: 'b' });
    expect(error.messageEn).toContain('"b" (Partly on paper) = 5 exceeds "a" (All documents) = 4');
  });

  it('refuses parts that together exceed the whole, naming every part', () => {
    const error = errorOf(() => scoreCriterion(catalogue, '6', { a: 4, b: 3, c: 2 }));
    expect(error).toMatchObject({ code: 'NUMERATOR_EXCEEDS_DENOMINATOR', criterion: '6', input: 'b' });
    expect(error.messageVi).toContain('"b" (Song song) + "c" (Điện tử) = 5');
    expect(error.messageEn).toContain(
      '"b" (Partly on paper) + "c" (Fully electronic) = 5 exceeds "a" (All documents) = 4',
    );
  });

  it('takes parts that exactly make up the whole', () => {
    expect(scoreCriterion(catalogue, '6', { a: 4, b: 2, c: 2 }).points.toString()).toBe('3/2');
  });
});

describe('ratio with "none: 0 points"', () => {
  it('says so in both languages, whatever the denominator', () => {
    const score = scoreCriterion(catalogue, '7', { a: 0, b: 0 });
    expect(score.points.toString()).toBe('0');
    expect(score.explanation).toEqual({ vi: 'b = 0 → không có → 0,00 điểm', en: 'b = 0 → none → 0.00 points' });
  });
});

describe('share-of-set', () => {
  it('refuses more contents than the set lists, naming the input and the figure', () => {
    const error = errorOf(() => scoreCriterion(catalogue, '8', { n: 1000 }));
    expect(error).toMatchObject({ code: 'COUNT_EXCEEDS_SET', criterion: '8', input: 'n' });
    expect(error.messageVi).toContain('"n" (Số nội dung) = 1.000');
    expect(error.messageVi).toContain(' 2 ');
    expect(error.messageEn).toContain('"n" (Contents issued) = 1,000');
    expect(error.messageEn).toContain(' 2 ');
  });
});

describe('tiered', () => {
  it.each([0, 3, 1000])('refuses option %d, naming the input, the figure and the range', (option) => {
    const error = errorOf(() => scoreCriterion(catalogue, '9', { option }));
    expect(error).toMatchObject({ code: 'OPTION_OUT_OF_RANGE', criterion: '9', input: 'option' });
    expect(error.messageVi).toContain(`"option" (Người chủ trì) = ${option === 1000 ? '1.000' : option}`);
    expect(error.messageEn).toContain(`"option" (Who chaired) = ${option === 1000 ? '1,000' : option}`);
    expect(error.messageVi).toContain('1 đến 2');
    expect(error.messageEn).toContain('1 to 2');
  });
});
