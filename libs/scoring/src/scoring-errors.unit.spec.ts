import type { Catalogue } from '@dti/catalogue';
import { Rational } from '@dti/catalogue';
import { fixtureCatalogue } from '../testing/fixture.catalogue';
import { scoreCriterion } from './score-criterion';
import { ScoringError } from './scoring-error';

const catalogue = fixtureCatalogue();

function errorOf(code: string, inputs: unknown, target: Catalogue = catalogue): ScoringError {
  try {
    scoreCriterion(target, code, inputs);
  } catch (error) {
    if (error instanceof ScoringError) return error;
    throw error;
  }
  throw new Error(`criterion ${code} scored ${JSON.stringify(inputs)} without an error`);
}

describe('scoreCriterion errors', () => {
  it.each([
    ['UNKNOWN_CRITERION', '9.9', { a: 1 }, undefined],
    ['NOT_A_CRITERION', '1', { a: 1 }, undefined],
    ['INVALID_INPUTS', '1.1', null, undefined],
    ['INVALID_INPUTS', '1.1', [1, 2], undefined],
    ['INVALID_INPUTS', '1.1', 'a=1', undefined],
    ['MISSING_INPUT', '1.1', { a: 10 }, 'b'],
    ['MISSING_INPUT', '1.1', { a: 10, b: null }, 'b'],
    ['UNKNOWN_INPUT', '1.1', { a: 10, b: 1, c: 2 }, 'c'],
    ['INVALID_TYPE', '1.1', { a: '10', b: 1 }, 'a'],
    ['INVALID_TYPE', '1.1', { a: 10, b: true }, 'b'],
    ['INVALID_TYPE', '1.1', { a: NaN, b: 1 }, 'a'],
    ['INVALID_TYPE', '1.1', { a: Infinity, b: 1 }, 'a'],
    ['INVALID_TYPE', '2.1', { value: 1 }, 'value'],
    ['INVALID_TYPE', '2.1', { value: 'yes' }, 'value'],
    ['INVALID_TYPE', '2.2', { option: '2' }, 'option'],
    ['NEGATIVE_VALUE', '1.1', { a: 10, b: -1 }, 'b'],
    ['NEGATIVE_VALUE', '1.2', { a: -0.5, b: 1 }, 'a'],
    ['NOT_AN_INTEGER', '1.1', { a: 10, b: 1.5 }, 'b'],
    ['NOT_AN_INTEGER', '2.2', { option: 1.5 }, 'option'],
    ['ZERO_DENOMINATOR', '1.1', { a: 0, b: 0 }, 'a'],
    ['ZERO_DENOMINATOR', '1.6', { a: 0, b: 0, c: 0, d: 0 }, 'a'],
    ['ZERO_DENOMINATOR', '2.4', { a: 0, b: 0, c: 0 }, 'a'],
    ['NUMERATOR_EXCEEDS_DENOMINATOR', '1.1', { a: 10, b: 11 }, 'b'],
    ['NUMERATOR_EXCEEDS_DENOMINATOR', '1.3', { a: 10, b: 11 }, 'b'],
    ['NUMERATOR_EXCEEDS_DENOMINATOR', '1.6', { a: 10, b: 10, c: 10, d: 11 }, 'b'],
    ['NUMERATOR_EXCEEDS_DENOMINATOR', '2.4', { a: 100, b: 101, c: 0 }, 'b'],
    ['NUMERATOR_EXCEEDS_DENOMINATOR', '2.4', { a: 100, b: 60, c: 50 }, 'b'],
    ['OPTION_OUT_OF_RANGE', '2.2', { option: 0 }, 'option'],
    ['OPTION_OUT_OF_RANGE', '2.2', { option: 4 }, 'option'],
    ['OPTION_OUT_OF_RANGE', '2.2', { option: -1 }, 'option'],
    ['COUNT_EXCEEDS_SET', '2.6', { count: 5 }, 'count'],
  ])('%s for %s %j', (code, criterion, inputs, input) => {
    const error = errorOf(criterion, inputs);
    expect(error.code).toBe(code);
    expect(error.input).toBe(input);
    expect(error.criterion).toBe(criterion);
  });

  it('names the input and its label, in Vietnamese with English alongside', () => {
    const error = errorOf('1.1', { a: 10, b: -1 });
    expect(error.messageVi).toBe('Số liệu "b" (Số đạt) của tiêu chí 1.1 không được âm (-1)');
    expect(error.messageEn).toBe('Input "b" (Số đạt (en)) of criterion 1.1 may not be negative (-1)');
    expect(error.message).toBe(`${error.messageVi} / ${error.messageEn}`);
    expect(errorOf('1.1', { a: 10 }).message).toContain('Thiếu số liệu "b" (Số đạt)');
  });

  it('suggests declaring the criterion not applicable on a zero denominator', () => {
    expect(errorOf('1.1', { a: 0, b: 0 }).message).toContain('không áp dụng');
  });

  it('allows a numerator above the denominator where the rule compares with an outside figure', () => {
    expect(scoreCriterion(catalogue, '1.2', { a: 1, b: 5 }).points.toString()).toBe('3');
  });

  it('accepts a quantity as a decimal string, exactly, but never a count as text', () => {
    const big = scoreCriterion(catalogue, '1.2', { a: '12345678901234567890.5', b: 1 });
    expect(big.points.toString()).toBe('6/24691357802469135781');
    expect(errorOf('1.2', { a: '1e5', b: 1 }).code).toBe('INVALID_TYPE');
    expect(errorOf('1.2', { a: '-2.5', b: 1 }).code).toBe('NEGATIVE_VALUE');
    expect(errorOf('1.1', { a: '10', b: 1 }).code).toBe('INVALID_TYPE');
  });

  it('accepts exact values from programmatic callers', () => {
    expect(scoreCriterion(catalogue, '1.2', { a: Rational.of(3), b: 1n }).points.toString()).toBe('1');
  });

  it('refuses a catalogue that breaks the schema', () => {
    const broken = fixtureCatalogue();
    const leaf = broken.root.children?.[0].children?.[0];
    if (leaf) leaf.rule = { kind: 'ratio', numerator: 'x', denominator: 'a' };
    expect(errorOf('1.1', { a: 1, b: 1 }, broken).code).toBe('INVALID_CATALOGUE');
  });
});
