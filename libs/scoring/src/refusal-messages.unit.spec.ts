/**
 * What a refusal tells the person who reported: the error's code and fields, and that each language's message
 * names the criterion, the input (by its label in that language), what was expected and what was received.
 * Fragments, never whole messages: the wording may improve, what it names may not go missing.
 */
import type { Catalogue, CatalogueNode } from '@dti/catalogue';
import { fixtureCatalogue } from '../testing/fixture.catalogue';
import { scoreCriterion } from './score-criterion';
import { ScoringError } from './scoring-error';

function refusal(code: string, inputs: unknown, catalogue: Catalogue = fixtureCatalogue()): ScoringError {
  try {
    scoreCriterion(catalogue, code, inputs);
  } catch (error) {
    if (error instanceof ScoringError) return error;
    throw error;
  }
  throw new Error(`criterion ${code} scored ${JSON.stringify(inputs)} without an error`);
}

function leaf(catalogue: Catalogue, code: string): CatalogueNode {
  const search = (node: CatalogueNode): CatalogueNode | undefined =>
    node.code === code ? node : (node.children ?? []).map(search).find(Boolean);
  const found = search(catalogue.root);
  if (!found) throw new Error(`no node ${code}`);
  return found;
}

describe('refusals name what was wrong, in Vietnamese and in English', () => {
  it('an input the criterion does not have, with the inputs it does have', () => {
    const error = refusal('1.1', { a: 1, b: 1, z: 2 });
    expect(error).toMatchObject({ code: 'UNKNOWN_INPUT', criterion: '1.1', input: 'z' });
    expect(error.messageVi).toContain('"z"');
    expect(error.messageVi).toContain('a, b');
    expect(error.messageEn).toContain('"z"');
    expect(error.messageEn).toContain('a, b');
  });

  it.each([
    ['boolean', '2.1', { value: 1 }, 'value', ['true/false', 'Đã ban hành'], ['true or false', 'Issued']],
    ['count', '1.1', { a: 'mười', b: 1 }, 'a', ['số nguyên không âm', 'Tổng số', '"mười"'], ['whole number', '"mười"']],
    [
      'quantity',
      '1.2',
      { a: 'nhiều', b: 1 },
      'a',
      ['số không âm', '"12.5"', '"nhiều"'],
      ['non-negative number', '"nhiều"'],
    ],
    ['option', '2.2', { option: 'Thủ trưởng' }, 'option', ['số thứ tự của lựa chọn', 'Trưởng ban'], ['chosen option']],
  ])('a %s of the wrong type: what was expected and what came', (_type, criterion, inputs, input, vi, en) => {
    const error = refusal(criterion, inputs);
    expect(error).toMatchObject({ code: 'INVALID_TYPE', criterion, input });
    for (const fragment of vi) expect(error.messageVi).toContain(fragment);
    for (const fragment of en) expect(error.messageEn).toContain(fragment);
    expect(error.messageVi).toContain(criterion);
    expect(error.messageEn).toContain(criterion);
  });

  it('names the English label in English', () => {
    const error = refusal('1.1', { a: 10, b: 'x' });
    expect(error.messageEn).toContain('"b" (Số đạt (en))');
    expect(error.messageVi).toContain('"b" (Số đạt)');
  });

  it('says what was received: an array, an object, NaN, a figure too fine for 12 decimals', () => {
    expect(refusal('1.1', { a: [1], b: 1 }).messageEn).toContain('got array');
    expect(refusal('1.1', { a: { n: 1 }, b: 1 }).messageEn).toContain('got object');
    expect(refusal('1.1', { a: NaN, b: 1 }).messageEn).toContain('got NaN');
    const fraction = refusal('2.1', { value: 2.5 });
    expect(fraction.messageVi).toContain('nhận được 2,5');
    expect(fraction.messageEn).toContain('got 2.5');
    const fine = refusal('1.1', { a: 10, b: 1e-13 });
    expect(fine).toMatchObject({ code: 'NOT_AN_INTEGER', input: 'b' });
    expect(fine.messageEn).toContain('1e-13');
  });

  it('writes an exact figure from a program (a bigint) as the language writes figures', () => {
    const error = refusal('1.1', { a: 10n, b: -12345n });
    expect(error).toMatchObject({ code: 'NEGATIVE_VALUE', input: 'b' });
    expect(error.messageVi).toContain('(-12.345)');
    expect(error.messageEn).toContain('(-12,345)');
  });

  it('a negative figure and a fraction where a whole number belongs, with the figure', () => {
    const negative = refusal('1.1', { a: 10, b: -2 });
    expect(negative.messageEn).toContain('may not be negative (-2)');
    const fraction = refusal('1.1', { a: 10, b: 2.5 });
    expect(fraction.messageVi).toContain('(2,5)');
    expect(fraction.messageEn).toContain('must be a whole number (2.5)');
  });

  it('a quantity must be a number or a decimal string, never another shape that reads like one', () => {
    expect(refusal('1.2', { a: ['5'], b: 1 })).toMatchObject({ code: 'INVALID_TYPE', input: 'a' });
    expect(refusal('1.2', { a: true, b: 1 })).toMatchObject({ code: 'INVALID_TYPE', input: 'a' });
    // A whole decimal string is a decimal string too.
    expect(scoreCriterion(fixtureCatalogue(), '1.2', { a: '12', b: 4 }).points.toString()).toBe('1');
  });

  it('a zero denominator: which input, and that "not applicable" is the way out', () => {
    const error = refusal('1.1', { a: 0, b: 0 });
    expect(error).toMatchObject({ code: 'ZERO_DENOMINATOR', criterion: '1.1', input: 'a' });
    expect(error.messageVi).toContain('"a" (Tổng số)');
    expect(error.messageVi).toContain('bằng 0');
    expect(error.messageEn).toContain('"a" (Tổng số (en))');
    expect(error.messageEn).toContain('declare it not applicable with a reason');
  });

  it('a part larger than its whole: both inputs and both figures', () => {
    const error = refusal('1.1', { a: 1000, b: 1500 });
    expect(error).toMatchObject({ code: 'NUMERATOR_EXCEEDS_DENOMINATOR', input: 'b' });
    expect(error.messageVi).toContain('"b" (Số đạt) = 1.500');
    expect(error.messageVi).toContain('"a" (Tổng số) = 1.000');
    expect(error.messageVi).toContain('phần không thể lớn hơn tổng');
    expect(error.messageEn).toContain('"b" (Số đạt (en)) = 1,500 exceeds');
    expect(error.messageEn).toContain('"a" (Tổng số (en)) = 1,000');
    expect(error.messageEn).toContain('a part cannot exceed its whole');
  });

  it('an unknown criterion: the catalogue and the code asked for', () => {
    const error = refusal('9.9', { a: 1 });
    expect(error).toMatchObject({ code: 'UNKNOWN_CRITERION', criterion: '9.9' });
    expect(error.messageVi).toContain('fixture-2020');
    expect(error.messageVi).toContain('"9.9"');
    expect(error.messageEn).toContain('fixture-2020');
    expect(error.messageEn).toContain('"9.9"');
    expect(refusal(7 as never, {})).toMatchObject({ code: 'UNKNOWN_CRITERION', criterion: '7' });
  });

  it("a group's code: the group's title in each language, and that its points are its criteria's sum", () => {
    const catalogue = fixtureCatalogue();
    leaf(catalogue, '1').titleEn = 'Ratios';
    const error = refusal('1', { a: 1 }, catalogue);
    expect(error).toMatchObject({ code: 'NOT_A_CRITERION', criterion: '1' });
    expect(error.messageVi).toContain('(Tỷ lệ)');
    expect(error.messageVi).toContain('tổng điểm các tiêu chí con');
    expect(error.messageEn).toContain('(Ratios)');
    expect(error.messageEn).toContain('sum of its criteria');
    expect(refusal('2', { a: 1 }).messageEn).toContain('(Khác)');
  });

  it('no catalogue at all', () => {
    for (const catalogue of [null, 'tth-2020', { id: 'x' }, { id: 'x', root: 'I' }]) {
      const error = refusal('1.1', { a: 1, b: 1 }, catalogue as never);
      expect(error.code).toBe('UNKNOWN_CATALOGUE');
      expect(error.messageVi).toContain('Không có bộ tiêu chí');
      expect(error.messageEn).toContain('No catalogue');
    }
  });

  it('an invalid catalogue: how many problems and the first, validated once', () => {
    const broken = fixtureCatalogue();
    leaf(broken, '1.1').rule = { kind: 'ratio', numerator: 'x', denominator: 'a' };
    const error = refusal('1.1', { a: 1, b: 1 }, broken);
    expect(error.code).toBe('INVALID_CATALOGUE');
    expect(error.messageVi).toMatch(/không hợp lệ \(\d+ lỗi\), ví dụ 1\.1: /);
    expect(error.messageEn).toMatch(/is invalid \(\d+ problems\)/);
    // The verdict is kept per catalogue object: the same refusal, not a second validation.
    expect(refusal('1.2', { a: 1, b: 1 }, broken)).toBe(error);
  });
});

describe('rule options the fixture does not cover', () => {
  it('a ratio that scores 0 for a zero numerator still scores a non-zero one as a ratio', () => {
    const catalogue = fixtureCatalogue();
    leaf(catalogue, '1.1').rule = { kind: 'ratio', numerator: 'b', denominator: 'a', zeroWhenNumeratorZero: true };
    expect(scoreCriterion(catalogue, '1.1', { a: 0, b: 0 }).points.toString()).toBe('0');
    expect(scoreCriterion(catalogue, '1.1', { a: 4, b: 1 }).points.toString()).toBe('1/2');
  });

  it('a threshold ratio may compare with an outside figure when the rule allows it', () => {
    const catalogue = fixtureCatalogue();
    leaf(catalogue, '1.3').rule = {
      kind: 'threshold-proportional',
      numerator: 'b',
      denominator: 'a',
      threshold: '10%',
      allowNumeratorAboveDenominator: true,
    };
    expect(scoreCriterion(catalogue, '1.3', { a: 10, b: 20 }).points.toString()).toBe('4');
  });
});
