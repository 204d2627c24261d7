import { compareCriterionCodes, requireCriterionCode, requireInputs } from './criterion-inputs';

function invalid(run: () => unknown): { field: unknown; problem: string } {
  try {
    run();
  } catch (error) {
    const { code, details } = error as { code: string; details: Record<string, unknown> };
    expect(code).toBe('INVALID_COMMAND');
    return { field: details.field, problem: String(details.problem) };
  }
  throw new Error('expected a refusal');
}

const many = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`a${i}`, i]));

describe('criterion codes and inputs', () => {
  it('codes: up to 8 parts of 1 to 8 letters or digits', () => {
    for (const code of ['1', '3.2.1', 'A.b.9', '12345678.1', '1.2.3.4.5.6.7.8']) {
      expect(requireCriterionCode('criterion', code)).toBe(code);
    }
    for (const code of ['', '1..2', '.1', '1.', '123456789', '1.2.3.4.5.6.7.8.9', '1-2', 3]) {
      expect(invalid(() => requireCriterionCode('criterion', code))).toEqual({
        field: 'criterion',
        problem: expect.stringContaining('a criterion code like 1.2.3'),
      });
    }
  });

  it('inputs: 1 to 50 named numbers, texts or booleans, frozen', () => {
    const inputs = requireInputs('inputs', { a: 1, b: 'x', c: true, d: false, e: 0 });
    expect(inputs).toEqual({ a: 1, b: 'x', c: true, d: false, e: 0 });
    expect(Object.isFrozen(inputs)).toBe(true);
    expect(Object.keys(requireInputs('inputs', many(50)))).toHaveLength(50);
    expect(invalid(() => requireInputs('inputs', many(51)))).toEqual({ field: 'inputs', problem: 'at most 50 inputs' });
    expect(invalid(() => requireInputs('inputs', {}))).toEqual({
      field: 'inputs',
      problem: 'at least one input is required',
    });
    expect(invalid(() => requireInputs('inputs', [1])).problem).toBe('expected an object of inputs, got a list');
  });

  it('names the input at fault', () => {
    expect(requireInputs('inputs', { [`a${'b'.repeat(31)}`]: 1 })).toBeDefined();
    expect(invalid(() => requireInputs('inputs', { [`a${'b'.repeat(32)}`]: 1 })).problem).toBe('not an input name');
    expect(invalid(() => requireInputs('inputs', { _a: 1 })).field).toBe('inputs._a');
    expect(invalid(() => requireInputs('inputs', { a: Infinity }))).toEqual({
      field: 'inputs.a',
      problem: 'must be a finite number',
    });
    expect(requireInputs('inputs', { a: 'x'.repeat(100) }).a).toHaveLength(100);
    expect(invalid(() => requireInputs('inputs', { a: 'x'.repeat(101) }))).toEqual({
      field: 'inputs.a',
      problem: 'at most 100 characters',
    });
    expect(invalid(() => requireInputs('f', { a: null }))).toEqual({
      field: 'f.a',
      problem: 'expected a number, text or true/false, got null',
    });
  });

  it('orders codes part by part, numbers as numbers, shorter first', () => {
    expect(['3.10', '3.2.1', '3.2', '10', '2', 'B.1', 'A.1', '3.a', '3.b'].sort(compareCriterionCodes)).toEqual([
      '2',
      '3.2',
      '3.2.1',
      '3.10',
      '3.a',
      '3.b',
      '10',
      'A.1',
      'B.1',
    ]);
    expect(compareCriterionCodes('3.2', '3.2')).toBe(0);
    expect(compareCriterionCodes('3.10', '3.2')).toBe(8);
    expect(compareCriterionCodes('3.2.1', '3.2')).toBe(1);
    expect(compareCriterionCodes('b', 'a')).toBe(1);
    expect(compareCriterionCodes('a', 'b')).toBe(-1);
  });

  it('orders equal letter parts by what follows them, and accepts input names with digits and underscores', () => {
    expect(compareCriterionCodes('A.10', 'A.2')).toBe(8);
    expect(compareCriterionCodes('A.2', 'A.10')).toBe(-8);
    expect(compareCriterionCodes('3.a.2', '3.a.1')).toBe(1);
    expect(requireInputs('inputs', { a_1: 1, B9: 'x', c__: true })).toEqual({ a_1: 1, B9: 'x', c__: true });
  });
});
