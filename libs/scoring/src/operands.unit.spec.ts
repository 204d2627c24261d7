/**
 * Operands and ratios: pooled sums, the refusals of a zero denominator and of a part larger than its whole
 * (pooled and pair by pair), with the code, the input they name and the figures as each language writes them.
 */
import type { CatalogueNode } from '@dti/catalogue';
import { Rational } from '@dti/catalogue';
import { CriterionInputs } from './criterion-inputs';
import { operandFigures, operandSymbol, ratioFormula, readOperand, readRatio } from './operands';
import { ScoringError } from './scoring-error';
import { Wording } from './wording';

const node: CatalogueNode = {
  code: '5.9',
  title: 'Tỷ lệ gộp',
  declaredMax: '1',
  rule: { kind: 'ratio', numerator: ['b', 'd'], denominator: ['a', 'c'] },
  inputs: ['a', 'b', 'c', 'd'].map((name) => ({
    name,
    type: 'quantity' as const,
    label: `Nhãn ${name}`,
    labelEn: `Label ${name}`,
  })),
};

const inputsOf = (values: Record<string, unknown>) => CriterionInputs.read(node, values);
const vi = new Wording('vi');
const en = new Wording('en');

function refusal(run: () => unknown): ScoringError {
  try {
    run();
  } catch (error) {
    if (error instanceof ScoringError) return error;
    throw error;
  }
  throw new Error('accepted');
}

describe('operands', () => {
  it('read one input or a pool, with its symbol and figures', () => {
    const inputs = inputsOf({ a: 1000, b: 30, c: 10, d: 20 });
    const single = readOperand(inputs, 'a');
    expect(single.names).toEqual(['a']);
    expect(single.total.toString()).toBe('1000');
    expect(operandSymbol(single)).toBe('a');
    expect(operandFigures(single, vi)).toBe('1.000');
    const pool = readOperand(inputs, ['b', 'd']);
    expect(pool.total.toString()).toBe('50');
    expect(operandSymbol(pool)).toBe('(b+d)');
    expect(operandFigures(pool, en)).toBe('(30+20)');
  });
});

describe('readRatio', () => {
  it('divides the pools and writes the formula with the pooled totals', () => {
    const ratio = readRatio(inputsOf({ a: 40, b: 30, c: 10, d: 5 }), ['b', 'd'], ['a', 'c'], false);
    expect(ratio.value.toString()).toBe('7/10');
    expect(ratioFormula(ratio, vi)).toBe('(b+d)/(a+c) = (30+5)/(40+10) = 35/50');
  });

  it('writes a plain formula when neither side is pooled', () => {
    const ratio = readRatio(inputsOf({ a: 1000, b: 50, c: 0, d: 0 }), 'b', 'a', false);
    expect(ratioFormula(ratio, en)).toBe('b/a = 50/1,000');
  });

  it('writes the totals when only one side is pooled', () => {
    const ratio = readRatio(inputsOf({ a: 50, b: 30, c: 0, d: 20 }), ['b', 'd'], 'a', false);
    expect(ratioFormula(ratio, en)).toBe('(b+d)/a = (30+20)/50 = 50/50');
    const other = readRatio(inputsOf({ a: 40, b: 30, c: 10, d: 0 }), 'b', ['a', 'c'], false);
    expect(ratioFormula(other, en)).toBe('b/(a+c) = 30/(40+10) = 30/50');
  });

  it('refuses a zero denominator, naming its first input', () => {
    const error = refusal(() => readRatio(inputsOf({ a: 0, b: 0, c: 0, d: 0 }), ['b', 'd'], ['a', 'c'], true));
    expect(error).toMatchObject({ code: 'ZERO_DENOMINATOR', criterion: '5.9', input: 'a' });
    expect(error.messageVi).toContain('"a" (Nhãn a) + "c" (Nhãn c)');
    expect(error.messageEn).toContain('"a" (Label a) + "c" (Label c)');
  });

  it('takes a numerator equal to its denominator', () => {
    expect(readRatio(inputsOf({ a: 5, b: 5, c: 0, d: 0 }), 'b', 'a', false).value.toString()).toBe('1');
  });

  it('refuses a part larger than its whole, with the figures in each language', () => {
    const error = refusal(() => readRatio(inputsOf({ a: 1000, b: 1000.5, c: 0, d: 0 }), 'b', 'a', false));
    expect(error).toMatchObject({ code: 'NUMERATOR_EXCEEDS_DENOMINATOR', criterion: '5.9', input: 'b' });
    expect(error.messageVi).toContain('"b" (Nhãn b) = 1.000,5 lớn hơn "a" (Nhãn a) = 1.000');
    expect(error.messageEn).toContain('"b" (Label b) = 1,000.5 exceeds "a" (Label a) = 1,000');
  });

  it('writes a figure with no exact decimal as a fraction', () => {
    const error = refusal(() => readRatio(inputsOf({ a: 1, b: Rational.parse('4/3'), c: 0, d: 0 }), 'b', 'a', false));
    expect(error.messageEn).toContain('"b" (Label b) = 4/3 exceeds "a" (Label a) = 1;');
    const whole = refusal(() => readRatio(inputsOf({ a: Rational.parse('1/3'), b: 1, c: 0, d: 0 }), 'b', 'a', false));
    expect(whole.messageVi).toContain('"a" (Nhãn a) = 1/3;');
  });

  it('lets an outside comparison figure exceed the numerator when the rule says so', () => {
    expect(readRatio(inputsOf({ a: 2, b: 3, c: 0, d: 0 }), 'b', 'a', true).value.toString()).toBe('3/2');
  });

  it('checks each part against its own whole when the pools pair up', () => {
    // a=10, b=12, c=10, d=2: the pools hold (14 ≤ 20) but b exceeds a.
    const error = refusal(() => readRatio(inputsOf({ a: 10, b: 12, c: 10, d: 2 }), ['b', 'd'], ['a', 'c'], false));
    expect(error).toMatchObject({ code: 'NUMERATOR_EXCEEDS_DENOMINATOR', input: 'b' });
    expect(error.messageEn).toContain('"b" (Label b) = 12 exceeds "a" (Label a) = 10');
    const second = refusal(() => readRatio(inputsOf({ a: 10, b: 2, c: 10, d: 12 }), ['b', 'd'], ['a', 'c'], false));
    expect(second).toMatchObject({ code: 'NUMERATOR_EXCEEDS_DENOMINATOR', input: 'd' });
    expect(second.messageEn).toContain('"d" (Label d) = 12 exceeds "c" (Label c) = 10');
  });

  it('takes parts equal to their wholes, and pairs nothing when the pools differ in size', () => {
    expect(readRatio(inputsOf({ a: 10, b: 10, c: 10, d: 10 }), ['b', 'd'], ['a', 'c'], false).value.toString()).toBe(
      '1',
    );
    // Three parts of a two-input whole: only the pooled sums compare.
    expect(readRatio(inputsOf({ a: 10, b: 12, c: 10, d: 2 }), ['b', 'd', 'c'], ['a', 'c'], true).value.toString()).toBe(
      '6/5',
    );
    expect(
      readRatio(inputsOf({ a: 10, b: 12, c: 10, d: 2 }), ['b', 'd'], ['a', 'c', 'c'], false).value.toString(),
    ).toBe('7/15');
  });

  it('lets pooled parts exceed their wholes pair by pair when the rule compares with an outside figure', () => {
    expect(readRatio(inputsOf({ a: 10, b: 12, c: 10, d: 2 }), ['b', 'd'], ['a', 'c'], true).value.toString()).toBe(
      '7/10',
    );
  });
});
