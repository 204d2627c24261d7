import type { CatalogueNode, InputSpec } from '@dti/catalogue';
import { Rational } from '@dti/catalogue';
import { ScoringError } from './scoring-error';
import { formatFigures } from './wording';

type InputValue = Rational | boolean;

/**
 * A criterion's reported figures, checked against its declared inputs: every declared input present,
 * nothing undeclared, each of its type (counts are non-negative integers, quantities non-negative exact
 * decimals, booleans booleans, options positive integers).
 */
export class CriterionInputs {
  private constructor(
    readonly criterion: string,
    private readonly specs: ReadonlyMap<string, InputSpec>,
    private readonly values: ReadonlyMap<string, InputValue>,
  ) {}

  static read(node: CatalogueNode, raw: unknown): CriterionInputs {
    const criterion = node.code;
    // Stryker disable next-line ArrayDeclaration: equivalent, a validated catalogue's criterion declares its inputs
    const specs = new Map((node.inputs ?? []).map((spec) => [spec.name, spec]));
    const expected = [...specs.keys()].join(', ');
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || raw instanceof Rational) {
      throw new ScoringError(
        'INVALID_INPUTS',
        `Số liệu của tiêu chí ${criterion} phải là một đối tượng {${expected}}`,
        `Inputs for criterion ${criterion} must be an object {${expected}}`,
        { criterion },
      );
    }
    const given = raw as Record<string, unknown>;
    for (const name of Object.keys(given)) {
      if (!specs.has(name)) {
        throw new ScoringError(
          'UNKNOWN_INPUT',
          `Tiêu chí ${criterion} không có số liệu "${name}" (các số liệu: ${expected})`,
          `Criterion ${criterion} has no input "${name}" (its inputs: ${expected})`,
          { criterion, input: name },
        );
      }
    }
    const values = new Map<string, InputValue>();
    for (const spec of specs.values()) {
      values.set(spec.name, readValue(criterion, spec, given[spec.name]));
    }
    return new CriterionInputs(criterion, specs, values);
  }

  spec(name: string): InputSpec {
    const spec = this.specs.get(name);
    if (!spec) throw new Error(`Criterion ${this.criterion}: no input "${name}" (the validator should have caught it)`);
    return spec;
  }

  /** A count or quantity; a boolean counts as 1 or 0 (a per-item "has one" box). */
  number(name: string): Rational {
    const value = this.value(name);
    if (typeof value === 'boolean') return value ? Rational.ONE : Rational.ZERO;
    return value;
  }

  boolean(name: string): boolean {
    const value = this.value(name);
    if (typeof value !== 'boolean') throw new Error(`Criterion ${this.criterion}: input "${name}" is not a boolean`);
    return value;
  }

  /** The name of the one input of `type` (yes-no, tiered and share-of-set read that one). */
  soleInputOfType(type: InputSpec['type']): string {
    const spec = [...this.specs.values()].find((candidate) => candidate.type === type);
    if (!spec) throw new Error(`Criterion ${this.criterion}: no ${type} input (the validator should have caught it)`);
    return spec.name;
  }

  private value(name: string): InputValue {
    const value = this.values.get(name);
    if (value === undefined) throw new Error(`Criterion ${this.criterion}: no input "${name}"`);
    return value;
  }
}

/** `"b" (Thống kê số lượng …)`: how messages name an input. */
export function describeInput(spec: InputSpec, language: 'vi' | 'en'): string {
  const label = language === 'en' ? (spec.labelEn ?? spec.label) : spec.label;
  return `"${spec.name}" (${label})`;
}

