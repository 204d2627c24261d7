/**
 * The checks of reported figures before any rule reads them: each refusal's code and the input it names,
 * every type's edges, and the figure as the message's language writes it (messages are not pinned whole).
 */
import type { CatalogueNode } from '@dti/catalogue';
import { Rational } from '@dti/catalogue';
import { CriterionInputs } from './criterion-inputs';
import { ScoringError } from './scoring-error';

const node: CatalogueNode = {
  code: '9.9',
  title: 'Thử số liệu',
  declaredMax: '1',
  rule: { kind: 'yes-no' },
  inputs: [
    { name: 'c', type: 'count', label: 'Số lượng', labelEn: 'How many' },
    { name: 'q', type: 'quantity', label: 'Dung lượng' },
    { name: 'y', type: 'boolean', label: 'Có', labelEn: 'Has one' },
    { name: 'o', type: 'option', label: 'Lựa chọn', labelEn: 'Choice' },
  ],
};

const valid = { c: 3, q: 1.5, y: true, o: 2 };

function refusal(raw: unknown): ScoringError {
  try {
    CriterionInputs.read(node, raw);
  } catch (error) {
    if (error instanceof ScoringError) return error;
    throw error;
  }
  throw new Error('accepted');
}

const withInput = (name: string, value: unknown) => ({ ...valid, [name]: value });

describe('CriterionInputs.read', () => {
  it('reads every declared input by its type', () => {
    const inputs = CriterionInputs.read(node, valid);
    expect(inputs.criterion).toBe('9.9');
    expect(inputs.number('c').toString()).toBe('3');
    expect(inputs.number('q').toString()).toBe('3/2');
    expect(inputs.boolean('y')).toBe(true);
    expect(inputs.number('o').toString()).toBe('2');
    expect(inputs.spec('q')).toMatchObject({ name: 'q', type: 'quantity' });
    expect(inputs.soleInputOfType('option')).toBe('o');
  });

  it('counts a boolean as 1 or 0', () => {
    expect(CriterionInputs.read(node, valid).number('y').toString()).toBe('1');
    expect(CriterionInputs.read(node, withInput('y', false)).number('y').toString()).toBe('0');
  });

  it('takes exact values as given: bigints, Rationals and decimal strings for quantities', () => {
    const inputs = CriterionInputs.read(node, {
      ...valid,
      c: 12n,
      o: Rational.of(1),
      q: '12345678901234567890.25',
    });
    expect(inputs.number('c').toString()).toBe('12');
    expect(inputs.number('o').toString()).toBe('1');
    expect(inputs.number('q').toExactDecimal()).toBe('12345678901234567890.25');
  });

  it('takes zero', () => {
    expect(
      CriterionInputs.read(node, { ...valid, c: 0, q: 0 })
        .number('c')
        .isZero(),
    ).toBe(true);
  });

  it.each([null, undefined, 5, 'c=3', [3], Rational.ONE])(
    'refuses %p as the inputs, listing the expected names',
    (raw) => {
      const error = refusal(raw);
      expect(error).toMatchObject({ code: 'INVALID_INPUTS', criterion: '9.9' });
      expect(error.messageEn).toContain('{c, q, y, o}');
      expect(error.messageVi).toContain('{c, q, y, o}');
    },
  );

  it('refuses an undeclared input, naming it', () => {
    expect(refusal({ ...valid, extra: 1 })).toMatchObject({ code: 'UNKNOWN_INPUT', criterion: '9.9', input: 'extra' });
  });

  it.each([undefined, null])('refuses a missing input (%p), naming it by name and label', (value) => {
    const error = refusal(withInput('c', value));
    expect(error).toMatchObject({ code: 'MISSING_INPUT', criterion: '9.9', input: 'c' });
    expect(error.messageVi).toContain('"c" (Số lượng)');
    expect(error.messageEn).toContain('"c" (How many)');
  });

  it.each([
    ['y', 1, '1'],
    ['y', 'true', '"true"'],
    ['c', '3', '"3"'],
    ['c', Number.NaN, 'NaN'],
    ['c', Number.POSITIVE_INFINITY, 'Infinity'],
    ['c', {}, 'object'],
    ['c', [1], 'array'],
    ['o', true, 'true'],
    ['q', '1e3', '"1e3"'],
    ['q', '12.', '"12."'],
    ['q', '.5', '".5"'],
    ['q', '1,5', '"1,5"'],
  ])('refuses input %s = %p as the wrong type, showing what came', (name, value, shown) => {
    const error = refusal(withInput(name, value));
    expect(error).toMatchObject({ code: 'INVALID_TYPE', criterion: '9.9', input: name });
    expect(error.messageEn).toContain(`got ${shown}`);
    expect(error.messageVi).toContain(`nhận được ${shown}`);
  });

  it.each([
    ['c', -1, '-1', '-1'],
    ['c', -2n, '-2', '-2'],
    ['q', '-0.5', '"-0.5"', '"-0.5"'],
    ['q', -1234.5, '-1.234,5', '-1,234.5'],
    ['q', Rational.parse('-1/2'), '-0,5', '-0.5'],
  ])('refuses a negative %s = %p, showing it in each language', (name, value, vi, en) => {
    const error = refusal(withInput(name, value));
    expect(error).toMatchObject({ code: 'NEGATIVE_VALUE', criterion: '9.9', input: name });
    expect(error.messageVi).toContain(`(${vi})`);
    expect(error.messageEn).toContain(`(${en})`);
  });

  it.each([
    ['c', 1.5, '1,5', '1.5'],
    ['o', 2.5, '2,5', '2.5'],
    ['c', Rational.parse('4/3'), '4/3', '4/3'],
  ])('refuses a count or option %s = %p that is no whole number', (name, value, vi, en) => {
    const error = refusal(withInput(name, value));
    expect(error).toMatchObject({ code: 'NOT_AN_INTEGER', criterion: '9.9', input: name });
    expect(error.messageVi).toContain(`(${vi})`);
    expect(error.messageEn).toContain(`(${en})`);
  });

  it('leaves a negative option to the rule, which says the range', () => {
    expect(CriterionInputs.read(node, withInput('o', -1)).number('o').toString()).toBe('-1');
  });

  it('takes a fractional quantity', () => {
    expect(CriterionInputs.read(node, withInput('q', '0.25')).number('q').toString()).toBe('1/4');
  });

  it('says which input a rule asked for wrongly (a bug in a rule, not a reporting error)', () => {
    const inputs = CriterionInputs.read(node, valid);
    expect(() => inputs.spec('zz')).toThrow('"zz"');
    expect(() => inputs.number('zz')).toThrow('"zz"');
    expect(() => inputs.boolean('c')).toThrow('"c"');
    const noOption = CriterionInputs.read({ ...node, inputs: node.inputs!.slice(0, 1) }, { c: 1 });
    expect(() => noOption.soleInputOfType('option')).toThrow('option');
  });
});