function readValue(criterion: string, spec: InputSpec, raw: unknown): InputValue {
  const details = { criterion, input: spec.name };
  // Stryker disable next-line StringLiteral: equivalent, describeInput writes every language but 'en' in Vietnamese
  const vi = describeInput(spec, 'vi');
  const en = describeInput(spec, 'en');
  if (raw === undefined || raw === null) {
    throw new ScoringError(
      'MISSING_INPUT',
      `Thiếu số liệu ${vi} của tiêu chí ${criterion}`,
      `Missing input ${en} for criterion ${criterion}`,
      details,
    );
  }
  const wrongType = (expectedVi: string, expectedEn: string) =>
    new ScoringError(
      'INVALID_TYPE',
      `Số liệu ${vi} của tiêu chí ${criterion} phải là ${expectedVi}, nhận được ${shown(raw, 'vi')}`,
      // Stryker disable next-line StringLiteral: equivalent, formatFigures writes every language but 'vi' the English way
      `Input ${en} of criterion ${criterion} must be ${expectedEn}, got ${shown(raw, 'en')}`,
      details,
    );
  switch (spec.type) {
    case 'boolean':
      if (typeof raw !== 'boolean') throw wrongType('true/false (có/không)', 'true or false');
      return raw;
    case 'count':
    case 'option':
    case 'quantity': {
      const [expectedVi, expectedEn]: [string, string] =
        spec.type === 'quantity'
          ? [
              'một số không âm (số hoặc chuỗi thập phân như "12.5")',
              'a non-negative number (or a decimal string like "12.5")',
            ]
          : spec.type === 'count'
            ? ['một số nguyên không âm', 'a non-negative whole number']
            : ['số thứ tự của lựa chọn (1, 2, 3…)', 'the number of the chosen option (1, 2, 3…)'];
      const value = toRational(raw, spec.type === 'quantity');
      if (value === undefined) throw wrongType(expectedVi, expectedEn);
      if (value.isNegative() && spec.type !== 'option') {
        throw new ScoringError(
          'NEGATIVE_VALUE',
          `Số liệu ${vi} của tiêu chí ${criterion} không được âm (${shown(raw, 'vi')})`,
          // Stryker disable next-line StringLiteral: equivalent, formatFigures writes every language but 'vi' the English way
          `Input ${en} of criterion ${criterion} may not be negative (${shown(raw, 'en')})`,
          details,
        );
      }
      if (!value.isInteger() && spec.type !== 'quantity') {
        throw new ScoringError(
          'NOT_AN_INTEGER',
          `Số liệu ${vi} của tiêu chí ${criterion} phải là số nguyên (${shown(raw, 'vi')})`,
          // Stryker disable next-line StringLiteral: equivalent, formatFigures writes every language but 'vi' the English way
          `Input ${en} of criterion ${criterion} must be a whole number (${shown(raw, 'en')})`,
          details,
        );
      }
      return value;
    }
    // Stryker disable next-line all: unreachable, the cases cover every input type (`never`) of a validated catalogue
    default: {
      const unknownType: never = spec.type;
      // Stryker disable next-line all: unreachable, as above
      throw new Error(`Criterion ${criterion}: unknown input type ${String(unknownType)}`);
    }
  }
}

/**
 * JSON numbers are read at their decimal face value; programmatic callers may pass exact values. A quantity
 * may also come as a decimal string ("12345678901234567890.25"): money and data volumes can outgrow a
 * double, and stored events carry exact numbers as strings. Counts stay numbers: a count is never that big.
 */
function toRational(raw: unknown, acceptDecimalString: boolean): Rational | undefined {
  if (raw instanceof Rational) return raw;
  if (typeof raw === 'bigint') return Rational.of(raw);
  // Stryker disable next-line ConditionalExpression: equivalent, Number.isFinite is false for anything but a number
  if (typeof raw === 'number' && Number.isFinite(raw)) return Rational.fromNumber(raw);
  if (acceptDecimalString && typeof raw === 'string' && /^-?\d+(\.\d+)?$/.test(raw)) return Rational.parse(raw);
  return undefined;
}

/** What was received, as the message's language writes a figure ("1,5" in Vietnamese); strings as typed. */
function shown(raw: unknown, language: 'vi' | 'en'): string {
  if (typeof raw === 'string') return JSON.stringify(raw);
  if (typeof raw === 'bigint') return formatFigures(raw.toString(), language);
  if (raw instanceof Rational) return formatFigures(raw.toExactDecimal() ?? raw.toString(), language);
  // Stryker disable next-line ConditionalExpression: equivalent, Number.isFinite is false for anything but a number
  if (typeof raw === 'number' && Number.isFinite(raw)) {
    const exact = Rational.fromNumber(raw);
    return formatFigures(exact.toExactDecimal(12) ?? String(raw), language);
  }
  // Stryker disable next-line ConditionalExpression: equivalent, a null input is MISSING_INPUT before anything is shown
  if (typeof raw === 'object' && raw !== null) return Array.isArray(raw) ? 'array' : 'object';
  return String(raw);
}
